package io.backbeat.player.viewcontroller;

/** Work handed to a {@link TaskRunner}. */
@FunctionalInterface
public interface Task {

    /**
     * Interrupts the work if it is running. Called on the UI thread, it guarantees that none of the task's callbacks
     * run afterwards, even if the work had already finished.
     */
    void cancel();
}
