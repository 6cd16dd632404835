package io.backbeat.player.viewcontroller.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.backbeat.business.Heartbeat;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.keys.PlayerKeys;
import io.backbeat.player.audio.CapturingLine;
import io.backbeat.player.model.venue.VenueStatus;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreHttp;
import io.backbeat.player.store.venue.PlayLogFile;
import io.backbeat.player.store.venue.ScheduledWorkCache;
import io.backbeat.player.store.venue.TimelineFile;
import io.backbeat.player.store.venue.ZoneClient;
import io.backbeat.player.testing.FakeZones;
import io.backbeat.player.testing.Mp3Fixtures;
import io.backbeat.player.testing.SimulatedClock;
import io.backbeat.player.testing.UiThread;
import io.backbeat.player.viewcontroller.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The venue player under its manager's remote control, against a fake zone API: it beats with what it plays, applies
 * skip, pause, resume and volume from the answer once each, acknowledges them, and logs what really sounded.
 */
class VenueControllerTest {

    private static final long ZONE = 5;
    private static final char[] PASSPHRASE = "venue controller".toCharArray();
    private static final PGPSecretKeyRing RING = PlayerKeys.generate("Venue controller test", PASSPHRASE, 2048);
    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");
    /** Three 20-second plays back to back from nine, then nothing until half past. */
    private static final List<ZoneTimeline.Play> PLAYS = List.of(
            new ZoneTimeline.Play(41, "Alpha", "Artist", 1, NINE, NINE.plusSeconds(20)),
            new ZoneTimeline.Play(42, "Bravo", "Artist", 1, NINE.plusSeconds(20), NINE.plusSeconds(40)),
            new ZoneTimeline.Play(43, "Charlie", "Artist", 1, NINE.plusSeconds(40), NINE.plusSeconds(60)));

    @TempDir
    Path data;

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final List<CapturingLine> lines = new ArrayList<>();
    private final SimulatedClock clock = new SimulatedClock(NINE.plusSeconds(5));
    private final VenueStatus status = new VenueStatus(ZONE);
    private FakeZones store;
    private PlayLogFile log;
    private VenueController venue;

    @BeforeEach
    void startPlaying() throws Exception {
        store = new FakeZones(ZONE, PlayerKeys.armor(PlayerKeys.publicRing(RING)))
                .playing(new ZoneTimeline(ZONE, "UTC", NINE, NINE.plusSeconds(1800), PLAYS, List.of()));
        byte[] tone = Mp3Fixtures.toneLike(20);
        PLAYS.forEach(play -> store.withWork(play.work(), tone));
        var keys = new PlayerKeyring.Unlocked(RING.getPublicKey(), PlayerKeys.signingKey(RING, PASSPHRASE),
                PlayerKeys.decryptionKey(RING, PASSPHRASE),
                PlayerKeys.readPublic(store.storeKey().getBytes()).getPublicKey());
        log = new PlayLogFile(data, ZONE);
        venue = new VenueController(tasks, new ZoneClient(new StoreHttp(store.address()), ZONE, keys), keys, clock,
                new VenueController.Files(new TimelineFile(data, ZONE), new ScheduledWorkCache(data.resolve("library")),
                        log), CapturingLine.player(lines), status);
        ui.run(venue::start);
        ui.awaitUntil("Alpha sounding", () -> status.nowPlaying().endsWith("Alpha") && heard() == 1);
    }

    @AfterEach
    void stop() {
        venue.close();
        store.close();
        tasks.close();
        ui.close();
    }

    @Test
    void aSkipEndsThePlayWhereItIsBringsTheNextForwardAndLogsBothAsTheySounded() throws Exception {
        clock.advance(Duration.ofSeconds(5));
        long skip = store.command("SKIP", null);
        ui.run(venue::beat);

        ui.awaitUntil("Bravo brought forward", () -> status.nowPlaying().endsWith("Bravo") && heard() == 2);
        ui.awaitUntil("the skip acknowledged", () -> store.pending().isEmpty());
        assertThat(store.heartbeats()).anySatisfy(beat -> {
            assertThat(beat.acknowledged()).containsExactly(skip);
            assertThat(beat.work()).isEqualTo(42L);
        });

        clock.advance(Duration.ofSeconds(15)); // 09:00:25: by the clock Bravo's slot, and Bravo sounds 15 s in
        ui.run(venue::tick);
        assertThat(heard()).as("Bravo goes on, not begun again").isEqualTo(2);
        clock.advance(Duration.ofSeconds(5)); // 09:00:30: Bravo has sounded its 20 s
        ui.run(venue::tick);
        assertThat(ui.<String>read(status::nowPlaying)).isEqualTo("Skipped: waiting for the next play");
        clock.advance(Duration.ofSeconds(10)); // 09:00:40: Charlie, on time
        ui.run(venue::tick);
        ui.awaitUntil("Charlie sounding", () -> status.nowPlaying().endsWith("Charlie") && heard() == 3);

        ui.awaitUntil("two plays logged", () -> log.size() == 2);
        assertThat(log.all()).extracting(SignedPlay::play).extracting(PlayRecord::work, PlayRecord::start,
                PlayRecord::end).containsExactly(
                        tuple(41L, NINE.plusSeconds(5), NINE.plusSeconds(10)),
                        tuple(42L, NINE.plusSeconds(10), NINE.plusSeconds(30)));
        assertThat(status.problem()).isEmpty();
    }

    @Test
    void pauseSilencesVolumeIsSetAndResumeJoinsWhatTheClockPlaysEachAppliedOnce() throws Exception {
        clock.advance(Duration.ofSeconds(3));
        long pause = store.command("PAUSE", null);
        long volume = store.command("VOLUME", 30);
        ui.run(venue::beat);

        ui.awaitUntil("paused, at 30", () -> status.paused() && status.volume() == 30
                && status.nowPlaying().equals("Paused by the manager"));
        ui.awaitUntil("both acknowledged", () -> store.pending().isEmpty());
        assertThat(store.heartbeats()).anySatisfy(beat -> {
            assertThat(beat.acknowledged()).containsExactly(pause, volume);
            assertThat(beat.paused()).isTrue();
            assertThat(beat.volume()).isEqualTo(30);
            assertThat(beat.work()).isNull();
        });
        ui.awaitUntil("the play logged as far as it sounded", () -> log.size() == 1);
        assertThat(log.all().get(0).play().end()).isEqualTo(NINE.plusSeconds(8));

        clock.advance(Duration.ofSeconds(4));
        ui.run(venue::tick);
        ui.run(venue::beat);
        assertThat(heard()).as("silent while paused").isEqualTo(1);
        store.command("RESUME", null);
        ui.run(venue::beat);

        ui.awaitUntil("Alpha again, from where the clock is", () -> !status.paused()
                && status.nowPlaying().endsWith("Alpha") && heard() == 2);
        ui.awaitUntil("the resume acknowledged", () -> store.pending().isEmpty());
        assertThat(store.heartbeats()).last().satisfies(beat -> {
            assertThat(beat.work()).isEqualTo(41L);
            assertThat(beat.positionMs()).isEqualTo(12_000L);
            assertThat(beat.volume()).isEqualTo(30);
        });
        assertThat(store.heartbeats()).filteredOn(beat -> beat.acknowledged().contains(pause))
                .as("a command is named until the store has heard it, then never again").hasSize(1);
    }

    @Test
    void withoutTheStoreABeatIsMissedAndThePlayerGoesOnByTheClock() throws Exception {
        store.close();
        ui.run(venue::beat);
        ui.awaitUntil("offline", () -> !status.online());

        clock.advance(Duration.ofSeconds(15)); // 09:00:20: Bravo
        ui.run(venue::tick);

        ui.awaitUntil("Bravo on time", () -> status.nowPlaying().endsWith("Bravo") && heard() == 2);
        assertThat(status.problem()).isEmpty();
    }

    private int heard() {
        synchronized (lines) {
            return lines.size();
        }
    }
}
