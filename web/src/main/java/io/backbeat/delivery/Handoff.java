package io.backbeat.delivery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Bytes passed from one thread to another through a few fixed buffers: the producer writes to {@link #input()}, the
 * consumer copies them to its stream with {@link #drainTo}. A producer that gets ahead waits for a buffer to come
 * back; a consumer whose stream fails stops the producer at its next buffer. At most {@code buffers} ×
 * {@code size} bytes are held.
 */
final class Handoff {

    private static final long PATIENCE_MILLIS = 100;
    private static final Part END = new Part(new byte[0], 0, null);

    /** A filled buffer, the end, or the producer's failure. */
    private record Part(byte[] bytes, int length, IOException failure) {
    }

    private final int size;
    private final int buffers;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Part> filled;
    private int allocated;
    private volatile boolean abandoned;

    /** Nothing is allocated until the producer writes. */
    Handoff(int size, int buffers) {
        this.size = size;
        this.buffers = buffers;
        free = new ArrayBlockingQueue<>(buffers);
        filled = new ArrayBlockingQueue<>(buffers + 1);
    }

    /** The producer's side; closing it ends the bytes. One thread writes to it. */
    OutputStream input() {
        return new GatheringOutputStream(this::nextBuffer, (buffer, length) -> pass(new Part(buffer, length, null))) {
            @Override
            public void close() throws IOException {
                super.close();
                Handoff.this.pass(END);
            }
        };
    }

    /** Tells the consumer the producer failed: {@link #drainTo} throws {@code failure}. */
    void fail(IOException failure) {
        filled.offer(new Part(null, 0, failure));
    }

    /** Copies every byte produced to {@code out} until the producer closes its side; stops the producer on failure. */
    void drainTo(OutputStream out) throws IOException {
        try {
            while (true) {
                Part part = filled.take();
                if (part == END) {
                    return;
                }
                if (part.failure() != null) {
                    throw part.failure();
                }
                out.write(part.bytes(), 0, part.length());
                free.add(part.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            throw new InterruptedIOException("Interrupted while sending");
        } catch (IOException | RuntimeException e) {
            abandoned = true;
            throw e;
        }
    }

    /** A buffer the consumer gave back, a new one while fewer than {@code buffers} exist, or else the next given back. */
    private byte[] nextBuffer() throws IOException {
        byte[] returned = free.poll();
        if (returned != null) {
            return returned;
        }
        if (allocated < buffers) {
            allocated++;
            return new byte[size];
        }
        return take(free);
    }

    private <T> T take(BlockingQueue<T> queue) throws IOException {
        try {
            while (true) {
                T taken = queue.poll(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
                if (taken != null) {
                    return taken;
                }
                checkWanted();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while producing");
        }
    }

    private void pass(Part part) throws IOException {
        try {
            while (!filled.offer(part, PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                checkWanted();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while producing");
        }
        checkWanted();
    }

    private void checkWanted() throws IOException {
        if (abandoned) {
            throw new IOException("The consumer stopped reading");
        }
    }
}
