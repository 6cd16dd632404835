package io.backbeat.delivery;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSinkChannel;

/**
 * One preview being sent without a thread of its own, from the file straight to the socket: the headers go out
 * with the first part, written from the shared mapping; the rest is handed to the kernel ({@code sendfile} on
 * plain HTTP; through TLS, a copy in the JVM), so those bytes never pass through a Java buffer. The connection's
 * I/O thread calls {@link #handleEvent} whenever the socket can take more, and this sends until it cannot, then
 * returns. A listener that goes away, or stops reading for longer than its timeout, is cut off at once.
 * <p>
 * This works on Undertow's own response channel, not a servlet stream: the servlet API cannot send a file without
 * copying it through the JVM (and Undertow's {@code transferFrom} on its servlet stream blocks a thread, or fails
 * on its first non-blocking call), and {@link Previews} runs ahead of the servlets anyway.
 */
final class PreviewStream implements ChannelListener<StreamSinkChannel> {

    private static final Logger LOG = Logger.getLogger(PreviewStream.class.getName());
    /** Written from the mapping along with the headers, in one system call, before the file takes over. */
    private static final int FIRST_PART = 16 * 1024;

    private final HttpServerExchange exchange;
    private final ByteBuffer firstPart;
    private final FileChannel file;
    private final long end;
    private final long timeoutMillis;
    private final Runnable whenAllSent;
    private final ActiveStreams.Stream counted;
    private final AtomicBoolean ended = new AtomicBoolean();
    private long position;
    /** Armed when the socket first fills: a response the socket takes at once costs no timer. */
    private volatile XnioExecutor.Key timeout;

    private PreviewStream(HttpServerExchange exchange, OpenContent.Blob blob, long first, long count,
                          long timeoutMillis, Runnable whenAllSent, ActiveStreams.Stream counted) {
        this.exchange = exchange;
        int firstCount = (int) Math.min(count, FIRST_PART);
        this.firstPart = blob.mapping().slice((int) first, firstCount);
        this.file = blob.file();
        this.position = first + firstCount;
        this.end = first + count;
        this.timeoutMillis = timeoutMillis;
        this.whenAllSent = whenAllSent;
        this.counted = counted;
    }

    /**
     * Sends {@code count} bytes of {@code blob} from {@code first}, with the headers already set on the exchange,
     * once the handler calling this has returned; returns at once.
     * {@code whenAllSent} runs once the last byte has been handed to the connection. A listener that stops reading
     * but stays connected is cut off {@code timeoutMillis} after its socket first filled.
     */
    static void start(HttpServerExchange exchange, OpenContent.Blob blob, long first, long count, long timeoutMillis,
                      Runnable whenAllSent, ActiveStreams.Stream counted) {
        var stream = new PreviewStream(exchange, blob, first, count, timeoutMillis, whenAllSent, counted);
        exchange.dispatch(SameThreadExecutor.INSTANCE, stream::begin);
    }

    private void begin() {
        StreamSinkChannel channel = exchange.getResponseChannel();
        channel.getWriteSetter().set(this);
        handleEvent(channel);
    }

    @Override
    public void handleEvent(StreamSinkChannel channel) {
        try {
            while (firstPart.hasRemaining()) {
                if (channel.write(firstPart) == 0) {
                    waitForRoom(channel);
                    return;
                }
            }
            // The headers are out with the first part: only now may the file go, since Undertow's transferFrom,
            // while it still holds headers, reads the file at the channel's own position, which a shared file
            // does not have.
            while (position < end) {
                long sent = channel.transferFrom(file, position, end - position);
                if (sent == 0) {
                    waitForRoom(channel);
                    return;
                }
                position += sent;
            }
            channel.suspendWrites();
            if (end()) {
                whenAllSent.run();
                exchange.endExchange();
            }
        } catch (IOException | RuntimeException gone) {
            LOG.fine(() -> "A preview listener went away: " + gone);
            cutOff();
        }
    }

    /** The socket is full: the I/O thread calls again once it drains, unless the listener times out first. */
    private void waitForRoom(StreamSinkChannel channel) {
        if (timeout == null) {
            timeout = exchange.getIoThread().executeAfter(this::timedOut, timeoutMillis, TimeUnit.MILLISECONDS);
        }
        channel.resumeWrites();
    }

    private void timedOut() {
        LOG.fine("A preview listener stopped reading; its stream timed out");
        cutOff();
    }

    /** The response is not whole: the connection closes (on HTTP/2, only this stream is reset). */
    private void cutOff() {
        if (end()) {
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    /** True only for the first caller: counted out exactly once, however it ended. */
    private boolean end() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        XnioExecutor.Key armed = timeout;
        if (armed != null) {
            armed.remove();
        }
        counted.close();
        return true;
    }
}
