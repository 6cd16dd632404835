package io.backbeat.upload;

import static io.backbeat.media.Masters.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.backbeat.SystemTest;
import io.backbeat.media.Masters;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed (SIGKILL, no shutdown) while the pipeline is busy finishes every upload it had accepted once it is
 * started again, each exactly once: no upload lost, none duplicated, no file left half-made. The server here is a
 * second one, started with the README's run command on its own ports and folder, so it can be killed.
 */
class UploadCrashIT extends SystemTest {

    private static final int OFFSET = 600;
    private static final int UPLOADS = 20;
    private static final List<String> TERMINAL = List.of("AVAILABLE", "REJECTED", "FAILED");

    /** The second server's folder, under the build's output so its logs outlive a failed run. */
    private final Path base = Path.of(System.getProperty("project.root"), "ear", "target", "upload-crash");

    @TempDir
    Path masters;

    private Process server;

    @Test
    void everyAcceptedUploadIsFinishedOnceAfterAKill() throws Exception {
        deleteRecursively(base);
        start();
        int mineBefore = mine().size();
        long blobsBefore = blobs();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            // Lossless, so each also takes the store's 320 kb/s encode: the pipeline is still busy at the kill. Each
            // fades in for its own time, so no two waveform pictures are the same blob.
            files.add(tone(masters, "crash-" + i + ".wav", 300 + 7 * i, 60, "-af", "afade=t=in:d=" + (1 + i),
                    "-c:a", "pcm_s16le"));
        }

        List<Long> ids = new ArrayList<>();
        for (Path file : files) {
            ids.add(second().contentType("audio/wav").body(Masters.bytes(file))
                    .post("/api/uploads?genre=Indie&price=3&title=" + file.getFileName())
                    .then().statusCode(202).extract().jsonPath().getLong("id"));
        }
        Map<String, Long> atTheKill = states(ids);
        kill();

        assertThat(atTheKill.getOrDefault("AVAILABLE", 0L)).as("uploads still in the pipeline when killed: %s",
                atTheKill).isLessThan(UPLOADS);
        start();
        await("every accepted upload settled").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    Map<String, Long> now = states(ids);
                    assertThat(now.keySet()).as("uploads by state, %s (server log: %s)", now, base.resolve("run.log"))
                            .isSubsetOf(TERMINAL);
                });
        assertThat(states(ids)).as("each upload's state").isEqualTo(Map.of("AVAILABLE", (long) UPLOADS));
        assertThat(mine()).as("the musician's uploads").hasSize(mineBefore + UPLOADS);
        // Master, sold MP3, preview and waveform of each: a transcode done twice must not have left a second copy.
        assertThat(blobs()).as("blobs in the content store").isEqualTo(blobsBefore + 4L * UPLOADS);
        try (Stream<Path> strays = Files.list(content().resolve("incoming"))) {
            assertThat(strays).as("work in progress left behind").isEmpty();
        }
        for (long id : ids) {
            second().get("/stream/preview/" + id).then().statusCode(200).header("Content-Type", "audio/mpeg");
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            kill();
        }
    }

    private void start() throws IOException {
        Files.createDirectories(base);
        File log = base.resolve("run.log").toFile();
        server = new ProcessBuilder("bash", "run.sh", "--no-build", "--base", base.toString(),
                "--port-offset", Integer.toString(OFFSET))
                .directory(new File(System.getProperty("project.root")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        // Booting and putting the demo catalogue through the pipeline take half a minute alone, several on a machine
        // busy with other builds.
        await("the second server's readiness (see " + log + ")").atMost(Duration.ofMinutes(6))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertThat(server.isAlive()).as("run.sh is running (see %s)", log).isTrue();
                    return ready();
                });
    }

    private boolean ready() {
        try {
            return RestAssured.given().baseUri("http://localhost:" + (9990 + OFFSET)).get("/health/ready")
                    .statusCode() == 200;
        } catch (Exception notYetListening) { // RestAssured rethrows the ConnectException undeclared
            return false;
        }
    }

    /** SIGKILL for WildFly's JVM and the script that started it: no shutdown hook, no orderly stop. */
    private void kill() {
        List<ProcessHandle> processes = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
        server = null;
    }

    private static RequestSpecification second() {
        return RestAssured.given().baseUri("http://localhost:" + (8080 + OFFSET)).auth().preemptive()
                .basic(MUSICIAN, MUSICIAN_PASSWORD);
    }

    private List<Object> mine() {
        return second().get("/api/uploads?limit=500").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private String state(long id) {
        return second().get("/api/uploads/" + id).then().statusCode(200).extract().jsonPath().getString("state");
    }

    private Map<String, Long> states(List<Long> ids) {
        return ids.stream().collect(Collectors.groupingBy(this::state, Collectors.counting()));
    }

    private Path content() {
        return base.resolve("data/backbeat/content");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
    }

    private long blobs() throws IOException {
        try (Stream<Path> files = Files.walk(content())) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getParent().endsWith("incoming")).count();
        }
    }
}
