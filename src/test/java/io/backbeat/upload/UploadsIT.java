package io.backbeat.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Masters made in the test go through the real pipeline: accepted ones come out AVAILABLE with a preview that
 * ffprobe and mpg123 accept; each bad one is refused at the door or ends REJECTED with its own reason.
 */
class UploadsIT extends SystemTest {

    /** Every file gets its own tone, so no two uploads share their bytes. */
    private static final AtomicInteger TONES = new AtomicInteger();

    @TempDir
    Path folder;

    @Test
    void mp3WavAndFlacMastersComeOutOnSaleWithAPreviewThatFfprobeAndMpg123Accept() throws Exception {
        Path mp3 = tone("master.mp3", 35, "-c:a", "libmp3lame", "-b:a", "192k");
        Path wav = tone("master.wav", 35, "-c:a", "pcm_s24le");
        Path flac = tone("master.flac", 35, "-c:a", "flac");

        for (Path master : List.of(mp3, wav, flac)) {
            long id = upload(master, "audio/mpeg").then().statusCode(202).extract().jsonPath().getLong("id");
            JsonPath settled = settled(id);
            assertThat(settled.getString("state")).as(master.getFileName().toString()).isEqualTo("AVAILABLE");
            assertThat(settled.getDouble("qa.seconds")).isCloseTo(35, org.assertj.core.data.Offset.offset(0.1));
            assertThat(settled.getString("waveform")).isEqualTo("/pictures/waveform/" + id);

            Path preview = folder.resolve("preview-" + id + ".mp3");
            Files.write(preview, site().get("/stream/preview/" + id).then().statusCode(200).extract().asByteArray());
            assertThat(Masters.run(List.of("ffprobe", "-v", "error", "-show_entries",
                    "stream=codec_name,sample_rate,channels,bit_rate", "-of", "compact=p=0:nk=0", preview.toString())))
                    .contains("codec_name=mp3", "sample_rate=22050", "channels=2", "bit_rate=24000");
            assertThat(Masters.run(List.of("mpg123", "-t", "-q", preview.toString()))).isEmpty();
            site().get("/pictures/waveform/" + id).then().statusCode(200).contentType("image/png");
        }
    }

    @Test
    void coverArtInTheTagsBecomesTheWorksCover() {
        Path cover = Masters.ffmpeg(folder.resolve("cover.png"), List.of("-f", "lavfi", "-i",
                "testsrc=size=300x300:duration=1"), List.of("-frames:v", "1"));
        Path master = tone("plain.mp3", 31, "-c:a", "libmp3lame", "-b:a", "160k");
        Path tagged = Masters.ffmpeg(folder.resolve("tagged.mp3"), List.of("-i", master.toString(), "-i",
                cover.toString()), List.of("-map", "0", "-map", "1", "-c", "copy", "-id3v2_version", "3",
                "-metadata", "title=Tagged", "-metadata:s:v", "comment=Cover (front)"));

        long id = upload(tagged, "audio/mpeg").then().statusCode(202).extract().jsonPath().getLong("id");

        JsonPath settled = settled(id);
        assertThat(settled.getString("state")).isEqualTo("AVAILABLE");
        assertThat(settled.getBoolean("qa.coverArt")).isTrue();
        assertThat(settled.getString("qa.tags.title")).isEqualTo("Tagged");
        byte[] served = site().get("/pictures/cover/" + id).then().statusCode(200).contentType("image/png").extract()
                .asByteArray();
        assertThat(served).isEqualTo(Masters.bytes(cover));
    }

    @Test
    void badMastersEndRejectedWithTheirOwnReason() throws Exception {
        Path good = tone("good.mp3", 40, "-c:a", "libmp3lame", "-b:a", "128k");
        byte[] goodBytes = Masters.bytes(good);
        var random = new Random(7);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);

        var cases = new java.util.LinkedHashMap<String, Path>();
        cases.put("NOT_AUDIO random bytes", write("random.mp3", noise));
        cases.put("NOT_AUDIO a zip named .mp3", zip("archive.mp3"));
        cases.put("NOT_AUDIO text", write("notes.mp3", "la la la, this is not a song\n".repeat(100).getBytes()));
        cases.put("NOT_AUDIO a PNG", Masters.ffmpeg(folder.resolve("picture.mp3.png"), List.of("-f", "lavfi", "-i",
                "testsrc=size=64x64:duration=1"), List.of("-frames:v", "1", "-f", "image2")));
        cases.put("NOT_AUDIO an AAC file", tone("aac.m4a", 35, "-c:a", "aac", "-f", "mp4"));
        cases.put("NOT_AUDIO Ogg Vorbis", tone("vorbis.ogg", 35, "-c:a", "libvorbis"));
        cases.put("TRUNCATED an MP3 cut short", write("cut.mp3", java.util.Arrays.copyOf(goodBytes,
                goodBytes.length * 6 / 10)));
        cases.put("TRUNCATED a WAV whose header claims more", write("lying-header.wav", Masters.lyingAboutItsLength(
                Masters.bytes(tone("lying.wav", 35, "-c:a", "pcm_s16le")))));
        cases.put("DECODE_ERRORS garbage frames in the middle", write("garbage.mp3",
                Masters.withGarbageInTheMiddle(goodBytes, random)));
        cases.put("TOO_SHORT ten seconds", tone("short.mp3", 10, "-c:a", "libmp3lame", "-b:a", "192k"));
        cases.put("TOO_LONG ten hours of silence", Masters.ffmpeg(folder.resolve("long.flac"), List.of("-f",
                "lavfi", "-i", "anullsrc=r=8000:cl=mono"), List.of("-t", "36000", "-c:a", "flac")));
        cases.put("LOW_QUALITY mono", tone("mono.mp3", 35, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "192k"));
        cases.put("LOW_QUALITY 96 kb/s", tone("thin.mp3", 35, "-c:a", "libmp3lame", "-b:a", "96k"));
        cases.put("LOW_QUALITY 22.05 kHz", tone("narrow.mp3", 35, "-ar", "22050", "-c:a", "libmp3lame", "-b:a",
                "128k"));
        cases.put("LOW_QUALITY ADPCM inside a WAV", tone("adpcm.wav", 35, "-c:a", "adpcm_ms"));
        cases.put("SILENT forty seconds of nothing", Masters.ffmpeg(folder.resolve("silence.mp3"), List.of("-f",
                "lavfi", "-i", "anullsrc=r=44100:cl=stereo"), List.of("-t", "40", "-c:a", "libmp3lame", "-b:a",
                "128k")));
        cases.put("OVERSIZED_TAGS a 5 MB ID3 tag", hugeTag(Masters.bytes(tone("tagged.mp3", 35, "-c:a",
                "libmp3lame", "-b:a", "128k"))));

        var ids = new java.util.LinkedHashMap<String, Long>();
        cases.forEach((name, file) -> ids.put(name, upload(file, "audio/mpeg").then().statusCode(202).extract()
                .jsonPath().getLong("id")));
        ids.forEach((name, id) -> {
            JsonPath settled = settled(id);
            assertThat(settled.getString("state")).as(name).isEqualTo("REJECTED");
            assertThat(settled.getString("qa.rejection")).as(name).isEqualTo(name.split(" ")[0]);
            assertThat(settled.getString("reason")).as(name).isNotBlank();
            api().get("/catalog/works/" + id).then().statusCode(404);
        });
    }

    @Test
    void badRequestsAreRefusedAtTheDoorAndLeaveNothingBehind() throws Exception {
        Path good = tone("door.mp3", 35, "-c:a", "libmp3lame", "-b:a", "128k");
        int before = mine().size();

        upload(write("empty.mp3", new byte[0]), "audio/mpeg").then().statusCode(400).body("type",
                org.hamcrest.Matchers.endsWith("/empty-upload"));
        upload(good, "text/plain").then().statusCode(415).body("type",
                org.hamcrest.Matchers.endsWith("/unsupported-master-type"));
        upload(good, "audio/mpeg", "genre=Indie&price=5").then().statusCode(400).body("fields.title",
                org.hamcrest.Matchers.notNullValue());
        upload(good, "audio/mpeg", "title=X&genre=Indie&price=-1").then().statusCode(400);
        upload(good, "audio/mpeg", "title=X&genre=Indie&price=5&explicit=maybe").then().statusCode(400);
        api(CUSTOMER, CUSTOMER_PASSWORD).contentType("audio/mpeg").body(Masters.bytes(good))
                .post("/uploads?title=X&genre=Indie&price=5").then().statusCode(403);
        api().contentType("audio/mpeg").body(Masters.bytes(good)).post("/uploads?title=X&genre=Indie&price=5")
                .then().statusCode(401);
        assertThat(overTheLimit(true)).isEqualTo(413);
        assertThat(overTheLimit(false)).isEqualTo(413);

        assertThat(mine()).hasSize(before);

        long id = upload(good, "audio/mpeg").then().statusCode(202).extract().jsonPath().getLong("id");
        upload(good, "audio/mpeg").then().statusCode(409).body("workId", org.hamcrest.Matchers.equalTo((int) id));
        assertThat(mine()).hasSize(before + 1);
    }

    @Test
    void aFileNameIsShownButNeverUsedAsAPath() {
        Path good = tone("named.mp3", 33, "-c:a", "libmp3lame", "-b:a", "128k");
        long id = api(MUSICIAN, MUSICIAN_PASSWORD).contentType("audio/mpeg").body(Masters.bytes(good))
                .post("/uploads?title=Escape&genre=Indie&price=1&fileName=../../../../etc/passwd.mp3")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        assertThat(settled(id).getString("fileName")).isEqualTo("passwd.mp3");
        assertThat(settled(id).getString("state")).isEqualTo("AVAILABLE");
    }

    @Test
    void anUploadWhoseStepsKeepFailingEndsFailedAndAnAdministratorRetriesIt() throws Exception {
        Path master = tone("unlucky.mp3", 31, "-c:a", "libmp3lame", "-b:a", "128k");
        byte[] bytes = Masters.bytes(master);
        // A directory where the master's content belongs: the store keeps it, the checker cannot read it.
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path blob = Path.of(System.getProperty("it.base.dir"), "data", "backbeat", "content", sha.substring(0, 2),
                sha.substring(2, 4), sha);
        Files.createDirectories(blob);

        long id = upload(master, "audio/mpeg").then().statusCode(202).extract().jsonPath().getLong("id");

        JsonPath failed = settled(id);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("reason")).contains("NoSuchFileException");
        assertThat(asAdmin().get("/admin/uploads/failed").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).contains(id);

        Files.delete(blob);
        Files.write(blob, bytes);  // the disk is mended
        asAdmin().post("/admin/uploads/" + id + "/retry").then().statusCode(202);
        assertThat(settled(id).getString("state")).isEqualTo("AVAILABLE");
        assertThat(asAdmin().get("/admin/uploads/failed").then().extract().jsonPath().getList("id", Long.class))
                .doesNotContain(id);
        asAdmin().post("/admin/uploads/" + id + "/retry").then().statusCode(409);
    }

    private Path tone(String name, double seconds, String... codec) {
        return Masters.tone(folder, name, 200 + TONES.incrementAndGet() * 7.31, seconds, codec);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path zip(String name) throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("song.mp3"));
            out.write("not really".repeat(1000).getBytes());
        }
        return write(name, zip.toByteArray());
    }

    /** An ID3v2.4 tag of five megabytes (a frame of padding) in front of a good MP3. */
    private Path hugeTag(byte[] mp3) throws IOException {
        int size = 5 * 1024 * 1024;
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {'I', 'D', '3', 4, 0, 0,
            (byte) (size >> 21 & 0x7f), (byte) (size >> 14 & 0x7f), (byte) (size >> 7 & 0x7f), (byte) (size & 0x7f)});
        out.write(new byte[size]);
        out.write(mp3);
        return write("huge-tag.mp3", out.toByteArray());
    }

    /** Sends 65 MB against the test server's 64 MB limit, with or without announcing the length. */
    private int overTheLimit(boolean announced) throws Exception {
        long size = 65L * 1024 * 1024;
        InputStream zeros = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        HttpRequest.BodyPublisher body = announced
                ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros), size)
                : HttpRequest.BodyPublishers.ofInputStream(() -> zeros);
        var request = HttpRequest.newBuilder(URI.create(SITE + "/api/uploads?title=Big&genre=Indie&price=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (MUSICIAN + ":" + MUSICIAN_PASSWORD).getBytes()))
                .header("Content-Type", "audio/wav")
                .POST(body).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException reset) {
            // The server may answer 413 and close the connection before the client has finished sending.
            return 413;
        }
    }

    private static Response upload(Path file, String type) {
        return upload(file, type, "title=" + file.getFileName() + "&genre=Indie&price=5");
    }

    private static Response upload(Path file, String type, String query) {
        return api(MUSICIAN, MUSICIAN_PASSWORD).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .body(Masters.bytes(file)).post("/uploads?" + query);
    }

    private static List<Object> mine() {
        return api(MUSICIAN, MUSICIAN_PASSWORD).get("/uploads?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    /** Waits for the pipeline to settle an upload and returns its final status. */
    private static JsonPath settled(long id) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250)).until(
                () -> asAdmin().get("/uploads/" + id).then().statusCode(200).extract().jsonPath(),
                status -> List.of("AVAILABLE", "REJECTED", "FAILED").contains(status.getString("state")));
    }
}
