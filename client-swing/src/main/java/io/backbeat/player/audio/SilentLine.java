package io.backbeat.player.audio;

import javax.sound.sampled.AudioFormat;

/**
 * A line for machines without an audio device: nothing is heard, but time passes as if it were, so position,
 * pause and the end of the preview behave exactly as with speakers.
 */
final class SilentLine implements AudioLine {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AudioFormat format;
    private long framesWritten;
    private long nanosHeardBeforePause;
    private long resumedAt = System.nanoTime();
    private boolean paused;
    private boolean closed;

    SilentLine(AudioFormat format) {
        this.format = format;
    }

    @Override
    public synchronized int write(byte[] pcm, int offset, int length) {
        if (closed || paused) {
            return 0;
        }
        var frames = length / format.getFrameSize();
        framesWritten += frames;
        // Accept data as fast as a quarter-second buffer would, then hold the writer back to real time.
        awaitHeard(framesWritten - Math.round(format.getFrameRate() / 4));
        return frames * format.getFrameSize();
    }

    @Override
    public synchronized void drain() {
        awaitHeard(framesWritten);
    }

    @Override
    public synchronized void pause() {
        if (!paused) {
            nanosHeardBeforePause += System.nanoTime() - resumedAt;
            paused = true;
        }
    }

    @Override
    public synchronized void resume() {
        if (paused) {
            resumedAt = System.nanoTime();
            paused = false;
            notifyAll();
        }
    }

    @Override
    public synchronized long playedFrames() {
        var nanosHeard = nanosHeardBeforePause + (paused ? 0 : System.nanoTime() - resumedAt);
        return Math.min(framesWritten, (long) (nanosHeard * (double) format.getFrameRate() / NANOS_PER_SECOND));
    }

    @Override
    public void setVolume(float volume) {
        // Silence stays silent.
    }

    @Override
    public boolean audible() {
        return false;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void awaitHeard(long frames) {
        while (!closed && playedFrames() < frames) {
            var missingFrames = frames - playedFrames();
            var waitMillis = paused ? 0 : Math.max(1, (long) (missingFrames * 1000 / format.getFrameRate()));
            try {
                wait(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
