package io.backbeat.delivery;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A response written without a thread of its own: the container calls {@link #onWritePossible} whenever the
 * connection can take more. However it ends (all sent, the listener gone, a timeout), it is released exactly once:
 * counted out of {@link ActiveStreams} and told through {@link #released()}.
 */
public abstract class AsyncWriter implements WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(AsyncWriter.class.getName());

    protected final AsyncContext async;
    protected final ServletOutputStream out;
    private final ActiveStreams.Stream counted;
    private final String what;
    private final AtomicBoolean released = new AtomicBoolean();

    /** {@code what} names the listener in the log: "preview", "channel". */
    protected AsyncWriter(AsyncContext async, ActiveStreams.Stream counted, String what) throws IOException {
        this.async = async;
        this.out = async.getResponse().getOutputStream();
        this.counted = counted;
        this.what = what;
    }

    /** Starts writing: the first write waits for the container's first call. */
    public void start() {
        async.addListener(this);
        out.setWriteListener(this);
    }

    /** The listener went away (reset, broken pipe): stop here; the container closes the connection. */
    @Override
    public void onError(Throwable failure) {
        LOG.fine(() -> "A " + what + " listener went away: " + failure);
        end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        LOG.fine(() -> "A " + what + " listener stopped reading; its stream timed out");
        end();
    }

    @Override
    public void onError(AsyncEvent event) {
        end();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
    }

    /** Ends the response, unless it has ended already. */
    public void end() {
        if (release()) {
            try {
                async.complete();
            } catch (IllegalStateException alreadyCompleted) {
                // The container completed it first; the stream is released either way.
            }
        }
    }

    /** True only for the first caller: released exactly once, however it ended. */
    protected final boolean release() {
        if (released.compareAndSet(false, true)) {
            released();
            counted.close();
            return true;
        }
        return false;
    }

    protected final boolean isReleased() {
        return released.get();
    }

    /** Called once, when the stream ends, for what a subclass must let go of. */
    protected void released() {
    }
}
