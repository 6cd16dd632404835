package io.backbeat.channel;

import io.backbeat.media.Mp3Frames;
import io.backbeat.media.Transcoder;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One station's stream, encoded once for all its listeners. A tick (every few hundred milliseconds, never two at
 * once) moves the stream's clock to the wall clock: it takes the frames of the playing rendition that are now due,
 * by each frame's duration (26.122 ms for 1,152 samples at 44.1 kHz), appends them to the shared
 * {@link StreamBuffer} and wakes the listeners. The next track is cued and its rendition prepared while the current
 * one plays; if it is not ready in time, or there is nothing to play, the stream carries silence rather than
 * stopping. It starts {@code burst} ahead of the wall clock, so its first listener gets a burst too.
 */
final class Broadcaster {

    private static final Logger LOG = Logger.getLogger(Broadcaster.class.getName());
    /** ~209 ms of audio: the granularity of a listener's start and of a skip forward. */
    static final int FRAMES_PER_CHUNK = 8;
    /** After a stall of the ticks (a long GC pause), the stream's clock moves on rather than flood everyone. */
    private static final long MAX_CATCH_UP_NANOS = 2_000_000_000L;
    /** How soon to ask the source again after it had nothing, or its track could not be prepared. */
    private static final long RETRY_NANOS = 2_000_000_000L;
    /** A listener whose connection took nothing for this long, with audio waiting, is let go. */
    private static final long STALL_NANOS = 60_000_000_000L;
    private static final int LARGEST_FRAME = 1441; // MPEG-1 layer III at 320 kb/s and 32 kHz, padded
    /** One frame in the broadcast format that decodes to silence: a header and all-zero side info and data. */
    static final byte[] SILENCE = silence();
    private static final Mp3Frames.Header FORMAT = Mp3Frames.header(ByteBuffer.wrap(SILENCE), 0);

    /** A prepared track: its rendition's frames (position at the cue's start) and what to announce. */
    record Track(ByteBuffer frames, NowPlaying playing) {
    }

    private final Station station;
    private final StreamBuffer buffer;
    private final Function<Instant, CompletableFuture<Optional<Track>>> cue;
    private final long burstNanos;
    private final Set<ChannelStream> listeners = ConcurrentHashMap.newKeySet();
    private volatile long emptySince = System.nanoTime();

    private Track current;
    private CompletableFuture<Optional<Track>> next;
    private long nextAskAt;
    private long origin = Long.MIN_VALUE;
    private long produced;
    private final byte[] pending = new byte[FRAMES_PER_CHUNK * LARGEST_FRAME];
    private int pendingBytes;
    private int pendingFrames;
    private long pendingNanos;
    private NowPlaying pendingPlaying;

    /** {@code cue} asks the station's source what plays from an instant and prepares it, off the tick's thread. */
    Broadcaster(Station station, StreamBuffer buffer, Function<Instant, CompletableFuture<Optional<Track>>> cue,
                long burstNanos) {
        this.station = station;
        this.buffer = buffer;
        this.cue = cue;
        this.burstNanos = burstNanos;
        this.next = cue.apply(Instant.now());
    }

    Station station() {
        return station;
    }

    StreamBuffer buffer() {
        return buffer;
    }

    long burstNanos() {
        return burstNanos;
    }

    void add(ChannelStream listener) {
        listeners.add(listener);
    }

    void remove(ChannelStream listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            emptySince = System.nanoTime();
        }
    }

    int listeners() {
        return listeners.size();
    }

    /** How long nobody has listened, in nanoseconds; 0 while someone does. */
    long idleFor(long now) {
        return listeners.isEmpty() ? now - emptySince : 0;
    }

    /** What the stream is sending now, or null before its first track and between tracks. */
    String nowPlaying() {
        StreamBuffer.Chunk latest = buffer.latest();
        return latest == null ? null : latest.playing().text();
    }

    /** Brings the stream up to the wall clock and wakes the listeners; lets go of those that stopped reading. */
    void tick(long now) {
        if (origin == Long.MIN_VALUE) {
            if (!next.isDone()) {
                return; // the first track is being prepared: its listeners wait for it
            }
            origin = now - burstNanos;
        }
        long due = now - origin;
        if (due - produced > MAX_CATCH_UP_NANOS) {
            origin += due - produced - MAX_CATCH_UP_NANOS;
            due = now - origin;
        }
        while (produced < due) {
            produced += frame(now);
        }
        flush();
        for (ChannelStream listener : listeners) {
            if (listener.stalledFor(now) > STALL_NANOS) {
                listener.end();
            } else {
                listener.pump();
            }
        }
    }

    /** Ends every listener: the station is gone. */
    void stop() {
        listeners.forEach(ChannelStream::end);
    }

    /** Appends the next frame (of the current track, else silence) and returns its duration. */
    private long frame(long now) {
        if (current != null) {
            ByteBuffer frames = current.frames();
            int at = Mp3Frames.nextAudioFrame(frames, frames.position());
            Mp3Frames.Header header = at < 0 ? null : Mp3Frames.header(frames, at);
            if (header != null && header.sameFormat(FORMAT)) {
                append(frames, at, header, current.playing());
                frames.position(at + header.length());
                return header.nanos();
            }
            if (header != null) {
                frames.position(at + header.length()); // not the broadcast format: never in a rendition, skipped
                return 0;
            }
            current = null;
        }
        if (next != null && next.isDone()) {
            Optional<Track> track = take(next);
            next = null;
            if (track.isPresent()) {
                current = track.get();
                next = cue.apply(Instant.now().plusNanos(remainingNanos(current.frames())));
                return 0;
            }
            nextAskAt = now + RETRY_NANOS;
        }
        if (next == null && now >= nextAskAt) {
            next = cue.apply(Instant.now());
        }
        append(ByteBuffer.wrap(SILENCE), 0, FORMAT, NowPlaying.NOTHING);
        return FORMAT.nanos();
    }

    private Optional<Track> take(CompletableFuture<Optional<Track>> prepared) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            LOG.warning(() -> station.key() + ": the next track could not be prepared: " + e.getCause());
            return Optional.empty();
        }
    }

    private void append(ByteBuffer frames, int at, Mp3Frames.Header header, NowPlaying playing) {
        if (pendingFrames == FRAMES_PER_CHUNK || pendingPlaying != null && pendingPlaying != playing) {
            flush();
        }
        frames.get(at, pending, pendingBytes, header.length());
        pendingBytes += header.length();
        pendingFrames++;
        pendingNanos += header.nanos();
        pendingPlaying = playing;
    }

    private void flush() {
        if (pendingFrames > 0) {
            buffer.append(java.util.Arrays.copyOf(pending, pendingBytes), pendingNanos, pendingPlaying);
            pendingBytes = 0;
            pendingFrames = 0;
            pendingNanos = 0;
            pendingPlaying = null;
        }
    }

    private static long remainingNanos(ByteBuffer frames) {
        return frames.remaining() * 8L * 1_000_000_000L / (Transcoder.BROADCAST_KBPS * 1000L);
    }

    private static byte[] silence() {
        // MPEG-1 layer III, 128 kb/s, 44.1 kHz, joint stereo, no CRC, no padding: 417 bytes.
        byte[] frame = new byte[417];
        frame[0] = (byte) 0xff;
        frame[1] = (byte) 0xfb;
        frame[2] = (byte) 0x90;
        frame[3] = (byte) 0x44;
        return frame;
    }
}
