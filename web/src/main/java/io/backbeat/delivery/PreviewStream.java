package io.backbeat.delivery;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;

/**
 * One preview being sent without a thread of its own: the container calls {@link #onWritePossible} whenever the
 * listener's connection can take more, and this writes until it cannot, then returns. A listener that goes away
 * ends in {@link #onError} or a timeout, which release the stream at once; nothing waits on it.
 */
final class PreviewStream extends AsyncWriter {

    /**
     * Chunks stay at 16 KB until the connection has taken 256 KB without a stall, then double up to 256 KB: a fast
     * reader soon gets big writes, while a listener at real time (which stalls once the socket buffer is full) stays
     * at 16 KB, the most the container copies and holds for it when a write does not fit. Growing sooner had 10,000
     * real-time listeners each holding ~48 KB of copies on the heap at once.
     */
    private static final int FIRST_CHUNK = 16 * 1024;
    private static final int LARGEST_CHUNK = 256 * 1024;
    private static final long FAST_AFTER = 256 * 1024;
    /**
     * Servlet 6.1's write(ByteBuffer), where the container has it (WildFly 38's Undertow does): the mapped bytes go
     * to the socket without passing through an array. On a Servlet 6.0 container, a per-thread array carries them.
     */
    private static final MethodHandle WRITE_BUFFER = bufferWrite();
    private static final ThreadLocal<byte[]> CHUNKS = ThreadLocal.withInitial(() -> new byte[LARGEST_CHUNK]);

    private final ByteBuffer bytes;
    private final Runnable whenAllSent;
    private int chunk = FIRST_CHUNK;
    private long sinceStall;

    private PreviewStream(AsyncContext async, ByteBuffer bytes, Runnable whenAllSent, ActiveStreams.Stream counted)
            throws IOException {
        super(async, counted, "preview");
        this.bytes = bytes;
        this.whenAllSent = whenAllSent;
    }

    /**
     * Starts sending {@code bytes} (position to limit) and returns at once. {@code whenAllSent} runs once the last
     * byte has been handed to the connection. The async timeout bounds a listener that stops reading but stays
     * connected: it may read as slowly as {@code minBytesPerSecond}, after {@code graceMillis}.
     */
    static void start(AsyncContext async, ByteBuffer bytes, long graceMillis, long minBytesPerSecond,
                      Runnable whenAllSent, ActiveStreams.Stream counted) throws IOException {
        async.setTimeout(graceMillis + bytes.remaining() * 1000L / Math.max(1, minBytesPerSecond));
        new PreviewStream(async, bytes, whenAllSent, counted).start();
    }

    @Override
    public void onWritePossible() throws IOException {
        while (out.isReady()) {
            if (!bytes.hasRemaining()) {
                // Only once the connection took the last write: complete() then has nothing left to flush.
                if (release()) {
                    whenAllSent.run();
                    async.complete();
                }
                return;
            }
            int count = Math.min(chunk, bytes.remaining());
            write(bytes.slice(bytes.position(), count));
            bytes.position(bytes.position() + count);
            sinceStall += count;
            if (sinceStall >= FAST_AFTER) {
                chunk = Math.min(LARGEST_CHUNK, chunk * 2);
            }
        }
        chunk = FIRST_CHUNK;
        sinceStall = 0;
    }

    private void write(ByteBuffer part) throws IOException {
        if (WRITE_BUFFER != null) {
            try {
                WRITE_BUFFER.invokeExact(out, part);
                return;
            } catch (IOException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        byte[] array = CHUNKS.get();
        int count = part.remaining();
        part.get(array, 0, count);
        out.write(array, 0, count);
    }

    private static MethodHandle bufferWrite() {
        try {
            return MethodHandles.publicLookup().findVirtual(ServletOutputStream.class, "write",
                    MethodType.methodType(void.class, ByteBuffer.class));
        } catch (NoSuchMethodException | IllegalAccessException servlet60) {
            return null;
        }
    }
}
