package io.backbeat.player.viewcontroller.venue;

import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayReceipt;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.Mp3Decoder;
import io.backbeat.player.audio.Pcm;
import io.backbeat.player.model.venue.VenueSchedule;
import io.backbeat.player.model.venue.VenueStatus;
import io.backbeat.player.store.Credentials;
import io.backbeat.player.store.PlayLogGapException;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.StoreUnreachableException;
import io.backbeat.player.store.venue.PlayLogFile;
import io.backbeat.player.store.venue.ScheduledWorkCache;
import io.backbeat.player.store.venue.TimelineFile;
import io.backbeat.player.viewcontroller.Task;
import io.backbeat.player.viewcontroller.TaskRunner;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The venue player, unattended: it keeps the coming day of its zone's timeline and the works it plays on disk, plays
 * exactly that timeline by the clock (the play that should sound now, from as far into it as now is), and goes on
 * from its files when the store is unreachable. Each play it ends is logged as a signed, chained record, and the
 * records the store has not confirmed are uploaded whenever it answers. State lives on the UI thread; the network,
 * the files and decoding run off it, the play log on one thread of its own so records keep their order.
 */
public final class VenueController implements AutoCloseable {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final int BATCH = 500;

    /** The stores this controller keeps its zone in. */
    public record Files(TimelineFile timeline, ScheduledWorkCache works, PlayLogFile log) {
    }

    private final TaskRunner tasks;
    private final StoreClient store;
    private final Credentials manager;
    private final PlayerKeyring.Unlocked keys;
    private final Clock clock;
    private final Files files;
    private final AudioPlayer audio;
    private final VenueStatus status;
    private final ExecutorService logWriter = Executors.newSingleThreadExecutor(work -> {
        var thread = new Thread(work, "backbeat-play-log");
        thread.setDaemon(true);
        return thread;
    });

    private Optional<VenueSchedule> schedule = Optional.empty();
    private Sounding sounding;
    private boolean refreshing;
    private List<Task> repeating = List.of();

    /** The play under way: when this player began it, and whether the store answered then. */
    private record Sounding(ZoneTimeline.Play play, Instant began, boolean online) {
    }

    public VenueController(TaskRunner tasks, StoreClient store, Credentials manager, PlayerKeyring.Unlocked keys,
                           Clock clock, Files files, AudioPlayer audio, VenueStatus status) {
        this.tasks = tasks;
        this.store = store;
        this.manager = manager;
        this.keys = keys;
        this.clock = clock;
        this.files = files;
        this.audio = audio;
        this.status = status;
    }

    /** Plays from the saved timeline at once, then keeps it fresh and keeps time. Call on the UI thread. */
    public void start() {
        tasks.run(files.timeline()::load, saved -> {
            saved.ifPresent(this::use);
            tick();
            refresh();
        }, unreadable -> {
            failed(unreadable);
            refresh();
        });
        repeating = List.of(tasks.repeat(TICK, this::tick), tasks.repeat(REFRESH, this::refresh));
    }

    /**
     * Fetches the coming day's timeline and the works it needs that are not on disk yet, then uploads the play log;
     * an unreachable store leaves the saved timeline playing and the player offline.
     */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        Instant now = clock.instant();
        tasks.run(() -> {
            ZoneTimeline timeline = store.zoneTimeline(status.zone(), now, now.plus(AHEAD),
                    keys.zoneTicket(status.zone()));
            files.timeline().save(timeline);
            for (long work : new VenueSchedule(timeline).worksFrom(now)) {
                if (!files.works().has(work)) {
                    try (var download = store.scheduledWork(status.zone(), work, keys.zoneTicket(status.zone()))
                            .body()) {
                        files.works().store(work, download, keys);
                    }
                }
            }
            return timeline;
        }, timeline -> {
            refreshing = false;
            status.online(true);
            status.problem(null);
            use(timeline);
            upload();
        }, failure -> {
            refreshing = false;
            failed(failure);
        });
    }

    /** Makes what sounds match what the timeline says for this instant. Call on the UI thread. */
    public void tick() {
        Instant now = clock.instant();
        Optional<VenueSchedule.Cue> cue = schedule.flatMap(known -> known.at(now));
        Instant followsOn = null;
        if (sounding != null && (cue.isEmpty() || !cue.get().play().equals(sounding.play()))) {
            end(sounding, now);
            followsOn = sounding.play().end();
            sounding = null;
        }
        if (sounding == null && cue.isPresent()) {
            // A play that follows on from the one just ended plays as scheduled, picked up at its offset; one the
            // player joins midway (starting up, after a failure) counts from the moment it joined.
            begin(cue.get(), cue.get().play().start().equals(followsOn) ? cue.get().play().start() : now);
        } else if (cue.isEmpty()) {
            status.nowPlaying(schedule.isEmpty() ? "No timeline yet"
                    : schedule.get().covers(now) ? "Silence: nothing scheduled now" : "Silence: the timeline has run out");
        }
    }

    /** Sends the records the store has not confirmed. Call on the UI thread. */
    public void upload() {
        logWriter.execute(() -> {
            try {
                uploadPending(true);
                tasks.onUiThread(() -> status.online(true));
            } catch (StoreUnreachableException e) {
                tasks.onUiThread(() -> status.online(false));
            } catch (Exception e) {
                tasks.onUiThread(() -> status.problem("The play log was not accepted: " + e.getMessage()));
            }
            showLog();
        });
    }

    private void uploadPending(boolean mayResume) throws Exception {
        List<SignedPlay> pending = files.log().pending();
        while (!pending.isEmpty()) {
            var batch = new PlayBatch(keys.fingerprint(), pending.subList(0, Math.min(BATCH, pending.size())));
            PlayReceipt receipt;
            try {
                receipt = store.uploadPlays(manager, status.zone(), batch);
            } catch (PlayLogGapException gap) {
                if (!mayResume) {
                    throw gap;
                }
                // The store lost records it had confirmed (or never had them): send again from where it stands.
                files.log().uploadedThrough(gap.expectedSequence() - 1);
                uploadPending(false);
                return;
            }
            files.log().uploadedThrough(receipt.sequence());
            pending = files.log().pending();
        }
    }

    private void begin(VenueSchedule.Cue cue, Instant began) {
        var play = cue.play();
        sounding = new Sounding(play, began, status.online());
        status.nowPlaying(play.artist() + " – " + play.title());
        var started = sounding;
        tasks.run(() -> Mp3Decoder.decode(files.works().open(play.work(), keys), "“" + play.title() + "”"),
                pcm -> {
                    if (sounding == started) {
                        sound(pcm, Duration.between(play.start(), clock.instant()));
                    }
                }, failure -> {
                    if (sounding == started) {
                        sounding = null;
                    }
                    status.problem("Cannot play “" + play.title() + "”: " + failure.getMessage());
                });
    }

    private void sound(Pcm pcm, Duration offset) {
        audio.playAt(pcm, offset.toMillis(), () -> {
        });
    }

    /** Stops the play and logs what of it sounded, up to {@code now} or its scheduled end. */
    private void end(Sounding ended, Instant now) {
        audio.stop();
        Instant start = latest(ended.play().start(), ended.began()).truncatedTo(ChronoUnit.MILLIS);
        Instant end = (now.isBefore(ended.play().end()) ? now : ended.play().end()).truncatedTo(ChronoUnit.MILLIS);
        if (!end.isAfter(start)) {
            return;
        }
        logWriter.execute(() -> {
            try {
                var record = new PlayRecord(status.zone(), ended.play().work(), start, end, ended.online(),
                        files.log().size() + 1, files.log().head(keys.fingerprint()));
                files.log().append(SignedPlay.sign(record, keys.publicKey(), keys.signingKey()));
            } catch (IOException e) {
                tasks.onUiThread(() -> status.problem("The play log cannot be written: " + e.getMessage()));
            }
            showLog();
        });
    }

    private void showLog() {
        try {
            long logged = files.log().size();
            long uploaded = files.log().uploadedThrough();
            tasks.onUiThread(() -> status.playLog(logged, uploaded));
        } catch (IOException e) {
            tasks.onUiThread(() -> status.problem("The play log cannot be read: " + e.getMessage()));
        }
    }

    private void use(ZoneTimeline timeline) {
        var known = new VenueSchedule(timeline);
        schedule = Optional.of(known);
        var needed = known.worksFrom(clock.instant());
        status.cache((int) needed.stream().filter(files.works()::has).count(), needed.size(), timeline.to());
    }

    private void failed(Exception failure) {
        if (failure instanceof StoreUnreachableException) {
            status.online(false);
        } else {
            status.problem(failure.getMessage());
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Stops playing and keeping time; the log thread finishes what it was given. */
    @Override
    public void close() {
        repeating.forEach(Task::cancel);
        audio.stop();
        logWriter.shutdown();
    }
}
