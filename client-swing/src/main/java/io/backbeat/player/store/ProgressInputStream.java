package io.backbeat.player.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Counts what is read, for a progress bar, and gives up at the next read once cancelled. (The JDK's HTTP body stream
 * swallows interrupts, so interrupting the reading thread alone does not stop a download.)
 */
public final class ProgressInputStream extends FilterInputStream {

    /** Told how many bytes have arrived of {@code total} (-1 when unknown). */
    @FunctionalInterface
    public interface Listener {
        void arrived(long done, long total);
    }

    private static final long REPORT_EVERY = 64 * 1024;

    private final long total;
    private final Listener listener;
    private long done;
    private long reported;
    private volatile boolean cancelled;

    public ProgressInputStream(InputStream in, long total, Listener listener) {
        super(in);
        this.total = total;
        this.listener = listener;
    }

    /** Makes the next read fail, and closes the source so that a read waiting on the network ends too. */
    public void cancel() {
        cancelled = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // Closing only hurries the end along; the next read fails either way.
        }
    }

    @Override
    public int read() throws IOException {
        var b = new byte[1];
        return read(b, 0, 1) == -1 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("The download was cancelled");
        }
        var count = super.read(buffer, offset, length);
        if (count > 0) {
            done += count;
            if (done - reported >= REPORT_EVERY || done == total) {
                reported = done;
                listener.arrived(done, total);
            }
        } else if (count == -1 && reported != done) {
            reported = done;
            listener.arrived(done, total);
        }
        return count;
    }
}
