package io.backbeat.player.viewcontroller.venue;

import io.backbeat.business.Heartbeat;
import io.backbeat.business.HeartbeatReply;
import io.backbeat.business.PlayBatch;
import io.backbeat.business.PlayReceipt;
import io.backbeat.business.PlayRecord;
import io.backbeat.business.SignedPlay;
import io.backbeat.business.ZoneCommandView;
import io.backbeat.business.ZoneTimeline;
import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.Mp3Decoder;
import io.backbeat.player.model.venue.VenueSchedule;
import io.backbeat.player.model.venue.VenueStatus;
import io.backbeat.player.store.PlayLogGapException;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreUnreachableException;
import io.backbeat.player.store.venue.PlayLogFile;
import io.backbeat.player.store.venue.ScheduledWorkCache;
import io.backbeat.player.store.venue.TimelineFile;
import io.backbeat.player.store.venue.ZoneClient;
import io.backbeat.player.viewcontroller.Task;
import io.backbeat.player.viewcontroller.TaskRunner;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The venue player, unattended: it keeps the coming day of its zone's timeline and the works it plays on disk, plays
 * exactly that timeline by the clock (the play that should sound now, from as far into it as now is), and goes on
 * from its files when the store is unreachable. Each play it ends is logged as a signed, chained record, and the
 * records the store has not confirmed are uploaded whenever it answers. It beats every few seconds (and at once after
 * a change) with what it plays, and applies the manager's commands the answer carries: skip, pause, resume, volume.
 * It calls the store with tickets its own key signs, never with a person's password. State lives on the UI thread;
 * the network, the files and decoding run off it, the play log on one thread of its own so records keep their order.
 */
public final class VenueController implements AutoCloseable {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration REFRESH = Duration.ofMinutes(5);
    // The store counts a zone online for 30 s after a beat: three chances before it shows offline.
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final int BATCH = 500;

    /** The stores this controller keeps its zone in. */
    public record Files(TimelineFile timeline, ScheduledWorkCache works, PlayLogFile log) {
    }

    private final TaskRunner tasks;
    private final ZoneClient zone;
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
    // Plays a skip has dealt with (skipped, or brought forward and sounded): not begun again when the clock reaches them.
    private final Set<ZoneTimeline.Play> done = new HashSet<>();
    private boolean refreshing;
    private boolean beating;
    private boolean beatAgain;
    // Commands applied and not yet named in a heartbeat the store answered: each is applied once, however often sent.
    private final Set<Long> applied = new LinkedHashSet<>();
    private List<Task> repeating = List.of();

    /**
     * The play under way: when this player began it, whether the store answered then, and how far it runs ahead of
     * the timeline (zero unless a skip brought it forward).
     */
    private record Sounding(ZoneTimeline.Play play, Instant began, boolean online, Duration ahead) {

        /** How far into the play the sound is at {@code at}. */
        Duration position(Instant at) {
            return Duration.between(play.start(), at).plus(ahead);
        }

        /** When it stops sounding, if nothing stops it first. */
        Instant ends() {
            return play.end().minus(ahead);
        }
    }

    public VenueController(TaskRunner tasks, ZoneClient zone, PlayerKeyring.Unlocked keys, Clock clock, Files files,
                           AudioPlayer audio, VenueStatus status) {
        this.tasks = tasks;
        this.zone = zone;
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
        repeating = List.of(tasks.repeat(TICK, this::tick), tasks.repeat(REFRESH, this::refresh),
                tasks.repeat(HEARTBEAT, this::beat));
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
            ZoneTimeline timeline = zone.timeline(now, now.plus(AHEAD));
            files.timeline().save(timeline);
            for (long work : new VenueSchedule(timeline).worksFrom(now)) {
                if (!files.works().has(work)) {
                    try (var download = zone.scheduledWork(work).body()) {
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
        var before = sounding;
        follow(clock.instant());
        if (sounding != before) {
            beat();
        }
    }

    private void follow(Instant now) {
        done.removeIf(play -> !play.end().isAfter(now));
        if (status.paused()) {
            stop(now);
            status.nowPlaying("Paused by the manager");
            return;
        }
        Optional<VenueSchedule.Cue> cue = schedule.flatMap(known -> known.at(now));
        Instant followsOn = null;
        // A play brought forward by a skip runs to its own end, whatever the clock's play; any other follows the clock.
        if (sounding != null && (!now.isBefore(sounding.ends()) || sounding.ahead().isZero()
                && (cue.isEmpty() || !cue.get().play().equals(sounding.play())))) {
            if (!sounding.ahead().isZero()) {
                done.add(sounding.play());
            }
            followsOn = sounding.ends();
            stop(now);
        }
        if (sounding == null && cue.isPresent() && !done.contains(cue.get().play())) {
            // A play that follows on from the one just ended plays as scheduled, picked up at its offset; one the
            // player joins midway (starting up, after a failure, on resuming) counts from the moment it joined.
            begin(cue.get().play(), cue.get().play().start().equals(followsOn) ? cue.get().play().start() : now,
                    Duration.ZERO);
        } else if (sounding == null) {
            status.nowPlaying(cue.isPresent() ? "Skipped: waiting for the next play"
                    : schedule.isEmpty() ? "No timeline yet"
                    : schedule.get().covers(now) ? "Silence: nothing scheduled now" : "Silence: the timeline has run out");
        }
    }

    /**
     * Tells the store what plays now, naming the commands applied since it last heard; the answer's commands are
     * applied. An unreachable store just misses a beat. Call on the UI thread.
     */
    public void beat() {
        if (beating) {
            beatAgain = true;
            return;
        }
        beating = true;
        beatAgain = false;
        Instant now = clock.instant();
        var acknowledged = List.copyOf(applied);
        var heartbeat = new Heartbeat(sounding == null ? null : sounding.play().work(),
                sounding == null ? 0L : Math.max(0, sounding.position(now).toMillis()), status.paused(),
                status.volume(), acknowledged);
        tasks.run(() -> zone.heartbeat(heartbeat), reply -> {
            beating = false;
            status.online(true);
            acknowledged.forEach(applied::remove);
            apply(reply);
            if (beatAgain) {
                beat();
            }
        }, failure -> {
            beating = false;
            failed(failure);
        });
    }

    private void apply(HeartbeatReply reply) {
        boolean changed = false;
        for (ZoneCommandView command : reply.commands()) {
            if (applied.add(command.id())) {
                apply(command);
                changed = true;
            }
        }
        if (changed) {
            follow(clock.instant());
            beat();
        }
    }

    private void apply(ZoneCommandView command) {
        switch (command.action().toUpperCase(Locale.ROOT)) {
            case "SKIP" -> skip();
            case "PAUSE" -> status.paused(true);
            case "RESUME" -> status.paused(false);
            case "VOLUME" -> {
                status.volume(command.volume());
                audio.setVolume(command.volume() / 100f);
            }
            default -> status.problem("The manager sent a command this player does not know: " + command.action());
        }
    }

    /**
     * Ends the play under way and brings the timeline's next play forward to sound now, from its start; with no play
     * right after it (dead air, closing time), the rest of the current play is silence.
     */
    private void skip() {
        if (sounding == null) {
            return;
        }
        Instant now = clock.instant();
        var skipped = sounding.play();
        done.add(skipped);
        stop(now);
        schedule.flatMap(known -> known.following(skipped)).filter(next -> next.start().isAfter(now))
                .ifPresent(next -> begin(next, now, Duration.between(now, next.start())));
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
                receipt = zone.uploadPlays(batch);
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

    private void begin(ZoneTimeline.Play play, Instant began, Duration ahead) {
        sounding = new Sounding(play, began, status.online(), ahead);
        status.nowPlaying(play.artist() + " – " + play.title());
        var started = sounding;
        tasks.run(() -> Mp3Decoder.decode(files.works().open(play.work(), keys), "“" + play.title() + "”"),
                pcm -> {
                    if (sounding == started) {
                        audio.playAt(pcm, started.position(clock.instant()).toMillis(), () -> {
                        });
                    }
                }, failure -> {
                    if (sounding == started) {
                        sounding = null;
                    }
                    status.problem("Cannot play “" + play.title() + "”: " + failure.getMessage());
                });
    }

    /** Stops what sounds, if anything, and logs it. */
    private void stop(Instant now) {
        if (sounding != null) {
            end(sounding, now);
            sounding = null;
        }
    }

    /** Stops the play and logs what of it sounded, up to {@code now} or its end, as it really sounded. */
    private void end(Sounding ended, Instant now) {
        audio.stop();
        Instant start = latest(ended.play().start().minus(ended.ahead()), ended.began()).truncatedTo(ChronoUnit.MILLIS);
        Instant end = (now.isBefore(ended.ends()) ? now : ended.ends()).truncatedTo(ChronoUnit.MILLIS);
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
