package io.backbeat.player.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.backbeat.api.Page;
import io.backbeat.catalog.WorkSummary;
import io.backbeat.keys.PlayerView;
import io.backbeat.ledger.PointsStatement;
import io.backbeat.purchase.LicenceStatus;
import io.backbeat.upload.UploadStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The store's REST API and preview stream as the player uses them (the venue player's zone calls are
 * {@link io.backbeat.player.store.venue.ZoneClient}'s). Every call blocks, so call it off the event thread; an
 * interrupted call gives up with {@link InterruptedException}.
 */
public final class StoreClient {

    private static final Duration ANSWER_TIMEOUT = StoreHttp.ANSWER_TIMEOUT;
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

    private final StoreHttp http;

    /** A client trusting the system's certificate authorities only. */
    public StoreClient(URI server) {
        this(new StoreHttp(server));
    }

    /** A client trusting the system's authorities and the certificates the user chose to trust. */
    public StoreClient(URI server, TrustedCertificates trusted) {
        this(new StoreHttp(server, trusted));
    }

    /** A client on a connection it may share with the store's other clients. */
    public StoreClient(StoreHttp http) {
        this.http = http;
    }

    /** Works whose artist, title or album matches {@code query}. */
    public Page<WorkSummary> searchWorks(String query, int page, int size)
            throws StoreException, InterruptedException {
        var uri = at("/api/catalog/works?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&page=" + page + "&size=" + size);
        return http.json(get(uri, ANSWER_TIMEOUT, "application/json"), PAGE_OF_WORKS);
    }

    public WorkSummary work(long id) throws StoreException, InterruptedException {
        var body = get(at("/api/catalog/works/" + id), ANSWER_TIMEOUT, "application/json");
        return http.json(body, WORK);
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
        var me = http.tree(get(at("/api/me"), ANSWER_TIMEOUT, "application/json", who));
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
        return http.json(get(at("/api/me/points"), ANSWER_TIMEOUT, "application/json", who), POINTS);
    }

    /** The customer's registered players, active and revoked. */
    public List<PlayerView> players(Credentials who) throws StoreException, InterruptedException {
        return http.json(get(at("/api/me/players"), ANSWER_TIMEOUT, "application/json", who), PLAYERS);
    }

    /** Registers a player's armored public key under the customer's account. */
    public PlayerView registerPlayer(Credentials who, String name, String publicKey)
            throws StoreException, InterruptedException {
        var request = http.posting(at("/api/me/players"), Map.of("name", name, "publicKey", publicKey))
                .header("Authorization", who.authorization()).build();
        return http.json(http.checked(http.send(request, HttpResponse.BodyHandlers.ofByteArray())),
                new TypeReference<>() {
                });
    }

    /** What the customer has bought, newest first; refunded licences carry {@code revokedAt}. */
    public List<LicenceStatus> licences(Credentials who) throws StoreException, InterruptedException {
        return http.json(get(at("/api/me/licences"), ANSWER_TIMEOUT, "application/json", who), LICENCES);
    }

    /**
     * Buys a work with points. The same {@code idempotencyKey} never charges twice, so a retry after a lost answer
     * is safe. Too few points is a {@link StoreRefusedException} with 409 and the store's words.
     */
    public LicenceStatus buy(Credentials who, long work, String idempotencyKey)
            throws StoreException, InterruptedException {
        var request = http.posting(at("/api/purchases"), Map.of("work", work))
                .header("Authorization", who.authorization()).header("Idempotency-Key", idempotencyKey).build();
        return http.json(http.checked(http.send(request, HttpResponse.BodyHandlers.ofByteArray())),
                new TypeReference<>() {
                });
    }

    /**
     * Starts downloading a purchase, sealed for this player, with a ticket its key signed for this one request, from
     * the store's {@linkplain #secureServer() HTTPS address}. The caller reads (and closes) the stream; {@code length} is -1 when the store does not say.
     */
    public StoreHttp.Download purchase(Credentials who, long licence, String ticket)
            throws StoreException, InterruptedException {
        return http.download(HttpRequest.newBuilder(URI.create(secureServer() + "/stream/purchase/" + licence))
                .timeout(StoreHttp.DOWNLOAD_TIMEOUT)
                .header("Accept", "application/pgp-encrypted, application/octet-stream, application/problem+json")
                .header("Authorization", who.authorization()).header("Backbeat-Ticket", ticket).GET().build());
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
            return http.json(http.checked(http.send(request, HttpResponse.BodyHandlers.ofByteArray())), UPLOAD);
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
        return http.json(get(at("/api/uploads/" + id), ANSWER_TIMEOUT, "application/json", who), UPLOAD);
    }

    /** The musician's uploads, newest first. */
    public List<UploadStatus> uploads(Credentials who) throws StoreException, InterruptedException {
        return http.json(get(at("/api/uploads"), ANSWER_TIMEOUT, "application/json", who), UPLOADS);
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
        http.send(HttpRequest.newBuilder(at(smallestPage)).timeout(ANSWER_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var secure = secureServer();
        if (!secure.equals(http.server())) {
            http.send(HttpRequest.newBuilder(URI.create(secure + smallestPage)).timeout(ANSWER_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** Where the store takes what travels on HTTPS only (see {@link StoreHttp#secureServer()}). */
    public URI secureServer() throws StoreUnreachableException, StoreUntrustedException, InterruptedException {
        return http.secureServer();
    }

    private byte[] get(URI uri, Duration timeout, String accept) throws StoreException, InterruptedException {
        return http.get(uri, timeout, accept, null);
    }

    private byte[] get(URI uri, Duration timeout, String accept, Credentials who)
            throws StoreException, InterruptedException {
        return http.get(uri, timeout, accept, who);
    }

    private URI at(String pathAndQuery) {
        return http.at(pathAndQuery);
    }
}
