package io.backbeat.player.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.backbeat.upload.QaSummary;
import io.backbeat.upload.UploadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's {@code /api/uploads} for {@link FakeStore}: checks the song information as the real one does, counts
 * the bytes of the master as they stream in, and moves an upload one state along its pipeline each time it is read.
 */
final class FakeUploads {

    private static final List<String> ON_THE_WAY = List.of("RECEIVED", "CHECKING", "TRANSCODING", "AVAILABLE");
    private static final String REJECTION = "The master's bit rate is 96 kb/s; the store sells MP3s of 128 kb/s"
            + " or more. Upload a better copy.";

    private final ObjectMapper json;
    private final List<UploadStatus> received = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> step = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(500);
    private volatile boolean rejecting;
    private volatile CountDownLatch held;

    FakeUploads(ObjectMapper json) {
        this.json = json;
    }

    void rejectLowQuality() {
        rejecting = true;
    }

    CountDownLatch holdAfterFirstBytes() {
        held = new CountDownLatch(1);
        return held;
    }

    void release() {
        var gate = held;
        if (gate != null) {
            gate.countDown();
        }
    }

    List<UploadStatus> received() {
        return List.copyOf(received);
    }

    void answer(HttpExchange exchange, String musician, String path) throws IOException {
        var method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/api/uploads")) {
            accept(exchange, musician);
        } else if (method.equals("GET") && path.equals("/api/uploads")) {
            FakeStore.send(exchange, 200, "application/json", json.writeValueAsBytes(newestFirst(musician)));
        } else if (method.equals("GET") && path.startsWith("/api/uploads/")) {
            var id = Long.parseLong(path.substring("/api/uploads/".length()));
            var upload = received.stream().filter(u -> u.id() == id && u.artist().equals(musician)).findFirst();
            if (upload.isEmpty()) {
                problem(exchange, 404, "Not Found", "You have no upload " + id + ".");
            } else {
                FakeStore.send(exchange, 200, "application/json", json.writeValueAsBytes(advanced(upload.get())));
            }
        } else {
            problem(exchange, 405, "Method Not Allowed", method + " " + path);
        }
    }

    private void accept(HttpExchange exchange, String musician) throws IOException {
        var query = FakeStore.parameters(exchange.getRequestURI().getRawQuery());
        var problems = new TreeMap<String, String>();
        if (query.getOrDefault("title", "").isBlank()) {
            problems.put("title", "Give the title.");
        }
        if (query.getOrDefault("genre", "").isBlank()) {
            problems.put("genre", "Give the genre.");
        }
        var price = query.getOrDefault("price", "");
        if (price.isBlank()) {
            problems.put("pricePoints", "Give the price in points.");
        } else if (!price.matches("\\d{1,6}")) {
            problems.put("pricePoints", "The price is a whole number of points.");
        }
        if (!problems.isEmpty()) {
            // The JDK's server says "100 Continue" at once, so the master comes all the same: read it, answer after.
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            var body = new HashMap<String, Object>(Map.of("type", "https://backbeat.io/problems/invalid-input",
                    "title", "Bad Request", "status", 400, "detail", String.join(" ", problems.values())));
            body.put("fields", problems);
            FakeStore.send(exchange, 400, "application/problem+json", json.writeValueAsBytes(body));
            return;
        }
        var expected = Long.parseLong(exchange.getRequestHeaders().getFirst("Content-Length"));
        long bytes;
        try {
            bytes = count(exchange.getRequestBody());
        } catch (IOException | InterruptedException brokenOff) {
            return;
        }
        if (bytes != expected) {
            // Cut off: the real store keeps nothing of a master it did not receive whole.
            return;
        }
        var upload = new UploadStatus(nextId.incrementAndGet(), query.get("title"), musician, "RECEIVED", null,
                query.get("fileName"), bytes, "2026-12-03T10:00:00Z", "2026-12-03T10:00:00Z", null, null, null, 0);
        received.add(upload);
        step.put(upload.id(), 0);
        exchange.getResponseHeaders().set("Location", "/api/uploads/" + upload.id());
        FakeStore.send(exchange, 202, "application/json", json.writeValueAsBytes(upload));
    }

    private long count(InputStream body) throws IOException, InterruptedException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = body.read(buffer)) != -1; ) {
            total += read;
            var gate = held;
            if (gate != null && total >= 256 * 1024) {
                gate.await(30, TimeUnit.SECONDS);
            }
        }
        return total;
    }

    private UploadStatus advanced(UploadStatus upload) {
        var now = step.merge(upload.id(), 1, Integer::sum);
        var state = rejecting && now >= 2 ? "REJECTED" : ON_THE_WAY.get(Math.min(now, ON_THE_WAY.size() - 1));
        var rejected = state.equals("REJECTED");
        var qa = now < 2 ? null : new QaSummary("mp3", "mp3", 44_100, 2, 16, rejected ? 96_000 : 320_000, 185.0,
                185.0, 7083, 0, 0, 0, false, -0.3, 0.1, 0, 0.2, 1.5, -14.2, 6.5, 1024, Map.of("title", upload.title()),
                false, List.of(), rejected ? "LOW_QUALITY" : null);
        return new UploadStatus(upload.id(), upload.title(), upload.artist(), state, rejected ? REJECTION : null,
                upload.fileName(), upload.bytes(), upload.receivedAt(), "2026-12-03T10:00:0" + Math.min(now, 9) + "Z",
                qa, null, null, 0);
    }

    private List<UploadStatus> newestFirst(String musician) {
        var mine = new ArrayList<>(received.stream().filter(upload -> upload.artist().equals(musician)).toList());
        Collections.reverse(mine);
        return mine;
    }

    private void problem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        FakeStore.send(exchange, status, "application/problem+json", json.writeValueAsBytes(Map.of(
                "type", "about:blank", "title", title, "status", status, "detail", detail)));
    }
}
