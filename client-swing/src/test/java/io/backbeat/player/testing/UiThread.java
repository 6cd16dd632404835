package io.backbeat.player.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for the event thread in controller tests: one thread, read from and polled with a deadline. */
public final class UiThread implements Executor, AutoCloseable {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicInteger handedOver = new AtomicInteger();

    @Override
    public void execute(Runnable action) {
        handedOver.incrementAndGet();
        thread.execute(action);
    }

    /** How many actions other threads have handed to this one. */
    public int handedOver() {
        return handedOver.get();
    }

    public void run(Runnable action) throws Exception {
        read(() -> {
            action.run();
            return null;
        });
    }

    public <T> T read(Callable<T> read) throws Exception {
        return thread.submit(read).get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on this thread until it holds; fails naming {@code what} at the deadline. */
    public void awaitUntil(String what, Callable<Boolean> condition) throws Exception {
        awaitUntil(what, DEADLINE, condition);
    }

    /** As {@link #awaitUntil(String, Callable)}, for work that takes a real server longer. */
    public void awaitUntil(String what, Duration patience, Callable<Boolean> condition) throws Exception {
        var deadline = System.nanoTime() + patience.toNanos();
        while (!read(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s in vain for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
