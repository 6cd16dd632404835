package io.backbeat.player.viewcontroller;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs network and disk work off the UI thread and reports back on it, like Sweet Home 3D's
 * {@code ThreadedTaskController}. The UI thread is an {@link Executor} (the Swing view passes
 * {@code SwingUtilities::invokeLater}), so controllers never name Swing and tests can run callbacks directly.
 */
public final class TaskRunner implements AutoCloseable {

    private static final Task NOTHING = () -> {
    };

    private final Executor uiThread;
    private final ScheduledThreadPoolExecutor workers;

    public TaskRunner(Executor uiThread) {
        this.uiThread = uiThread;
        var count = new AtomicInteger();
        workers = new ScheduledThreadPoolExecutor(3, work -> {
            var thread = new Thread(work, "backbeat-task-" + count.incrementAndGet());
            // Unfinished work must not keep the player alive once its window is gone.
            thread.setDaemon(true);
            return thread;
        });
        workers.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code work} now on a worker, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        return runAfter(Duration.ZERO, work, onSuccess, onFailure);
    }

    /** Like {@link #run}, after {@code delay}: cancelling before then means the work never starts. */
    public <T> Task runAfter(Duration delay, Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        var cancelled = new AtomicBoolean();
        var future = workers.schedule(() -> {
            try {
                var result = work.call();
                onUiThread(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception failure) {
                onUiThread(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(failure);
                    }
                });
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    /** Runs {@code tick} on the UI thread every {@code period} until cancelled. */
    public Task repeat(Duration period, Runnable tick) {
        var cancelled = new AtomicBoolean();
        var future = workers.scheduleAtFixedRate(() -> onUiThread(() -> {
            if (!cancelled.get()) {
                tick.run();
            }
        }), period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    /** Hands {@code action} to the UI thread, for callbacks that arrive on other threads. */
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    /** A task that is already done, so fields holding "the current task" need no null checks. */
    public static Task none() {
        return NOTHING;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
