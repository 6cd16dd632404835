package io.backbeat.player.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;

/**
 * The HTTP plumbing the player's store clients share ({@link StoreClient}, and the venue player's zone client): one
 * connection to one store, its HTTPS address, the store's JSON, and its refusals read as problem+json into
 * {@link StoreException}s. Every call blocks; an interrupted call gives up with {@link InterruptedException}.
 */
public final class StoreHttp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long an ordinary API call may take to answer. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    /** A master of several minutes at 320 kb/s is ~10 MB; a slow line gets this long between bytes, not for it all. */
    public static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(60);
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

    /** A connection trusting the system's certificate authorities only. */
    public StoreHttp(URI server) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT), server);
    }

    /** A connection trusting the system's authorities and the certificates the user chose to trust. */
    public StoreHttp(URI server, TrustedCertificates trusted) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).sslContext(trusting(trusted)), server);
    }

    private StoreHttp(HttpClient.Builder http, URI server) {
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

    /** The store's address as the user gave it. */
    public URI server() {
        return server;
    }

    /** A path on the store's address. */
    public URI at(String pathAndQuery) {
        return URI.create(server + pathAndQuery);
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

    /** A request that takes {@code accept} or the store's problem+json, answered within {@code timeout}. */
    public HttpRequest.Builder request(URI uri, Duration timeout, String accept) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept + ", application/problem+json");
    }

    /** The same, with the store's JSON {@code body} to send. */
    public HttpRequest.Builder posting(URI uri, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException impossible) {
            throw new IllegalStateException("a payload record is always writable", impossible);
        }
        return request(uri, ANSWER_TIMEOUT, "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    /** The body of a GET, or the store's refusal; {@code who} may be null for an anonymous call. */
    public byte[] get(URI uri, Duration timeout, String accept, Credentials who)
            throws StoreException, InterruptedException {
        var request = request(uri, timeout, accept);
        if (who != null) {
            request.header("Authorization", who.authorization());
        }
        return checked(send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** Starts a download; the caller reads (and closes) the stream. A refusal is read before it is thrown. */
    public Download download(HttpRequest request) throws StoreException, InterruptedException {
        var response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() >= 400) {
            try (var body = response.body()) {
                throw refusal(response, body.readNBytes(64 * 1024));
            } catch (IOException e) {
                throw new StoreUnreachableException("The download from " + server + " broke off", e);
            }
        }
        return new Download(response.body(), response.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** A download under way: the body, read off the UI thread, and its length if known. */
    public record Download(InputStream body, long length) {
    }

    /** The answer's body, or the store's refusal as an exception. */
    public byte[] checked(HttpResponse<byte[]> response) throws StoreRefusedException {
        if (response.statusCode() >= 400) {
            throw refusal(response, response.body());
        }
        return response.body();
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
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

    private StoreRefusedException refusal(HttpResponse<?> response, byte[] body) {
        var status = response.statusCode();
        var problem = problem(response, body);
        // RFC 9457: the store's own words are in detail, or at least in title.
        var detail = problem.flatMap(words -> Optional.of(words.path("detail").asText(""))
                        .filter(text -> !text.isBlank())
                        .or(() -> Optional.of(words.path("title").asText("")).filter(text -> !text.isBlank())))
                .orElse(status == 401 ? "The store does not know this e-mail and password"
                        : "The store answered " + status + " to " + response.uri().getPath());
        var type = problem.map(words -> words.path("type").asText("")).orElse("");
        var code = type.substring(type.lastIndexOf('/') + 1);
        var fields = new TreeMap<String, String>();
        problem.ifPresent(words -> words.path("fields").fields()
                .forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText())));
        return status == 404 ? new NotInStoreException(detail)
                : new StoreRefusedException(status, detail, code, fields);
    }

    /** The answer's problem+json (or JSON) object, if it carries one. */
    public Optional<JsonNode> problem(HttpResponse<?> response, byte[] body) {
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json") && !type.startsWith("application/json")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readTree(body)).filter(JsonNode::isObject);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    public JsonNode tree(byte[] body) throws StoreException {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new StoreException("The store at " + server + " sent an answer this player cannot read", e);
        }
    }

    public <T> T json(byte[] body, TypeReference<T> type) throws StoreException {
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
}
