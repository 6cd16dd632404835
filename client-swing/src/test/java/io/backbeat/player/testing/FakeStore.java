package io.backbeat.player.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.backbeat.api.Page;
import io.backbeat.catalog.WorkSummary;
import io.backbeat.delivery.InvalidTicketException;
import io.backbeat.delivery.SealedPurchase;
import io.backbeat.delivery.StreamTicket;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.keys.PublicKeys;
import io.backbeat.keys.UnusableKeyException;
import io.backbeat.purchase.LicenceStatus;
import io.backbeat.upload.UploadStatus;
import io.backbeat.keys.PlayerView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/** A store that speaks the player's part of the REST API, on the JDK's own HTTP(S) server. */
public final class FakeStore implements AutoCloseable {

    private final HttpServer server;
    public static final char[] STORE_PASSPHRASE = "fake store".toCharArray();

    private final ObjectMapper json = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Instant.class, new ToStringSerializer(Instant.class)));
    private final List<WorkSummary> works = new ArrayList<>();
    private final Map<Long, byte[]> previews = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> covers = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> heldSearches = new ConcurrentHashMap<>();
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile Broken broken;
    private final Map<String, Customer> customers = new ConcurrentHashMap<>();
    private final List<PlayerView> players = new CopyOnWriteArrayList<>();
    private volatile PGPSecretKeyRing storeKey;
    private final Map<String, PublicKeys.PlayerKey> playerKeys = new ConcurrentHashMap<>();
    private final Map<String, List<LicenceStatus>> licences = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> masters = new ConcurrentHashMap<>();
    private final AtomicInteger nextLicence = new AtomicInteger(100);
    private volatile CountDownLatch heldDownloads;
    private volatile boolean tampering;
    private volatile URI secure;
    private final Set<String> musicians = ConcurrentHashMap.newKeySet();
    private final FakeUploads uploads = new FakeUploads(json);

    /** A customer of this store: password, name and points. */
    public record Customer(String email, String password, String name, long points) {
    }

    private record Broken(int status, String type, String body) {
    }

    /** A store on plain HTTP. */
    public FakeStore() throws IOException {
        this(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    }

    private FakeStore(HttpServer server) {
        this.server = server;
        server.createContext("/", this::answer);
        server.setExecutor(handlers);
        server.start();
    }

    /** A store on HTTPS only, with {@code certificate}, as a real one delivers purchases. */
    public static FakeStore secure(SelfSignedCertificate certificate) throws IOException {
        var https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        return new FakeStore(https);
    }

    public URI address() {
        return URI.create((server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:"
                + server.getAddress().getPort());
    }

    /** Sends pages that must be secure to {@code secureStore}, as a store on HTTP and HTTPS ports does. */
    public FakeStore redirectingSecurePagesTo(URI secureStore) {
        this.secure = secureStore;
        return this;
    }

    public FakeStore selling(WorkSummary... offered) {
        works.addAll(List.of(offered));
        return this;
    }

    public FakeStore withCover(long workId, byte[] png) {
        covers.put(workId, png);
        return this;
    }

    public FakeStore withPreview(long workId, byte[] mp3) {
        previews.put(workId, mp3);
        return this;
    }

    public FakeStore withCustomer(String email, String password, String name, long points) {
        customers.put(email, new Customer(email, password, name, points));
        return this;
    }

    /** A customer with a musician account, who may upload masters (as the artist {@code name}). */
    public FakeStore withMusician(String email, String password, String name) {
        musicians.add(email);
        return withCustomer(email, password, name, 0);
    }

    /** From now on uploads are rejected once checked, for a bit rate too low. */
    public void rejectUploadsForLowQuality() {
        uploads.rejectLowQuality();
    }

    /** Uploads stop being read after their first 256 KB until the returned latch is counted down: a slow line. */
    public CountDownLatch holdUploadsAfterFirstBytes() {
        return uploads.holdAfterFirstBytes();
    }

    /** The uploads received whole, in order, as first answered (state RECEIVED, with the bytes counted). */
    public List<UploadStatus> uploads() {
        return uploads.received();
    }

    /** The work's sold file, sealed for the buyer's player when a purchase is downloaded. */
    public FakeStore withMaster(long workId, byte[] mp3) {
        masters.put(workId, mp3);
        return this;
    }

    /** Downloads send their first half, then wait until the returned latch is counted down: a slow line. */
    public CountDownLatch holdDownloadsHalfway() {
        heldDownloads = new CountDownLatch(1);
        return heldDownloads;
    }

    /** From now on flips a bit in the middle of every download, as a broken proxy or an attacker would. */
    public void tamperWithDownloads() {
        tampering = true;
    }

    /** The customer's points now. */
    public long points(String email) {
        return customers.get(email).points();
    }

    /** Registers a player's public key, as a run of the player before this one did. */
    public FakeStore withPlayer(String name, String armoredPublicKey) throws Exception {
        var key = PublicKeys.check(armoredPublicKey.getBytes(StandardCharsets.US_ASCII));
        playerKeys.put(key.fingerprint(), key);
        players.add(new PlayerView(players.size() + 1, name, key.fingerprint(), false, "ACTIVE", Instant.now(), null));
        return this;
    }

    /** The players registered so far, as the store keeps them. */
    public List<PlayerView> players() {
        return List.copyOf(players);
    }

    /** Revokes every registered player, as the customer would on the site's Players page. */
    public void revokeAllPlayers() {
        players.replaceAll(player -> new PlayerView(player.id(), player.name(), player.fingerprint(),
                player.personalised(), "REVOKED", player.registeredAt(), Instant.parse("2026-11-30T10:00:00Z")));
    }

    /** The store's key pair, made on first use (2048 bits: this is a test). */
    public synchronized PGPSecretKeyRing storeKey() {
        if (storeKey == null) {
            storeKey = PlayerKeys.generate("Fake store", STORE_PASSPHRASE, 2048);
        }
        return storeKey;
    }

    /** Searches for {@code query} wait until the returned latch is counted down: a slow store. */
    public CountDownLatch holdSearchesFor(String query) {
        var gate = new CountDownLatch(1);
        heldSearches.put(query, gate);
        return gate;
    }

    /** From now on answers every request the same way, as a misconfigured proxy or a buggy server would. */
    public void answerEverythingWith(int status, String type, String body) {
        broken = new Broken(status, type, body);
    }

    /** How many requests have had their whole answer sent. */
    public int answered() {
        return answered.get();
    }

    /** Every request so far, as path and query, in the order they arrived. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public static WorkSummary work(long id, String artist, String title, String album) {
        return new WorkSummary(id, title, id * 10, artist, id * 100, album, "Jazz", 1959, 185, "AUDIO", 120, false,
                true);
    }

    private void answer(HttpExchange exchange) throws IOException {
        var uri = exchange.getRequestURI();
        requests.add(uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery());
        try (exchange) {
            var path = uri.getPath();
            if (broken != null) {
                send(exchange, broken.status(), broken.type(), broken.body().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/catalog/works")) {
                search(exchange, parameters(uri.getRawQuery()));
            } else if (path.startsWith("/api/catalog/works/")) {
                lookUp(exchange, Long.parseLong(path.substring("/api/catalog/works/".length())));
            } else if (path.startsWith("/pictures/cover/")
                    && covers.containsKey(Long.parseLong(path.substring("/pictures/cover/".length())))) {
                send(exchange, 200, "image/png", covers.get(Long.parseLong(path.substring("/pictures/cover/".length()))));
            } else if (path.startsWith("/stream/preview/")) {
                preview(exchange, Long.parseLong(path.substring("/stream/preview/".length())));
            } else if (path.equals("/account/points.xhtml") && secure != null) {
                // As WildFly answers a page that must be secure, asked for on plain HTTP.
                exchange.getResponseHeaders().set("Location", secure + path);
                exchange.sendResponseHeaders(302, -1);
            } else if (path.equals("/.well-known/backbeat-store-key.asc")) {
                send(exchange, 200, "application/pgp-keys", PlayerKeys.armor(PlayerKeys.publicRing(storeKey()))
                        .getBytes(StandardCharsets.US_ASCII));
            } else if (path.startsWith("/api/uploads")) {
                var customer = customer(exchange);
                if (customer != null && !musicians.contains(customer.email())) {
                    problem(exchange, 403, "https://backbeat.io/problems/forbidden", "Forbidden",
                            "Your account is not allowed to do this.");
                } else if (customer != null) {
                    uploads.answer(exchange, customer.name(), path);
                }
            } else if (path.startsWith("/api/me") || path.equals("/api/purchases")
                    || path.startsWith("/stream/purchase/")) {
                var customer = customer(exchange);
                if (customer != null) {
                    me(exchange, customer, path);
                }
            } else {
                problem(exchange, 404, "Not Found", "No such resource: " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answered.incrementAndGet();
        }
    }

    private Customer customer(HttpExchange exchange) throws IOException {
        var header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.startsWith("Basic ")) {
            var pair = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            var customer = customers.get(pair[0]);
            if (customer != null && pair.length == 2 && customer.password().equals(pair[1])) {
                return customer;
            }
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"BackbeatDomain\"");
        send(exchange, 401, "text/html", "<html>Unauthorized</html>".getBytes(StandardCharsets.UTF_8));
        return null;
    }

    private void me(HttpExchange exchange, Customer customer, String path) throws IOException {
        switch (exchange.getRequestMethod() + " " + path) {
            case "GET /api/me" -> send(exchange, 200, "application/json", json.writeValueAsBytes(
                    Map.of("email", customer.email(), "name", customer.name(), "roles", musicians.contains(
                            customer.email()) ? List.of("CUSTOMER", "MUSICIAN") : List.of("CUSTOMER"))));
            case "GET /api/me/points" -> send(exchange, 200, "application/json", json.writeValueAsBytes(
                    Map.of("balance", customer.points(), "movements", List.of())));
            case "GET /api/me/players" -> send(exchange, 200, "application/json", json.writeValueAsBytes(players));
            case "POST /api/me/players" -> {
                var registration = json.readTree(exchange.getRequestBody());
                var key = PlayerKeys.readPublic(registration.path("publicKey").asText().getBytes(StandardCharsets.US_ASCII));
                var fingerprint = PlayerKeys.fingerprint(key.getPublicKey());
                try {
                    playerKeys.put(fingerprint, PublicKeys.check(registration.path("publicKey").asText()
                            .getBytes(StandardCharsets.US_ASCII)));
                } catch (UnusableKeyException e) {
                    problem(exchange, 400, "Bad Request", e.getMessage());
                    return;
                }
                if (players.stream().anyMatch(player -> player.fingerprint().equals(fingerprint))) {
                    problem(exchange, 409, "Conflict", "This key is already registered.");
                    return;
                }
                var player = new PlayerView(players.size() + 1, registration.path("name").asText(), fingerprint,
                        false, "ACTIVE", Instant.now(), null);
                players.add(player);
                send(exchange, 201, "application/json", json.writeValueAsBytes(player));
            }
            case "GET /api/me/licences" -> send(exchange, 200, "application/json",
                    json.writeValueAsBytes(licences.getOrDefault(customer.email(), List.of())));
            case "POST /api/purchases" -> buy(exchange, customer, json.readTree(exchange.getRequestBody())
                    .path("work").asLong());
            default -> {
                if (path.startsWith("/stream/purchase/")) {
                    deliver(exchange, customer, Long.parseLong(path.substring("/stream/purchase/".length())));
                } else {
                    problem(exchange, 404, "Not Found", "No such resource: " + path);
                }
            }
        }
    }

    private synchronized void buy(HttpExchange exchange, Customer customer, long workId) throws IOException {
        var work = works.stream().filter(w -> w.id() == workId).findFirst().orElseThrow();
        var held = licences.computeIfAbsent(customer.email(), email -> new CopyOnWriteArrayList<>());
        var current = customers.get(customer.email());
        if (current.points() < work.pricePoints()) {
            problem(exchange, 409, "https://backbeat.io/problems/not-enough-points", "Not enough points",
                    "This needs " + work.pricePoints() + " points and the account holds " + current.points() + ".");
            return;
        }
        customers.put(customer.email(), new Customer(current.email(), current.password(), current.name(),
                current.points() - work.pricePoints()));
        var licence = new LicenceStatus(nextLicence.incrementAndGet(), work.id(), work.title(), work.artist(),
                work.pricePoints(), Instant.now().toString(), null);
        held.add(0, licence);
        send(exchange, 201, "application/json", json.writeValueAsBytes(licence));
    }

    private void deliver(HttpExchange exchange, Customer customer, long licenceId) throws IOException {
        var licence = licences.getOrDefault(customer.email(), List.of()).stream()
                .filter(held -> held.id() == licenceId).findFirst();
        var ticketText = exchange.getRequestHeaders().getFirst(StreamTicket.HEADER);
        if (licence.isEmpty() || ticketText == null) {
            problem(exchange, licence.isEmpty() ? 404 : 403, "Refused", "No such licence, or no ticket");
            return;
        }
        PublicKeys.PlayerKey player;
        try {
            var ticket = StreamTicket.parse(ticketText);
            player = playerKeys.get(ticket.player());
            if (player == null || !ticket.subject().equals(StreamTicket.licence(licenceId)) || !ticket.signedBy(player.signing())) {
                problem(exchange, 403, "Refused", "This ticket is not signed by a player of this account.");
                return;
            }
        } catch (InvalidTicketException e) {
            problem(exchange, 400, "Bad Request", e.getMessage());
            return;
        }
        var sealed = new ByteArrayOutputStream();
        try {
            var signer = new SealedPurchase.Signer(PlayerKeys.signingKey(storeKey(), STORE_PASSPHRASE),
                    storeKey().getPublicKey());
            try (var out = SealedPurchase.seal(sealed, player.encryption(), signer, new SealedPurchase.Facts(
                    licenceId, licence.get().work(), player.fingerprint(), "work-" + licence.get().work() + ".mp3"))) {
                out.write(masters.get(licence.get().work()));
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
        var bytes = sealed.toByteArray();
        if (tampering) {
            bytes[bytes.length / 2] ^= 0x20;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, bytes.length);
        var half = bytes.length / 2;
        exchange.getResponseBody().write(bytes, 0, half);
        exchange.getResponseBody().flush();
        var gate = heldDownloads;
        if (gate != null) {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        exchange.getResponseBody().write(bytes, half, bytes.length - half);
    }

    private void search(HttpExchange exchange, Map<String, String> parameters)
            throws IOException, InterruptedException {
        var query = parameters.getOrDefault("q", "");
        var gate = heldSearches.get(query);
        if (gate != null) {
            gate.await(30, TimeUnit.SECONDS);
        }
        var needle = query.toLowerCase(Locale.ROOT);
        var found = works.stream().filter(work -> (work.artist() + " " + work.title() + " " + work.album())
                .toLowerCase(Locale.ROOT).contains(needle)).toList();
        var size = Integer.parseInt(parameters.getOrDefault("size", "50"));
        var shown = found.subList(0, Math.min(size, found.size()));
        send(exchange, 200, "application/json", json.writeValueAsBytes(new Page<>(shown, 0, size, found.size())));
    }

    private void lookUp(HttpExchange exchange, long id) throws IOException {
        var work = works.stream().filter(w -> w.id() == id).findFirst();
        if (work.isPresent()) {
            send(exchange, 200, "application/json", json.writeValueAsBytes(work.get()));
        } else {
            problem(exchange, 404, "Not Found", "There is no work " + id + " in this store");
        }
    }

    private void preview(HttpExchange exchange, long id) throws IOException {
        var mp3 = previews.get(id);
        if (mp3 == null) {
            problem(exchange, 404, "Not Found", "Work " + id + " has no preview");
        } else {
            send(exchange, 200, "audio/mpeg", mp3);
        }
    }

    private void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        problem(exchange, status, "about:blank", title, detail);
    }

    private void problem(HttpExchange exchange, int status, String type, String title, String detail)
            throws IOException {
        var body = Map.of("type", type, "title", title, "status", status, "detail", detail);
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(body));
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static Map<String, String> parameters(String rawQuery) {
        var parameters = new HashMap<String, String>();
        if (rawQuery != null) {
            for (var pair : rawQuery.split("&")) {
                var parts = pair.split("=", 2);
                parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    @Override
    public void close() {
        heldSearches.values().forEach(CountDownLatch::countDown);
        var downloads = heldDownloads;
        if (downloads != null) {
            downloads.countDown();
        }
        uploads.release();
        server.stop(0);
        handlers.shutdownNow();
    }
}
