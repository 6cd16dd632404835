package io.backbeat.delivery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Where a sealed purchase's hashes are computed: the integrity check's SHA-1 over everything encrypted and the store
 * signature's SHA-256 over the content. {@link #inline()} computes them on the sealing thread; {@link #on} on a
 * thread of their own, while the sealing thread encrypts, which is nearly as much work a byte. Bytes written to a
 * {@link #feeding} stream are copied and reach their target in order; {@link #await} returns once every byte
 * written so far has. Close it however the sealing ended: the hashing thread stops.
 */
public final class Hashing implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;
    private static final int BUFFERS = 8;

    /** Bytes for a target, or (target null) a marker the thread counts down when it reaches it, or the end. */
    private record Job(OutputStream target, byte[] bytes, int length, CountDownLatch reached) {
    }

    private static final Job STOP = new Job(null, null, 0, null);

    private final boolean offThread;
    private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(BUFFERS + 2);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final List<GatheringOutputStream> feeders = new ArrayList<>();
    private volatile RuntimeException failure;

    private Hashing(boolean offThread) {
        this.offThread = offThread;
    }

    /** Hashing on the thread that writes. */
    public static Hashing inline() {
        return new Hashing(false);
    }

    /** Hashing on a thread from {@code executor}, or inline when it has none to spare (it refuses the task). */
    public static Hashing on(Executor executor) {
        var hashing = new Hashing(true);
        try {
            executor.execute(hashing::run);
        } catch (RejectedExecutionException noThreadToSpare) {
            return inline();
        }
        for (int i = 0; i < BUFFERS; i++) {
            hashing.free.add(new byte[CHUNK]);
        }
        return hashing;
    }

    /** A stream whose bytes reach {@code target} on the hashing thread. Written to by one thread, the sealing one. */
    OutputStream feeding(OutputStream target) {
        if (!offThread) {
            return target;
        }
        var feeder = new GatheringOutputStream(this::nextBuffer,
                (buffer, length) -> put(new Job(target, buffer, length, null)));
        feeders.add(feeder);
        return feeder;
    }

    /** Returns once every byte written to the feeding streams has reached its target. */
    void await() throws IOException {
        if (!offThread) {
            return;
        }
        for (GatheringOutputStream feeder : feeders) {
            feeder.pass();
        }
        var reached = new CountDownLatch(1);
        put(new Job(null, null, 0, reached));
        try {
            reached.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while hashing");
        }
        if (failure != null) {
            throw new IOException("Hashing failed: " + failure.getMessage(), failure);
        }
    }

    /** Stops the hashing thread once it has done what it was given; nothing waits for it. */
    @Override
    public void close() {
        if (offThread && !jobs.offer(STOP)) {
            // Queue full: the thread is busy with buffers it will finish; hand over the end when there is room.
            try {
                jobs.offer(STOP, 1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (true) {
                Job job = jobs.take();
                if (job == STOP) {
                    return;
                }
                if (job.reached() != null) {
                    job.reached().countDown();
                    continue;
                }
                if (failure == null) {
                    try {
                        job.target().write(job.bytes(), 0, job.length());
                    } catch (IOException | RuntimeException e) {
                        failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                    }
                }
                free.add(job.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] nextBuffer() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while hashing");
        }
    }

    private void put(Job job) throws IOException {
        try {
            jobs.put(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while hashing");
        }
    }
}
