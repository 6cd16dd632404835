package io.backbeat.player.model;

import io.backbeat.catalog.WorkSummary;
import java.util.Optional;

/** The now-playing bar's state: which work, whether it sounds, and how far it has got. */
public final class NowPlaying {

    public enum State { NOTHING, LOADING, PLAYING, PAUSED, STOPPED, FINISHED }

    private final ChangeListeners listeners = new ChangeListeners();
    private WorkSummary work;
    private State state = State.NOTHING;
    private long positionMillis;
    private long durationMillis;
    private boolean silent;

    public void loading(WorkSummary work) {
        this.work = work;
        state = State.LOADING;
        positionMillis = 0;
        durationMillis = work.durationSeconds() * 1000L;
        listeners.fire();
    }

    /**
     * The preview has started.
     *
     * @param durationMillis the preview's own length, which may be shorter than the work's
     * @param silent         true when there is no audio device and the player only pretends to play
     */
    public void playing(long durationMillis, boolean silent) {
        this.durationMillis = durationMillis;
        this.silent = silent;
        state = State.PLAYING;
        listeners.fire();
    }

    public void paused() {
        moveTo(State.PAUSED);
    }

    public void resumed() {
        moveTo(State.PLAYING);
    }

    public void stopped() {
        positionMillis = 0;
        moveTo(State.STOPPED);
    }

    public void finished() {
        positionMillis = durationMillis;
        moveTo(State.FINISHED);
    }

    public void position(long millis) {
        if (millis != positionMillis) {
            positionMillis = millis;
            listeners.fire();
        }
    }

    public Optional<WorkSummary> work() {
        return Optional.ofNullable(work);
    }

    public State state() {
        return state;
    }

    public long positionMillis() {
        return positionMillis;
    }

    public long remainingMillis() {
        return Math.max(0, durationMillis - positionMillis);
    }

    public long durationMillis() {
        return durationMillis;
    }

    public boolean silent() {
        return silent;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void moveTo(State next) {
        state = next;
        listeners.fire();
    }
}
