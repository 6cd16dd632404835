package io.backbeat.player.viewcontroller;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.player.testing.UiThread;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    private final UiThread ui = new UiThread();
    private final TaskRunner tasks = new TaskRunner(ui);
    private final AtomicReference<String> reported = new AtomicReference<>("nothing");

    @AfterEach
    void stop() {
        tasks.close();
        ui.close();
    }

    @Test
    void workRunsOffTheUiThreadAndReportsOnIt() throws Exception {
        var uiThreadName = ui.read(() -> Thread.currentThread().getName());
        var workThreadName = new AtomicReference<String>();

        ui.run(() -> tasks.run(() -> {
            workThreadName.set(Thread.currentThread().getName());
            return "done";
        }, result -> reported.set(result + " on " + Thread.currentThread().getName()), this::failed));

        ui.awaitUntil("the report", () -> !reported.get().equals("nothing"));
        assertThat(reported.get()).isEqualTo("done on " + uiThreadName);
        assertThat(workThreadName.get()).startsWith("backbeat-task-");
    }

    @Test
    void failuresAreReportedOnTheUiThread() throws Exception {
        ui.run(() -> tasks.run(() -> {
            throw new IllegalStateException("broken");
        }, result -> reported.set("success?"), this::failed));

        ui.awaitUntil("the report", () -> !reported.get().equals("nothing"));
        assertThat(reported.get()).isEqualTo("failed: broken");
    }

    @Test
    void aTaskCancelledOnTheUiThreadNeverReportsBackEvenIfItsWorkFinishes() throws Exception {
        var workStarted = new CountDownLatch(1);
        var workMayFinish = new CountDownLatch(1);
        var task = ui.read(() -> tasks.run(() -> {
            workStarted.countDown();
            awaitIgnoringInterrupts(workMayFinish);
            return "late";
        }, result -> reported.set(result), this::failed));
        assertThat(workStarted.await(10, TimeUnit.SECONDS)).as("work started").isTrue();

        ui.run(task::cancel);
        workMayFinish.countDown();

        // The finished work hands its report to the UI thread; anything read after that runs after the report.
        ui.awaitUntil("the work handing over its report", () -> ui.handedOver() == 1);
        assertThat(ui.read(reported::get)).isEqualTo("nothing");
    }

    private void failed(Exception failure) {
        reported.set("failed: " + failure.getMessage());
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException cancelled) {
                // This work, like a blocking call that ignores interrupts, carries on regardless.
            }
        }
    }
}
