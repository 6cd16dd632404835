package io.backbeat.player.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.backbeat.api.Page;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayReceipt;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.catalog.WorkSummary;
import io.backbeat.keys.PlayerView;
import io.backbeat.ledger.PointsStatement;
import io.backbeat.purchase.LicenceStatus;
import io.backbeat.upload.UploadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store's REST API and preview stream as the player uses them. Every call blocks, so call it off the event
 * thread; an interrupted call gives up with {@link InterruptedException}.
 */
public final class StoreClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    // A preview of a long work at 24 kb/s is a few megabytes; give a slow line time to bring it.
    private static final Duration PREVIEW_TIMEOUT = Duration.ofSeconds(60);
    private static final TypeReference<Page<WorkSummary>> PAGE_OF_WORKS = new TypeReference<>() {
    };
    private static final TypeReference<WorkSummary> WORK = new TypeReference<>() {
    };
    private static final TypeReference<List<PlayerView>> PLAYERS = new TypeReference<>() {
    };
    private static final TypeReference<PointsStatement> POINTS = new TypeReference<>() {
    };
    private static final TypeReference<List<LicenceStatus>> LICENCES = new TypeReference<>() {
    };
    private static final TypeReference<UploadStatus> UPLOAD = new TypeReference<>() {
    };
    private static final TypeReference<List<UploadStatus>> UPLOADS = new TypeReference<>() {
    };
    // A master of several minutes at 320 kb/s is ~10 MB; a slow line gets this long between bytes, not for it all.
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);
    // A page the store serves on HTTPS only: asked for on plain HTTP, the store says where its HTTPS is.
    private static final String SECURE_PAGE = "/account/points.xhtml";

    private final HttpClient http;
    // Asks where the store sends a page that must be secure, without going there.
    private final HttpClient unredirected;
    private final URI server;
    private volatile URI secureServer;
    private final ObjectMapper json = new ObjectMapper()
            // The server may add fields before the player learns them; older players must keep working.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule().addDeserializer(Instant.class, new InstantText())
                    .addSerializer(Instant.class, ToStringSerializer.instance));

    /** A client trusting the system's certificate authorities only. */
    public StoreClient(URI server) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT), server);
    }

    /** A client trusting the system's authorities and the certificates the user chose to trust. */
    public StoreClient(URI server, TrustedCertificates trusted) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).sslContext(trusting(trusted)), server);
    }

    private StoreClient(HttpClient.Builder http, URI server) {
        this.http = http.followRedirects(HttpClient.Redirect.NORMAL).build();
        this.unredirected = http.followRedirects(HttpClient.Redirect.NEVER).build();
        this.server = server;
    }

    private static SSLContext trusting(TrustedCertificates trusted) {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustingOnFirstUse(trusted)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no TLS", e);
        }
    }

    /** Works whose artist, title or album matches {@code query}. */
    public Page<WorkSummary> searchWorks(String query, int page, int size)
            throws StoreException, InterruptedException {
        var uri = at("/api/catalog/works?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&page=" + page + "&size=" + size);
        return json(get(uri, ANSWER_TIMEOUT, "application/json"), PAGE_OF_WORKS);
    }

    public WorkSummary work(long id) throws StoreException, InterruptedException {
        var body = get(at("/api/catalog/works/" + id), ANSWER_TIMEOUT, "application/json");
        return json(body, WORK);
    }

    /** The work's low-quality preview, whole, in memory: previews are never written to disk. */
    public byte[] preview(long id) throws StoreException, InterruptedException {
        return get(at("/stream/preview/" + id), PREVIEW_TIMEOUT, "audio/mpeg");
    }

    /** The work's cover art (JPEG or PNG), or nothing when its master carried none. */
    public Optional<byte[]> cover(long work) throws StoreException, InterruptedException {
        try {
            return Optional.of(get(at("/pictures/cover/" + work), ANSWER_TIMEOUT, "image/*"));
        } catch (NotInStoreException none) {
            return Optional.empty();
        }
    }

    /** The signed-in customer's name; a wrong e-mail or password is a {@link StoreRefusedException} with 401. */
    /** Who the credentials belong to: the name to show, and whether the account may upload masters. */
    public Customer customer(Credentials who) throws StoreException, InterruptedException {
        var me = tree(get(at("/api/me"), ANSWER_TIMEOUT, "application/json", who));
        boolean musician = false;
        for (var role : me.path("roles")) {
            musician |= role.asText().equals("MUSICIAN");
        }
        return new Customer(me.path("name").asText(who.email()), musician);
    }

    /** The signed-in customer, as the player shows them. */
    public record Customer(String name, boolean musician) {
    }

    public PointsStatement points(Credentials who) throws StoreException, InterruptedException {
        return json(get(at("/api/me/points"), ANSWER_TIMEOUT, "application/json", who), POINTS);
    }

    /** The customer's registered players, active and revoked. */
    public List<PlayerView> players(Credentials who) throws StoreException, InterruptedException {
        return json(get(at("/api/me/players"), ANSWER_TIMEOUT, "application/json", who), PLAYERS);
    }

    /** Registers a player's armored public key under the customer's account. */
    public PlayerView registerPlayer(Credentials who, String name, String publicKey)
            throws StoreException, InterruptedException {
        byte[] body;
        try {
            body = json.writeValueAsBytes(Map.of("name", name, "publicKey", publicKey));
        } catch (IOException impossible) {
            throw new StoreException("The registration could not be written", impossible);
        }
        var request = HttpRequest.newBuilder(at("/api/me/players")).timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json").header("Authorization", who.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return json(checked(send(request, HttpResponse.BodyHandlers.ofByteArray())), new TypeReference<>() {
        });
    }

    /** What the customer has bought, newest first; refunded licences carry {@code revokedAt}. */
    public List<LicenceStatus> licences(Credentials who) throws StoreException, InterruptedException {
        return json(get(at("/api/me/licences"), ANSWER_TIMEOUT, "application/json", who), LICENCES);
    }

    /**
     * Buys a work with points. The same {@code idempotencyKey} never charges twice, so a retry after a lost answer
     * is safe. Too few points is a {@link StoreRefusedException} with 409 and the store's words.
     */
    public LicenceStatus buy(Credentials who, long work, String idempotencyKey)
            throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(at("/api/purchases")).timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json").header("Authorization", who.authorization())
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString("{\"work\": " + work + "}")).build();
        return json(checked(send(request, HttpResponse.BodyHandlers.ofByteArray())), new TypeReference<>() {
        });
    }

    /**
     * Starts downloading a purchase, sealed for this player, with a ticket its key signed for this one request, from
     * the store's {@linkplain #secureServer() HTTPS address}. The caller reads (and closes) the stream; {@code length} is -1 when the store does not say.
     */
    public Download purchase(Credentials who, long licence, String ticket) throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(secureServer() + "/stream/purchase/" + licence))
                .timeout(DOWNLOAD_TIMEOUT)
                .header("Accept", "application/pgp-encrypted, application/octet-stream, application/problem+json")
                .header("Authorization", who.authorization()).header("Backbeat-Ticket", ticket).GET().build();
        var response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            try (var body = response.body()) {
                throw refusal(new Answer(response, body.readNBytes(64 * 1024)));
            } catch (IOException e) {
                throw new StoreUnreachableException("The download from " + server + " broke off", e);
            }
        }
        return new Download(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** A download under way: the body, read off the UI thread, and its length if known. */
    public record Download(InputStream body, long length) {
    }

    /**
     * Uploads a master as the signed-in musician: the file is streamed from disk as it is sent, and {@code progress}
     * hears of the bytes sent. The answer comes once the store has received it all; the checking and transcoding
     * that follow are read with {@link #upload(Credentials, long)}. Interrupting the calling thread stops sending.
     * Song information the store refuses is a {@link StoreRefusedException} with 400 and its words per field.
     */
    public UploadStatus upload(Credentials who, Path file, SongDetails song, ProgressInputStream.Listener progress)
            throws StoreException, InterruptedException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new StoreException("There is no file " + file, e);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        var sending = new AtomicReference<ProgressInputStream>();
        var body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                var read = new ProgressInputStream(Files.newInputStream(file), size, progress);
                sending.set(read);
                return read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), size);
        var fileName = file.getFileName().toString();
        // No answer timeout: a large master on a slow line takes as long as it takes, and the musician can cancel.
        var request = HttpRequest.newBuilder(at("/api/uploads?" + song.query() + "&fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", masterType(fileName)).header("Authorization", who.authorization())
                // HTTP/1.1 and no "Expect: 100-continue": JDK 17's client waits forever for the 100 when the store
                // refuses at once, and on a connection an earlier request upgraded to HTTP/2 the refusal ends as
                // GOAWAY. The store answers a refusal before it reads the file and discards what still arrives.
                .version(HttpClient.Version.HTTP_1_1).POST(body).build();
        try {
            return json(checked(send(request, HttpResponse.BodyHandlers.ofByteArray())), UPLOAD);
        } catch (InterruptedException e) {
            var read = sending.get();
            if (read != null) {
                read.cancel();
            }
            throw e;
        }
    }

    /** One of the musician's uploads: where it is in checking and transcoding, and its QA report once checked. */
    public UploadStatus upload(Credentials who, long id) throws StoreException, InterruptedException {
        return json(get(at("/api/uploads/" + id), ANSWER_TIMEOUT, "application/json", who), UPLOAD);
    }

    /** The musician's uploads, newest first. */
    public List<UploadStatus> uploads(Credentials who) throws StoreException, InterruptedException {
        return json(get(at("/api/uploads"), ANSWER_TIMEOUT, "application/json", who), UPLOADS);
    }

    private static String masterType(String fileName) {
        var name = fileName.toLowerCase(Locale.ROOT);
        // The store reads the bytes to tell what they are; the type only has to be one it takes.
        return name.endsWith(".mp3") ? "audio/mpeg" : name.endsWith(".wav") ? "audio/wav"
                : name.endsWith(".flac") ? "audio/flac" : "application/octet-stream";
    }

    /** The store's public key, armored, which signs every purchase it sends. */
    public String storeKey() throws StoreException, InterruptedException {
        return new String(get(at("/.well-known/backbeat-store-key.asc"), ANSWER_TIMEOUT, "application/pgp-keys"),
                StandardCharsets.US_ASCII);
    }

    /**
     * Asks the store for the smallest page there is; any HTTP answer at all means it is there. A store on plain HTTP
     * is also greeted on its HTTPS address, where purchases come from, so that a certificate the user has yet to
     * trust shows up now rather than halfway through a purchase.
     */
    public void ping() throws StoreException, InterruptedException {
        var smallestPage = "/api/catalog/works?page=0&size=1";
        send(HttpRequest.newBuilder(at(smallestPage)).timeout(ANSWER_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var secure = secureServer();
        if (!secure.equals(server)) {
            send(HttpRequest.newBuilder(URI.create(secure + smallestPage)).timeout(ANSWER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /**
     * Where the store takes what travels on HTTPS only: the store itself when it is on HTTPS; else wherever it
     * redirects a page that must be secure (WildFly sends it to its HTTPS port, moved by the same port offset); a
     * store that redirects nothing is taken at its word, and refuses what it will not deliver on plain HTTP.
     */
    public URI secureServer() throws StoreUnreachableException, StoreUntrustedException, InterruptedException {
        var known = secureServer;
        if (known != null) {
            return known;
        }
        known = server;
        if ("http".equals(server.getScheme())) {
            var page = at(SECURE_PAGE);
            var answer = send(unredirected, HttpRequest.newBuilder(page).timeout(ANSWER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            var location = answer.headers().firstValue("Location").map(page::resolve).orElse(null);
            if (answer.statusCode() / 100 == 3 && location != null && "https".equals(location.getScheme())
                    && location.getRawPath().endsWith(SECURE_PAGE)) {
                var path = location.getRawPath();
                known = URI.create("https://" + location.getRawAuthority()
                        + path.substring(0, path.length() - SECURE_PAGE.length()));
            }
        }
        secureServer = known;
        return known;
    }

    private byte[] get(URI uri, Duration timeout, String accept) throws StoreException, InterruptedException {
        return get(uri, timeout, accept, null);
    }

    private byte[] get(URI uri, Duration timeout, String accept, Credentials who)
            throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", accept + ", application/problem+json");
        if (who != null) {
            request.header("Authorization", who.authorization());
        }
        return checked(send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    private byte[] checked(HttpResponse<byte[]> response) throws StoreRefusedException {
        if (response.statusCode() >= 400) {
            throw refusal(response);
        }
        return response.body();
    }

    private JsonNode tree(byte[] body) throws StoreException {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new StoreException("The store at " + server + " sent an answer this player cannot read", e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws StoreUnreachableException, StoreUntrustedException, InterruptedException {
        return send(http, request, body);
    }

    private <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws StoreUnreachableException, StoreUntrustedException, InterruptedException {
        try {
            return client.send(request, body);
        } catch (SSLHandshakeException e) {
            var untrusted = untrusted(e);
            if (untrusted != null) {
                var address = request.uri();
                throw new StoreUntrustedException(URI.create(address.getScheme() + "://" + address.getRawAuthority()),
                        untrusted.certificate(), e);
            }
            throw new StoreUnreachableException("The store at " + server + " and this player found no safe way to "
                    + "talk (" + e.getMessage() + ")", e);
        } catch (HttpTimeoutException e) {
            throw new StoreUnreachableException("The store at " + server + " did not answer in time", e);
        } catch (ConnectException e) {
            throw new StoreUnreachableException("Cannot connect to the store at " + server
                    + " (is it running, and is the address right?)", e);
        } catch (IOException e) {
            throw new StoreUnreachableException("The connection to the store at " + server + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private static UntrustedCertificateException untrusted(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UntrustedCertificateException untrusted) {
                return untrusted;
            }
        }
        return null;
    }

    private record Answer(HttpResponse<?> response, byte[] body) {
    }

    private StoreRefusedException refusal(HttpResponse<byte[]> response) {
        return refusal(new Answer(response, response.body()));
    }

    private StoreRefusedException refusal(Answer answer) {
        var response = answer.response();
        var status = response.statusCode();
        var detail = problemDetail(answer).orElse(status == 401 ? "The store does not know this e-mail and password"
                : "The store answered " + status + " to " + response.uri().getPath());
        var type = problem(answer).map(problem -> problem.path("type").asText("")).orElse("");
        var code = type.substring(type.lastIndexOf('/') + 1);
        var fields = new TreeMap<String, String>();
        problem(answer).ifPresent(problem -> problem.path("fields").fields()
                .forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText())));
        return status == 404 ? new NotInStoreException(detail)
                : new StoreRefusedException(status, detail, code, fields);
    }

    private Optional<String> problemDetail(Answer answer) {
        // RFC 9457: the store's own words are in detail, or at least in title.
        return problem(answer).flatMap(problem -> Optional.of(problem.path("detail").asText(""))
                .filter(text -> !text.isBlank())
                .or(() -> Optional.of(problem.path("title").asText("")).filter(text -> !text.isBlank())));
    }

    private Optional<JsonNode> problem(Answer answer) {
        var type = answer.response().headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json") && !type.startsWith("application/json")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readTree(answer.body())).filter(JsonNode::isObject);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private <T> T json(byte[] body, TypeReference<T> type) throws StoreException {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            throw new StoreException("The store at " + server + " sent an answer this player cannot read", e);
        } catch (IOException impossible) {
            throw new StoreException("Reading the store's answer failed", impossible);
        }
    }

    /** Instants as the store writes them (ISO-8601 text), without pulling in Jackson's java.time module. */
    private static final class InstantText extends StdDeserializer<Instant> {

        InstantText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(parser.getValueAsString());
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getValueAsString(),
                        "not an ISO-8601 instant");
            }
        }
    }

    private URI at(String pathAndQuery) {
        return URI.create(server + pathAndQuery);
    }

    /** The zone's timeline from {@code from} to {@code to}, read as the player bound to it, with its zone ticket. */
    public ZoneTimeline zoneTimeline(long zone, Instant from, Instant to, String ticket)
            throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(at("/api/zones/" + zone + "/timeline?from=" + from + "&to=" + to))
                .timeout(ANSWER_TIMEOUT).header("Accept", "application/json, application/problem+json")
                .header("Backbeat-Ticket", ticket).GET().build();
        return json(checked(send(request, HttpResponse.BodyHandlers.ofByteArray())), new TypeReference<>() {
        });
    }

    /**
     * Starts downloading a work the zone's timeline plays, sealed for this player as a purchase is, with a zone
     * ticket, from the store's {@linkplain #secureServer() HTTPS address}. The caller reads and closes the stream.
     */
    public Download scheduledWork(long zone, long work, String ticket) throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(secureServer() + "/stream/scheduled/" + zone + "/" + work))
                .timeout(DOWNLOAD_TIMEOUT).header("Accept", "application/octet-stream, application/problem+json")
                .header("Backbeat-Ticket", ticket).GET().build();
        var response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            try (var body = response.body()) {
                throw refusal(new Answer(response, body.readNBytes(64 * 1024)));
            } catch (IOException e) {
                throw new StoreUnreachableException("The download from " + server + " broke off", e);
            }
        }
        return new Download(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /**
     * Uploads consecutive records of the zone's play log as its manager; {@link PlayLogGapException} when the store
     * expects an earlier record first.
     */
    public PlayReceipt uploadPlays(Credentials who, long zone, PlayBatch batch)
            throws StoreException, InterruptedException {
        byte[] body;
        try {
            body = json.writeValueAsBytes(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var request = HttpRequest.newBuilder(at("/api/zones/" + zone + "/plays")).timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json").header("Authorization", who.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 409) {
            var gap = problem(new Answer(response, response.body())).filter(problem -> problem.path("type").asText("")
                    .endsWith("/play-log-gap"));
            if (gap.isPresent()) {
                throw new PlayLogGapException(gap.get().path("detail").asText(""),
                        gap.get().path("expectedSequence").asLong());
            }
        }
        return json(checked(response), new TypeReference<>() {
        });
    }
}
