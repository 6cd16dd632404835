package io.backbeat.player.viewcontroller.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.venue.VenueStatus;
import io.backbeat.player.store.Credentials;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreHttp;
import io.backbeat.player.store.StoreRefusedException;
import io.backbeat.player.store.StoreUntrustedException;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.store.venue.PlayLogFile;
import io.backbeat.player.store.venue.ScheduledWorkCache;
import io.backbeat.player.store.venue.TimelineFile;
import io.backbeat.player.store.venue.ZoneClient;
import io.backbeat.player.testing.SimulatedClock;
import io.backbeat.player.testing.UiThread;
import io.backbeat.player.viewcontroller.TaskRunner;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The venue-mode proof, against the real store started with the README's run command on ports of its own:
 * a zone bound to a freshly registered player plays a fixed playlist round the clock; the player caches its day, the
 * store is killed, a simulated hour passes on the player's clock, and the player has played exactly the zone's
 * timeline, logged offline; the store comes back and the log arrives whole, and a reordered log is refused. All the
 * while the player calls the store with its own key's tickets only: its heartbeats show the zone online on the
 * manager's dashboard, and the manager's volume and skip reach it and are acknowledged.
 * The store is new, so its works went on sale minutes ago and its schedules play nothing earlier: the player's hour
 * starts now and runs ahead of the store's clock, which this test's store is told to allow for the plays it receives
 * ({@code backbeat.business.play-clock-skew-minutes}).
 */
class VenueModeIT {

    private static final int OFFSET = 640;
    private static final String MANAGER = "enterprise@backbeat.demo";
    private static final String PASSWORD = "demo-enterprise";
    private static final char[] PASSPHRASE = "venue passphrase".toCharArray();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final List<String> PLAYLIST = List.of("Platform 9", "Elevator Blues", "Red Line Shuffle",
            "Terminus", "Lobby Nocturne");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final Path base = Path.of("target", "venue-store").toAbsolutePath();
    private final URI address = URI.create("http://localhost:" + (8080 + OFFSET));
    private final HttpClient http = HttpClient.newHttpClient();
    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final List<CapturingLine> lines = new ArrayList<>();

    @TempDir
    Path player;

    private Process server;
    private VenueController venue;

    @AfterEach
    void stop() {
        if (venue != null) {
            venue.close();
        }
        if (server != null) {
            kill();
        }
        tasks.close();
        ui.close();
    }

    @Test
    void theVenuePlaysItsTimelineThroughAnHourWithoutTheStoreAndItsLogArrivesWhole() throws Exception {
        assumeTrue(Files.exists(root.resolve("ear/target/backbeat.ear")), "the EAR is built (./mvnw verify does)");
        wipe();
        start();

        var trusted = new TrustedCertificates(player.resolve("data"));
        var client = new StoreClient(address, trusted);
        try {
            client.ping();
        } catch (StoreUntrustedException first) {
            trusted.trust(first.certificate());
        }
        var keyring = new PlayerKeyring(player.resolve("data"));
        var manager = new Credentials(MANAGER, PASSWORD);
        long playerId = client.registerPlayer(manager, "Lobby speaker", keyring.create("Lobby speaker", PASSPHRASE))
                .id();
        keyring.trustStoreKey(client.storeKey());
        PlayerKeyring.Unlocked keys = keyring.unlock(PASSPHRASE);

        long venueId = post("/api/venues", Map.of("name", "Venue mode test", "city", "Leipzig", "country", "DE",
                "timeZone", "Europe/Berlin")).path("id").asLong();
        var works = new ArrayList<Long>();
        for (String title : PLAYLIST) {
            works.add(client.searchWorks(title, 0, 5).items().stream().filter(work -> work.title().equals(title))
                    .findFirst().orElseThrow().id());
        }
        long programme = post("/api/programmes", Map.of("name", "All day", "kind", "FIXED", "works", works))
                .path("id").asLong();
        long zone = post("/api/venues/" + venueId + "/zones", Map.of("name", "Lobby")).path("id").asLong();
        send("PUT", "/api/zones/" + zone + "/schedule", Map.of("dayparts", List.of(Map.of("days", List.of("MONDAY",
                "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "start", "00:00", "end", "00:00",
                "programme", programme))));
        send("PUT", "/api/zones/" + zone, Map.of("name", "Lobby", "player", playerId));

        Instant begin = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant hourLater = begin.plus(Duration.ofHours(1));
        JsonNode expected = send("GET", "/api/zones/" + zone + "/timeline?from=" + begin + "&to=" + hourLater, null)
                .path("plays");
        assertThat(expected.size()).as("the hour holds several plays").isGreaterThan(3);

        var clock = new SimulatedClock(begin);
        var status = new VenueStatus(zone);
        var log = new PlayLogFile(player.resolve("data"), zone);
        var zoneClient = new ZoneClient(new StoreHttp(address, trusted), zone, keys);
        venue = new VenueController(tasks, zoneClient, keys, clock, new VenueController.Files(
                new TimelineFile(player.resolve("data"), zone), new ScheduledWorkCache(player.resolve("library")),
                log), CapturingLine.player(lines), status);
        ui.run(venue::start);
        String firstTitle = expected.get(0).path("title").asText();
        ui.awaitUntil("the day's works cached and the first play sounding", PATIENCE, () -> status.online()
                && status.cache().startsWith(PLAYLIST.size() + " of " + PLAYLIST.size() + " works cached")
                && status.nowPlaying().endsWith(firstTitle) && heard() == 1);
        assertThat(status.problem()).isEmpty();
        awaitStore("the zone online on the dashboard, playing " + firstTitle, () -> {
            JsonNode shown = zoneStatus(venueId, zone);
            return shown.path("online").asBoolean() && shown.path("reported").path("title").asText().equals(firstTitle);
        });

        kill();
        ui.run(venue::refresh);
        ui.awaitUntil("the store found gone", PATIENCE, () -> !status.online());

        int begun = 1;
        String playing = ui.read(status::nowPlaying);
        while (clock.instant().isBefore(hourLater)) {
            clock.advance(STEP);
            ui.run(venue::tick);
            if (!ui.read(status::nowPlaying).equals(playing)) {
                playing = ui.read(status::nowPlaying);
                int sounded = ++begun;
                ui.awaitUntil("play " + sounded + " sounding", PATIENCE, () -> heard() == sounded);
            }
        }
        ui.awaitUntil("every play logged", PATIENCE, () -> log.size() == expected.size() - 1);
        // The last play is still sounding at the hour's end: it is logged when it ends, later.

        List<SignedPlay> logged = log.all();
        for (int i = 0; i < logged.size(); i++) {
            PlayRecord play = logged.get(i).play();
            JsonNode scheduled = expected.get(i);
            assertThat(play.work()).as("play %d", i).isEqualTo(scheduled.path("work").asLong());
            // Play records keep milliseconds; the timeline's instants may be finer.
            assertThat(play.end()).as("play %d", i).isEqualTo(Instant.parse(scheduled.path("end").asText())
                    .truncatedTo(ChronoUnit.MILLIS));
            assertThat(play.start()).as("play %d", i).isEqualTo(i == 0 ? begin
                    : Instant.parse(scheduled.path("start").asText()).truncatedTo(ChronoUnit.MILLIS));
            assertThat(play.online()).as("play %d", i).isEqualTo(i == 0);
        }
        assertThat(status.problem()).isEmpty();
        assertThat(heard()).as("every play sounded, and the one under way").isEqualTo(logged.size() + 1);

        // The store comes back: the whole log goes up, and the venue's report lists every play. The report's days
        // are asked for by name: the simulated hour may end on a date the store's clock has not reached yet.
        start();
        ui.run(venue::upload);
        ui.awaitUntil("the log uploaded", PATIENCE, () -> log.uploadedThrough() == logged.size());
        JsonNode report = send("GET", "/api/venues/" + venueId + "/plays?from=" + begin.atZone(ZoneOffset.UTC)
                .toLocalDate() + "&to=" + hourLater.atZone(ZoneOffset.UTC).toLocalDate(), null).path("plays");
        assertThat(report.size()).isEqualTo(logged.size());
        for (int i = 0; i < logged.size(); i++) {
            assertThat(report.get(i).path("work").asLong()).isEqualTo(logged.get(i).play().work());
            assertThat(Instant.parse(report.get(i).path("start").asText())).isEqualTo(logged.get(i).play().start());
        }

        // The manager turns the volume down and skips the play under way, from the dashboard's API.
        awaitStore("the zone online again", () -> zoneStatus(venueId, zone).path("online").asBoolean());
        String skipped = ui.read(status::nowPlaying);
        int soundedBeforeSkip = heard();
        Instant skippedAt = clock.instant();
        post("/api/zones/" + zone + "/commands", Map.of("action", "volume", "volume", 40));
        post("/api/zones/" + zone + "/commands", Map.of("action", "skip"));
        ui.awaitUntil("the volume turned down and the next play brought forward", PATIENCE,
                () -> status.volume() == 40 && !status.nowPlaying().equals(skipped)
                        && heard() == soundedBeforeSkip + 1);
        awaitStore("both commands acknowledged, the volume reported", () -> {
            JsonNode shown = zoneStatus(venueId, zone);
            return shown.path("pendingCommands").asInt() == 0 && shown.path("reported").path("volume").asInt() == 40;
        });
        ui.awaitUntil("the skipped play logged", PATIENCE, () -> log.size() == logged.size() + 1);
        PlayRecord cut = log.all().get(logged.size()).play();
        assertThat(cut.end()).as("the skipped play logged as far as it sounded").isEqualTo(skippedAt);
        assertThat(cut.work()).isEqualTo(expected.get(logged.size()).path("work").asLong());
        assertThat(status.problem()).isEmpty();

        // The same log reordered, or with a record altered, is refused whole.
        var reordered = new ArrayList<>(logged);
        java.util.Collections.swap(reordered, 0, 1);
        assertThatThrownBy(() -> zoneClient.uploadPlays(new PlayBatch(keys.fingerprint(), reordered)))
                .isInstanceOfSatisfying(StoreRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("play-chain-broken"));
        PlayRecord first = logged.get(0).play();
        var altered = new ArrayList<>(logged);
        altered.set(0, new SignedPlay(new PlayRecord(first.zone(), first.work(), first.start(),
                first.end().minusSeconds(30), first.online(), first.sequence(), first.previous()),
                logged.get(0).signature()));
        assertThatThrownBy(() -> zoneClient.uploadPlays(new PlayBatch(keys.fingerprint(), altered)))
                .isInstanceOfSatisfying(StoreRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("play-signature-invalid"));
    }

    /** This zone as the manager's dashboard reads it. */
    private JsonNode zoneStatus(long venueId, long zone) throws Exception {
        for (JsonNode shown : send("GET", "/api/venues/" + venueId + "/zones/status", null)) {
            if (shown.path("zone").asLong() == zone) {
                return shown;
            }
        }
        throw new AssertionError("zone " + zone + " is not on its venue's dashboard");
    }

    /** Asks the store until it says what is expected, or fails after {@link #PATIENCE}. */
    private void awaitStore(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("%s within %s", what, PATIENCE).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private int heard() {
        synchronized (lines) {
            return lines.size();
        }
    }

    private JsonNode post(String path, Object body) throws Exception {
        return send("POST", path, body);
    }

    /** A call to the store's API as the demo venue manager; anything but 2xx fails the test. */
    private JsonNode send(String method, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(address + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((MANAGER + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        var answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, answer.body()).isBetween(200, 299);
        return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    }

    /** A store of its own, as new: its database, certificate and logs from an earlier run are wiped. */
    private void wipe() throws Exception {
        if (Files.exists(base)) {
            try (Stream<Path> earlier = Files.walk(base)) {
                for (Path file : (Iterable<Path>) earlier.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(base);
    }

    /** Starts the store on this test's base and waits until it is ready (a restart keeps its database). */
    private void start() throws Exception {
        File log = base.resolve("run.log").toFile();
        long logged = log.exists() ? log.length() : 0;
        var run = new ProcessBuilder("bash", "run.sh", "--no-build", "--base", base.toString(),
                "--port-offset", Integer.toString(OFFSET))
                .directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        run.environment().put("BACKBEAT_BUSINESS_PLAY_CLOCK_SKEW_MINUTES", "90");
        server = run.start();
        var ready = HttpRequest.newBuilder(URI.create("http://localhost:" + (9990 + OFFSET) + "/health/ready")).build();
        var deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            assertThat(server.isAlive()).as("run.sh is running (see %s)", log).isTrue();
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && Files.readString(log.toPath()).substring((int) logged).contains("Stop with Ctrl+C")) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // still booting
            }
            assertThat(System.nanoTime()).as("the store ready within 4 minutes (see %s)", log).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** SIGKILL for WildFly's JVM and the script that started it. */
    private void kill() {
        var processes = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
        server = null;
    }
}
