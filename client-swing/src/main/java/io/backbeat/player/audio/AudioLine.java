package io.backbeat.player.audio;

/**
 * Where decoded sound goes: the speakers, silence that keeps time, or (in tests) a buffer. Writes block for as long
 * as the line needs to keep up with real time, which is what paces playback.
 */
public interface AudioLine extends AutoCloseable {

    /** Hands over PCM; returns how many bytes were taken, fewer than asked only when paused or closed. */
    int write(byte[] pcm, int offset, int length);

    /** Blocks until everything written has been heard. */
    void drain();

    void pause();

    void resume();

    /** How many frames the listener has heard so far. */
    long playedFrames();

    /** Loudness from 0 (silent) to 1 (full). */
    void setVolume(float volume);

    /** False when nothing can be heard because there is no audio device. */
    boolean audible();

    /** Stops at once, dropping whatever was not heard yet. */
    @Override
    void close();
}
