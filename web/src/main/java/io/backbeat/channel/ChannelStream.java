package io.backbeat.channel;

import io.backbeat.delivery.ActiveStreams;
import io.backbeat.delivery.AsyncWriter;
import jakarta.servlet.AsyncContext;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * One listener of a station, holding no thread: its own place in the shared {@link StreamBuffer}, and for an ICY
 * client its own count of audio bytes to the next metadata block. {@link #pump} writes whatever is due while the
 * connection takes it. The container calls it when a full connection drains ({@link #onWritePossible}); the
 * broadcaster calls it after each tick, for listeners that had caught up. One pump at a time per listener.
 */
final class ChannelStream extends AsyncWriter {

    private static final Logger LOG = Logger.getLogger(ChannelStream.class.getName());

    private final Broadcaster broadcaster;
    private final StreamBuffer buffer;
    private final int metaint;

    private long seq;
    private StreamBuffer.Chunk chunk;
    private int offset;
    private int untilMetadata;
    private NowPlaying announced;
    private boolean writable;
    /** When the connection last refused more while audio was waiting (0: it has not since it last took some). */
    private volatile long stalledSince;

    /** {@code metaint} 0 for plain MP3, else the audio bytes between ICY metadata blocks. */
    ChannelStream(AsyncContext async, Broadcaster broadcaster, int metaint, ActiveStreams.Stream counted)
            throws IOException {
        super(async, counted, "channel");
        this.broadcaster = broadcaster;
        this.buffer = broadcaster.buffer();
        this.metaint = metaint;
        this.untilMetadata = metaint;
        this.seq = buffer.startFor(broadcaster.burstNanos());
    }

    @Override
    public void onWritePossible() {
        synchronized (this) {
            writable = true;
            stalledSince = 0;
        }
        pump();
    }

    /** Writes what is due until the connection is full or the listener has caught up with the stream. */
    synchronized void pump() {
        if (!writable || isReleased()) {
            return;
        }
        try {
            while (out.isReady()) {
                if ((chunk == null || offset == chunk.bytes().length) && !advance()) {
                    return; // caught up: the broadcaster's next tick pumps again
                }
                if (metaint > 0 && untilMetadata == 0) {
                    NowPlaying playing = chunk.playing();
                    out.write(playing == announced ? IcyMetadata.UNCHANGED : playing.icy());
                    announced = playing;
                    untilMetadata = metaint;
                    continue;
                }
                int count = chunk.bytes().length - offset;
                if (metaint > 0) {
                    count = Math.min(count, untilMetadata);
                    untilMetadata -= count;
                }
                out.write(chunk.bytes(), offset, count);
                offset += count;
            }
            if (stalledSince == 0) {
                stalledSince = System.nanoTime();
            }
        } catch (IOException | IllegalStateException gone) {
            LOG.fine(() -> "A channel listener went away: " + gone);
            end();
        }
    }

    /**
     * Moves on to the next chunk, if it is there. A listener that fell so far behind that its next chunk has left
     * the buffer rejoins near the live end, with a burst, at a chunk's (so a frame's) start: it skips, the others
     * never wait for it.
     */
    private boolean advance() {
        long wanted = chunk == null ? seq : chunk.seq() + 1;
        if (wanted < buffer.oldest()) {
            wanted = buffer.startFor(broadcaster.burstNanos());
        }
        StreamBuffer.Chunk following = buffer.get(wanted);
        if (following == null) {
            return false;
        }
        chunk = following;
        offset = 0;
        return true;
    }

    /** How long the connection has taken nothing while audio waited for it. */
    long stalledFor(long now) {
        long since = stalledSince;
        return since == 0 ? 0 : now - since;
    }

    /** The broadcaster forgets a listener that has ended. */
    @Override
    protected void released() {
        broadcaster.remove(this);
    }
}
