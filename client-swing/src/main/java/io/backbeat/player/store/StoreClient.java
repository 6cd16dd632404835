package io.backbeat.player.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbeat.api.Page;
import io.backbeat.catalog.WorkSummary;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

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

    private final HttpClient http;
    private final URI server;
    private final ObjectMapper json = new ObjectMapper()
            // The server may add fields before the player learns them; older players must keep working.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public StoreClient(URI server) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                .build(), server);
    }

    StoreClient(HttpClient http, URI server) {
        this.http = http;
        this.server = server;
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

    /** Asks the store for the smallest page there is; any HTTP answer at all means it is there. */
    public void ping() throws StoreUnreachableException, InterruptedException {
        send(HttpRequest.newBuilder(at("/api/catalog/works?page=0&size=1")).timeout(ANSWER_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private byte[] get(URI uri, Duration timeout, String accept) throws StoreException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", accept + ", application/problem+json").GET().build();
        var response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 400) {
            throw refusal(response);
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws StoreUnreachableException, InterruptedException {
        try {
            return http.send(request, body);
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

    private StoreRefusedException refusal(HttpResponse<byte[]> response) {
        var status = response.statusCode();
        var detail = problemDetail(response).orElse("The store answered " + status + " to " + response.uri().getPath());
        return status == 404 ? new NotInStoreException(detail) : new StoreRefusedException(status, detail);
    }

    private Optional<String> problemDetail(HttpResponse<byte[]> response) {
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json") && !type.startsWith("application/json")) {
            return Optional.empty();
        }
        try {
            // RFC 9457: the store's own words are in detail, or at least in title.
            var problem = json.readTree(response.body());
            return Optional.of(problem.path("detail").asText("")).filter(text -> !text.isBlank())
                    .or(() -> Optional.of(problem.path("title").asText("")).filter(text -> !text.isBlank()));
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

    private URI at(String pathAndQuery) {
        return URI.create(server + pathAndQuery);
    }
}
