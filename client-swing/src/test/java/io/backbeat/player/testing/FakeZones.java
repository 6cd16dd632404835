package io.backbeat.player.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.backbeat.business.Heartbeat;
import io.backbeat.business.HeartbeatReply;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayReceipt;
import io.backbeat.business.SignedPlay;
import io.backbeat.business.ZoneCommandView;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.delivery.InvalidTicketException;
import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.PublicKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/**
 * The store's zone API for one zone, as a venue player meets it, on a local port: the timeline, the zone's works
 * sealed for its bound player, the heartbeat (with the manager's commands, repeated until acknowledged, as the store
 * does) and the play-log upload. Every request must carry a fresh zone ticket signed by the bound player, or it is
 * refused 403 as the store would; {@link #answerEverythingWith} makes it a broken store instead.
 */
public final class FakeZones implements AutoCloseable {

    private static final char[] STORE_PASSPHRASE = "fake zones".toCharArray();

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule().addSerializer(Instant.class, new ToStringSerializer(Instant.class))
                    .addDeserializer(Instant.class, new StdDeserializer<>(Instant.class) {
                        @Override
                        public Instant deserialize(JsonParser parser, DeserializationContext context)
                                throws IOException {
                            return Instant.parse(parser.getValueAsString());
                        }
                    }));
    private final long zone;
    private final PublicKeys.PlayerKey player;
    private final PGPSecretKeyRing storeKey = PlayerKeys.generate("Fake zones store", STORE_PASSPHRASE, 2048);
    private final Map<Long, byte[]> works = new ConcurrentHashMap<>();
    private final List<ZoneCommandView> pending = new CopyOnWriteArrayList<>();
    private final List<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    private final List<SignedPlay> plays = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile ZoneTimeline timeline;
    private volatile Broken broken;
    private long nextCommand = 1;

    private record Broken(int status, String type, String body) {
    }

    /** A zone bound to the player whose armored public key this is. */
    public FakeZones(long zone, String playerKey) throws Exception {
        this.zone = zone;
        this.player = PublicKeys.check(playerKey.getBytes(StandardCharsets.US_ASCII));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::answer);
        server.start();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The store's public key, armored, for the player's keyring: it checks the sealed works. */
    public String storeKey() throws IOException {
        return PlayerKeys.armor(PlayerKeys.publicRing(storeKey));
    }

    public FakeZones playing(ZoneTimeline timeline) {
        this.timeline = timeline;
        return this;
    }

    public FakeZones withWork(long work, byte[] mp3) {
        works.put(work, mp3);
        return this;
    }

    /** The manager queues a command: SKIP, PAUSE, RESUME, or VOLUME with a volume. */
    public synchronized long command(String action, Integer volume) {
        long id = nextCommand++;
        pending.add(new ZoneCommandView(id, action, volume, Instant.now()));
        return id;
    }

    /** Commands not acknowledged yet. */
    public List<ZoneCommandView> pending() {
        return List.copyOf(pending);
    }

    public List<Heartbeat> heartbeats() {
        return List.copyOf(heartbeats);
    }

    /** The play log as uploaded, in order. */
    public List<SignedPlay> plays() {
        return List.copyOf(plays);
    }

    /** Every request so far, as its path, in the order they arrived; "+Authorization" marks one with a login. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** From now on answers every request the same way. */
    public void answerEverythingWith(int status, String type, String body) {
        broken = new Broken(status, type, body);
    }

    private void answer(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        requests.add(path + (exchange.getRequestHeaders().containsKey("Authorization") ? " +Authorization" : ""));
        try (exchange) {
            if (broken != null) {
                send(exchange, broken.status(), broken.type(), broken.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!ticketed(exchange)) {
                send(exchange, 403, "application/problem+json", ("{\"type\": \"https://backbeat.io/problems/"
                        + "player-not-bound\", \"status\": 403, \"detail\": \"Not this zone's player.\"}")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/zones/" + zone + "/timeline")) {
                send(exchange, 200, "application/json", json.writeValueAsBytes(timeline));
            } else if (path.startsWith("/stream/scheduled/" + zone + "/")) {
                sealed(exchange, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
            } else if (path.equals("/api/zones/" + zone + "/heartbeat")) {
                heartbeat(exchange, json.readValue(exchange.getRequestBody(), Heartbeat.class));
            } else if (path.equals("/api/zones/" + zone + "/plays")) {
                var batch = json.readValue(exchange.getRequestBody(), PlayBatch.class);
                plays.addAll(batch.plays());
                var last = batch.plays().get(batch.plays().size() - 1).play();
                send(exchange, 200, "application/json", json.writeValueAsBytes(new PlayReceipt(zone,
                        batch.plays().size(), batch.plays().size(), last.sequence(), last.hash())));
            } else {
                send(exchange, 404, "text/plain", new byte[0]);
            }
        }
    }

    private boolean ticketed(HttpExchange exchange) {
        var text = exchange.getRequestHeaders().getFirst(StreamTicket.HEADER);
        try {
            var ticket = StreamTicket.parse(text);
            return ticket.subject().equals(StreamTicket.zone(zone)) && ticket.signedBy(player.signing());
        } catch (InvalidTicketException | RuntimeException e) {
            return false;
        }
    }

    private void heartbeat(HttpExchange exchange, Heartbeat beat) throws IOException {
        heartbeats.add(beat);
        pending.removeIf(command -> beat.acknowledged().contains(command.id()));
        send(exchange, 200, "application/json", json.writeValueAsBytes(new HeartbeatReply(zone, Instant.now(),
                new ArrayList<>(pending))));
    }

    private void sealed(HttpExchange exchange, long work) throws IOException {
        var sealed = new ByteArrayOutputStream();
        try {
            var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(storeKey, STORE_PASSPHRASE),
                    storeKey.getPublicKey());
            try (var out = SealedPurchase.seal(sealed, player.encryption(), signer,
                    new SealedPurchase.Facts(0, work, player.fingerprint(), "work-" + work + ".mp3"))) {
                out.write(works.get(work));
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        send(exchange, 200, "application/octet-stream", sealed.toByteArray());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
