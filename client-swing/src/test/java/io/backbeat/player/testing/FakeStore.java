package io.backbeat.player.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.backbeat.api.Page;
import io.backbeat.catalog.WorkSummary;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that speaks the player's part of the REST API, on the JDK's own HTTP server. */
public final class FakeStore implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final List<WorkSummary> works = new ArrayList<>();
    private final Map<Long, byte[]> previews = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> heldSearches = new ConcurrentHashMap<>();
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile Broken broken;

    private record Broken(int status, String type, String body) {
    }

    public FakeStore() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(handlers);
        server.start();
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeStore selling(WorkSummary... offered) {
        works.addAll(List.of(offered));
        return this;
    }

    public FakeStore withPreview(long workId, byte[] mp3) {
        previews.put(workId, mp3);
        return this;
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
            } else if (path.startsWith("/stream/preview/")) {
                preview(exchange, Long.parseLong(path.substring("/stream/preview/".length())));
            } else {
                problem(exchange, 404, "Not Found", "No such resource: " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answered.incrementAndGet();
        }
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
        var body = Map.of("type", "about:blank", "title", title, "status", status, "detail", detail);
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> parameters(String rawQuery) {
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
        server.stop(0);
        handlers.shutdownNow();
    }
}
