package io.backbeat.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview stream as media players, browsers and the careless see it: programs nobody here wrote (ffprobe,
 * mpg123) read it and seek in it over HTTP; ranges are exact; bad requests get a clear answer; each address may
 * start only so many previews; and listeners that stall or go away hold nothing on the server.
 */
class PreviewStreamIT extends SystemTest {

    private static final Pattern ACTIVE_PREVIEWS =
            Pattern.compile("backbeat_streams_active\\{[^}]*kind=\"preview\"[^}]*} ([0-9.]+)");

    @TempDir
    static Path folder;

    private static long work;
    private static String url;
    private static byte[] preview;
    private static String etag;
    private static long longWork;

    @BeforeAll
    static void aPreviewAndALongOne() {
        work = workId("Lobby Nocturne");
        url = SITE + "/stream/preview/" + work;
        var whole = site().get("/stream/preview/" + work).then().statusCode(200).extract();
        preview = whole.asByteArray();
        etag = whole.header("ETag");
        longWork = longUpload();
    }

    @Test
    void ffprobeFindsThePreviewFormat() throws Exception {
        Run probe = run("ffprobe", "-v", "error", "-show_entries", "stream=codec_name,sample_rate,channels",
                "-of", "default=noprint_wrappers=1", url);
        assertThat(probe.exit()).as(probe.output()).isZero();
        assertThat(probe.output()).contains("codec_name=mp3", "sample_rate=22050", "channels=2");
    }

    /**
     * The long preview, read at 15:00 and then at 7:30: ffprobe reads on rather than seek forwards, and a short
     * preview fits in its first read, but going back it must ask for the middle with a Range.
     */
    @Test
    void ffprobeSeeksBackToTheMiddleWithARange() throws Exception {
        long length = Long.parseLong(site().head("/stream/preview/" + longWork).then().statusCode(200).extract()
                .header("Content-Length"));
        Run seek = run("ffprobe", "-v", "debug", "-read_intervals", "900%+#2,450%+#2", "-show_entries",
                "packet=pts_time", "-of", "csv=p=0", SITE + "/stream/preview/" + longWork);
        assertThat(seek.exit()).as(seek.output()).isZero();
        List<Long> starts = Pattern.compile("Range: bytes=([0-9]+)-").matcher(seek.output()).results()
                .map(range -> Long.parseLong(range.group(1))).toList();
        assertThat(starts).as("where ffprobe's requests started: " + seek.output())
                .anyMatch(start -> start > length / 4 && start < length * 3 / 4);
        assertThat(seek.output()).as("packets at 15:00 and at 7:30")
                .containsPattern("(?m)^(899|900)\\.").containsPattern("(?m)^(449|450)\\.");
    }

    @Test
    void mpg123DecodesTheWholePreviewOverHttpAndTheSecondHalfFromARange() throws Exception {
        Run whole = run("mpg123", "-t", "-v", url);
        assertThat(whole.exit()).as(whole.output()).isZero();
        assertThat(whole.output()).contains("22050", "finished").doesNotContainIgnoringCase("error");

        int middle = preview.length / 2;
        byte[] secondHalf = site().header("Range", "bytes=" + middle + "-").get("/stream/preview/" + work)
                .then().statusCode(206).extract().asByteArray();
        Path part = Files.write(folder.resolve("second-half.mp3"), secondHalf);
        Run fromTheMiddle = run("mpg123", "-t", "-v", part.toString());
        assertThat(fromTheMiddle.exit()).as(fromTheMiddle.output()).isZero();
        assertThat(fromTheMiddle.output()).contains("22050", "finished");
    }

    @Test
    void rangesCarryExactlyTheBytesAskedFor() {
        int length = preview.length;
        assertPart("bytes=0-99", 0, 99);
        assertPart("bytes=" + length / 2 + "-" + (length / 2 + 4095), length / 2, length / 2 + 4095);
        assertPart("bytes=" + (length - 10) + "-", length - 10, length - 1);
        assertPart("bytes=-500", length - 500, length - 1);
        assertPart("bytes=100-" + (length * 2), 100, length - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=abc", "bytes=5-2", "bytes=-", "bytes=-0", "bytes=99999999-"})
    void aMalformedOrUnsatisfiableRangeIs416NamingTheLength(String range) {
        site().header("Range", range).get("/stream/preview/" + work).then().statusCode(416)
                .header("Content-Range", "bytes */" + preview.length).body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"items=0-1", "bytes=0-1, 5-6"})
    void anotherUnitOrSeveralRangesAreIgnoredAndTheWholePreviewSent(String range) {
        byte[] body = site().header("Range", range).get("/stream/preview/" + work).then().statusCode(200)
                .header("Content-Length", String.valueOf(preview.length)).extract().asByteArray();
        assertThat(body).isEqualTo(preview);
    }

    @Test
    void anUnknownWorkIs404SayingSo() {
        site().get("/stream/preview/999999").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://backbeat.io/problems/work-not-found"))
                .body("detail", equalTo("There is no work 999999 in the catalogue."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12x", "-", ""})
    void anIdThatIsNoNumberIs404SayingWhatAPreviewAddressIs(String id) {
        site().get("/stream/preview/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://backbeat.io/problems/work-not-found"))
                .body("detail", containsString("/stream/preview/{work id}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void anythingButGetOrHeadIs405SayingWhatIsAllowed(String method) {
        site().request(method, "/stream/preview/" + work).then().statusCode(405).header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("type", equalTo("https://backbeat.io/problems/method-not-allowed"));
    }

    @Test
    void theEtagAnswers304AndNothingIsCached() {
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        site().header("If-None-Match", etag).get("/stream/preview/" + work).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        site().header("If-None-Match", "\"something-else\"").get("/stream/preview/" + work).then().statusCode(200)
                .header("Cache-Control", "no-store").header("Content-Type", "audio/mpeg");
    }

    @Test
    void headAnnouncesTheLengthAndSendsNothing() {
        site().head("/stream/preview/" + work).then().statusCode(200)
                .header("Content-Length", String.valueOf(preview.length)).header("Accept-Ranges", "bytes")
                .header("ETag", etag).header("Cache-Control", "no-store").body(emptyString());
    }

    /**
     * From an address of its own (any 127.x address reaches the loopback server), so the rest of the suite keeps
     * its budget: the default 60 new previews a minute pass, the 61st is 429, and a seek in one already started
     * still plays.
     */
    @Test
    void anAddressStartingMoreThanSixtyPreviewsAMinuteIsToldToWait() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.9.1");
        for (int i = 1; i <= 60; i++) {
            assertThat(raw(address, "HEAD", work, null).status()).as("preview %d", i).isEqualTo(200);
        }

        Raw refused = raw(address, "GET", work, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://backbeat.io/problems/too-many-previews\"",
                "more than 60 previews in a minute");

        assertThat(raw(address, "GET", work, "bytes=100-199").status()).as("a seek in a listen already started")
                .isEqualTo(206);
        assertThat(raw(address, "GET", longWork, "bytes=100-199").status()).as("a range of another work")
                .isEqualTo(429);
        site().head("/stream/preview/" + work).then().statusCode(200);
    }

    @Test
    void aListenerThatDisconnectsMidStreamLeavesNoActiveStream() throws Exception {
        int baseline = activePreviews();
        try (Socket listener = stalledListener(InetAddress.getByName("127.0.9.2"), longWork)) {
            await("the stream counted in").atMost(Duration.ofSeconds(10))
                    .until(PreviewStreamIT::activePreviews, equalTo(baseline + 1));
        }
        await("the stream released after the disconnect").atMost(Duration.ofSeconds(10))
                .until(PreviewStreamIT::activePreviews, equalTo(baseline));
    }

    /**
     * Twice as many stalled listeners as the server has worker threads (16 a core): with blocking I/O nobody else
     * would be served.
     */
    @Test
    void stalledListenersHoldNoThreadAndOthersAreStillServed() throws Exception {
        int baseline = activePreviews();
        int stalled = 64;
        var sockets = new ArrayList<Socket>();
        try {
            for (int i = 0; i < stalled; i++) {
                sockets.add(stalledListener(InetAddress.getByName("127.0.10." + (i + 1)), longWork));
            }
            await("every stalled stream in progress").atMost(Duration.ofSeconds(30))
                    .until(PreviewStreamIT::activePreviews, equalTo(baseline + stalled));

            var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            var catalogue = client.send(HttpRequest.newBuilder(URI.create(SITE + "/api/catalog/works"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(catalogue.statusCode()).isEqualTo(200);
            var another = client.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=0-999")
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(another.statusCode()).isEqualTo(206);
            assertThat(another.body()).isEqualTo(Arrays.copyOfRange(preview, 0, 1000));
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        await("every stream released").atMost(Duration.ofSeconds(30))
                .until(PreviewStreamIT::activePreviews, equalTo(baseline));
    }

    private static void assertPart(String range, int first, int last) {
        byte[] part = site().header("Range", range).get("/stream/preview/" + work).then().statusCode(206)
                .header("Content-Range", "bytes " + first + "-" + last + "/" + preview.length)
                .header("Content-Length", String.valueOf(last - first + 1))
                .header("Cache-Control", "no-store").extract().asByteArray();
        assertThat(part).as(range).isEqualTo(Arrays.copyOfRange(preview, first, last + 1));
    }

    /**
     * A 20-minute work: its 3.6 MB preview is more than the loopback's socket buffers hold, so a listener that
     * stops reading really stalls the stream.
     */
    private static long longUpload() {
        Path master = Masters.ffmpeg(folder.resolve("long-preview.mp3"),
                List.of("-f", "lavfi", "-i", "sine=frequency=392:duration=1200", "-f", "lavfi", "-i",
                        "anoisesrc=d=1200:a=0.05"),
                List.of("-filter_complex", "amix=inputs=2", "-ac", "2", "-ar", "44100", "-c:a", "libmp3lame", "-b:a",
                        "128k"));
        long id = api(MUSICIAN, MUSICIAN_PASSWORD).contentType("audio/mpeg").body(Masters.bytes(master))
                .post("/uploads?genre=Test&title=Long+Preview&price=1")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        String state = await().atMost(Duration.ofMinutes(3)).until(() -> api(MUSICIAN, MUSICIAN_PASSWORD)
                .get("/uploads/" + id).then().log().ifValidationFails().statusCode(200).extract().jsonPath()
                .getString("state"), Matchers.is(Matchers.oneOf("AVAILABLE", "REJECTED", "FAILED")));
        assertThat(state).isEqualTo("AVAILABLE");
        return id;
    }

    /** A listener with a tiny receive window that reads the headers and a little audio, then nothing more. */
    private static Socket stalledListener(InetAddress from, long id) throws IOException {
        var socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("localhost", URI.create(SITE).getPort()), 5000);
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET /stream/preview/" + id + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] start = socket.getInputStream().readNBytes(4096);
        assertThat(new String(start, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
        return socket;
    }

    private record Raw(int status, String head, String body) {
        String header(String name) {
            Matcher value = Pattern.compile("(?im)^" + name + ": *(.*?)\r?$").matcher(head);
            return value.find() ? value.group(1) : null;
        }
    }

    /** One request from a chosen local address, which RestAssured cannot bind. */
    private static Raw raw(InetAddress from, String method, long id, String range) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("localhost", URI.create(SITE).getPort()), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " /stream/preview/" + id + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (range == null ? "" : "Range: " + range + "\r\n") + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int split = answer.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split),
                    answer.substring(split + 4));
        }
    }

    /** {@code backbeat_streams_active{kind="preview"}} on the management interface's /metrics. */
    private static int activePreviews() {
        String metrics = RestAssured.given().baseUri(MANAGEMENT).get("/metrics").then().statusCode(200).extract()
                .asString();
        Matcher active = ACTIVE_PREVIEWS.matcher(metrics);
        return active.find() ? (int) Double.parseDouble(active.group(1)) : 0;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish: " + output);
        }
        return new Run(process.exitValue(), output);
    }
}
