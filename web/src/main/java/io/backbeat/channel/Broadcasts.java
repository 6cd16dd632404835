package io.backbeat.channel;

import io.backbeat.delivery.ActiveStreams;
import io.backbeat.delivery.OpenContent;
import io.backbeat.media.Mp3Frames;
import io.backbeat.platform.StreamEnds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The broadcasters of this server, one per station someone listens to: started by the first listener, stopped
 * once nobody has listened for {@code backbeat.channel.idle-seconds}, so an idle channel costs nothing. Each ticks
 * on the managed scheduler every {@code backbeat.channel.tick-millis}; renditions are prepared on the managed
 * executor, never on a listener's or a tick's thread. A station whose listeners lose the right to hear it (a zone
 * deleted or moved to another player) ends at once, through {@link StreamEnds}; its rightful listeners reconnect and
 * are asked again, as radios do.
 */
@ApplicationScoped
public class Broadcasts {

    private static final Logger LOG = Logger.getLogger(Broadcasts.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @EJB
    Renditions renditions;

    @Inject
    OpenContent content;

    @Inject
    ActiveStreams streams;

    @Inject
    StreamEnds ends;

    @Inject
    @ConfigProperty(name = "backbeat.channel.burst-seconds", defaultValue = "4")
    int burstSeconds;

    @Inject
    @ConfigProperty(name = "backbeat.channel.buffer-seconds", defaultValue = "20")
    int bufferSeconds;

    @Inject
    @ConfigProperty(name = "backbeat.channel.idle-seconds", defaultValue = "30")
    int idleSeconds;

    @Inject
    @ConfigProperty(name = "backbeat.channel.tick-millis", defaultValue = "200")
    int tickMillis;

    private final Map<String, Broadcaster> live = new ConcurrentHashMap<>();
    private final Map<Broadcaster, ScheduledFuture<?>> ticking = new ConcurrentHashMap<>();

    @PostConstruct
    void endWhatLosesItsListeners() {
        ends.serve(this::stop);
    }

    /** The broadcaster of a station, if someone listens to it now. */
    Optional<Broadcaster> live(String key) {
        return Optional.ofNullable(live.get(key));
    }

    /**
     * Adds a listener to the station's stream, starting its broadcaster if it was idle. {@code metaint} 0 is plain
     * MP3; otherwise ICY metadata every {@code metaint} audio bytes.
     */
    void listen(Station station, AsyncContext async, int metaint) throws IOException {
        var counted = streams.open(station.key().substring(0, station.key().indexOf('/')));
        try {
            // Added inside compute, so an idle broadcaster is never stopped between being found and being joined.
            live.compute(station.key(), (key, running) -> {
                Broadcaster broadcaster = running != null ? running : start(station);
                try {
                    var stream = new ChannelStream(async, broadcaster, metaint, counted);
                    broadcaster.add(stream);
                    stream.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return broadcaster;
            });
        } catch (UncheckedIOException e) {
            counted.close();
            throw e.getCause();
        } catch (RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    /** Ends a station's stream and its listeners at once (a channel deleted, a zone's player changed). */
    void stop(String key) {
        Broadcaster broadcaster = live.remove(key);
        if (broadcaster != null) {
            halt(broadcaster);
            broadcaster.stop();
        }
    }

    private Broadcaster start(Station station) {
        TrackSource source = station.source().get();
        int chunks = (int) (bufferSeconds * 1000L / tickMillis) + 2;
        var broadcaster = new Broadcaster(station, new StreamBuffer(chunks),
                at -> CompletableFuture.supplyAsync(() -> prepare(source, at), workers),
                TimeUnit.SECONDS.toNanos(burstSeconds));
        ticking.put(broadcaster, scheduler.scheduleWithFixedDelay(() -> tick(broadcaster), 0, tickMillis,
                TimeUnit.MILLISECONDS));
        LOG.info(() -> "Broadcasting " + station.key());
        return broadcaster;
    }

    private Optional<Broadcaster.Track> prepare(TrackSource source, Instant at) {
        try {
            Optional<TrackSource.Cue> cue = source.next(at);
            if (cue.isEmpty()) {
                return Optional.empty();
            }
            Optional<Renditions.Track> track = renditions.prepare(cue.get().work());
            if (track.isEmpty()) {
                return Optional.empty();
            }
            ByteBuffer frames = content.bytes(track.get().rendition());
            skip(frames, cue.get().from().toNanos());
            if (cue.get().length() != null) {
                int start = frames.position();
                skip(frames, cue.get().length().toNanos());
                frames.limit(frames.position()).position(start);
            }
            return Optional.of(new Broadcaster.Track(frames, NowPlaying.of(track.get().artist(),
                    track.get().title())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moves past the frames that play within {@code nanos}, to a frame boundary: where a zone's track joined part
     * way through starts, or where one its timeline cuts short ends.
     */
    private static void skip(ByteBuffer frames, long nanos) {
        long skipped = 0;
        while (skipped < nanos) {
            int at = Mp3Frames.nextAudioFrame(frames, frames.position());
            if (at < 0) {
                return;
            }
            var header = Mp3Frames.header(frames, at);
            frames.position(at + header.length());
            skipped += header.nanos();
        }
    }

    private void tick(Broadcaster broadcaster) {
        try {
            long now = System.nanoTime();
            broadcaster.tick(now);
            if (broadcaster.idleFor(now) > TimeUnit.SECONDS.toNanos(idleSeconds)) {
                live.computeIfPresent(broadcaster.station().key(), (key, running) -> {
                    if (running != broadcaster || running.listeners() > 0) {
                        return running;
                    }
                    LOG.info(() -> "Nobody listens to " + key + ": its broadcaster stopped");
                    return null;
                });
                if (live.get(broadcaster.station().key()) != broadcaster) {
                    halt(broadcaster); // stopped just now, or never joined (its first listener failed to start)
                }
            }
        } catch (RuntimeException | Error e) {
            // A failed tick must not end the schedule: the stream carries on at the next one.
            LOG.log(Level.WARNING, broadcaster.station().key() + ": a tick failed", e);
        }
    }

    private void halt(Broadcaster broadcaster) {
        ScheduledFuture<?> schedule = ticking.remove(broadcaster);
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    @PreDestroy
    void stopAll() {
        live.keySet().forEach(this::stop);
    }
}
