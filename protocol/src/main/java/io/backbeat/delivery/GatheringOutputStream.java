package io.backbeat.delivery;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Gathers what is written into whole buffers and hands each over as it fills, for bytes that go to another thread:
 * the writer copies into a buffer from {@link Buffers}, and the other thread gets it through {@link Sink}, so a
 * buffer changes hands instead of every write. {@link #pass} hands over a part-filled one. One thread writes.
 */
public class GatheringOutputStream extends OutputStream {

    /** Where empty buffers come from; may wait for one to come back. */
    public interface Buffers {
        byte[] next() throws IOException;
    }

    /** Takes a buffer holding {@code length} bytes; the buffer is no longer the stream's. */
    public interface Sink {
        void accept(byte[] buffer, int length) throws IOException;
    }

    private final Buffers buffers;
    private final Sink sink;
    private byte[] buffer;
    private int length;

    public GatheringOutputStream(Buffers buffers, Sink sink) {
        this.buffers = buffers;
        this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        while (count > 0) {
            if (buffer == null) {
                buffer = buffers.next();
                length = 0;
            }
            int part = Math.min(count, buffer.length - length);
            System.arraycopy(bytes, offset, buffer, length, part);
            length += part;
            offset += part;
            count -= part;
            if (length == buffer.length) {
                pass();
            }
        }
    }

    /** Hands over the buffer being filled, if it holds anything. */
    public void pass() throws IOException {
        if (buffer != null && length > 0) {
            byte[] full = buffer;
            buffer = null;
            sink.accept(full, length);
        }
    }

    /** Hands over what is left. */
    @Override
    public void close() throws IOException {
        pass();
    }
}
