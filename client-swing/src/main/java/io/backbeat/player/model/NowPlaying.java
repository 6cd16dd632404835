package io.backbeat.player.model;

import java.util.Optional;

/**
 * The now-playing bar's state: which song, whether it sounds, how far it has got, and whether the song list it
 * came from has one before or after it.
 */
public final class NowPlaying {

    public enum State { NOTHING, LOADING, PLAYING, PAUSED, STOPPED, FINISHED }

    private final ChangeListeners listeners = new ChangeListeners();
    private Song song;
    private boolean hasPrevious;
    private boolean hasNext;
    private State state = State.NOTHING;
    private long positionMillis;
    private long durationMillis;
    private boolean silent;
    private byte[] cover;

    public void loading(Song song, boolean hasPrevious, boolean hasNext) {
        this.song = song;
        this.cover = null;
        this.hasPrevious = hasPrevious;
        this.hasNext = hasNext;
        state = State.LOADING;
        positionMillis = 0;
        durationMillis = song.durationSeconds() * 1000L;
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

    /** The song's cover art as the store sent it (JPEG or PNG), once it has arrived. */
    public void cover(byte[] picture) {
        this.cover = picture.clone();
        listeners.fire();
    }

    public Optional<byte[]> cover() {
        return Optional.ofNullable(cover).map(byte[]::clone);
    }

    public Optional<Song> song() {
        return Optional.ofNullable(song);
    }

    /** Whether what plays is a store preview (the bar says so: it is not the whole work). */
    public boolean preview() {
        return song instanceof Song.Preview;
    }

    public boolean hasPrevious() {
        return hasPrevious;
    }

    public boolean hasNext() {
        return hasNext;
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
