package io.backbeat.player.audio;

/**
 * Plays one {@link Pcm} at a time on a line of its own thread. Starting another playback stops the current one.
 * Safe to call from any thread; the finish callback runs on the playback thread.
 */
public final class AudioPlayer {

    // A tenth of a second per write: pause and stop take effect within that much sound.
    private static final int CHUNK_MILLIS = 100;

    private final AudioLineFactory lines;
    private Playback current;
    private float volume = 1;

    public AudioPlayer(AudioLineFactory lines) {
        this.lines = lines;
    }

    /**
     * Starts {@code pcm} from the beginning.
     *
     * @param onFinished run when the sound has played to its end, not when it is stopped
     * @return false when the line cannot be heard (no audio device): it plays silently
     */
    public synchronized boolean play(Pcm pcm, Runnable onFinished) {
        return playFrom(pcm, 0, false, onFinished);
    }

    /** Starts {@code pcm} {@code millis} from its start (kept within it), as a venue joins a play under way. */
    public synchronized boolean playAt(Pcm pcm, long millis, Runnable onFinished) {
        return playFrom(pcm, Math.max(0, Math.min(pcm.frames(),
                Math.round(millis * (double) pcm.format().getFrameRate() / 1000))), false, onFinished);
    }

    /**
     * Moves the current sound to {@code millis} from its start (kept within it), paused if it was: what the line
     * held of the old place is dropped, so the new place is heard at once. Nothing happens when nothing plays.
     */
    public synchronized void seek(long millis) {
        if (current != null) {
            var frame = Math.max(0, Math.min(current.pcm.frames(),
                    Math.round(millis * (double) current.pcm.format().getFrameRate() / 1000)));
            playFrom(current.pcm, frame, current.isPaused(), current.onFinished);
        }
    }

    private boolean playFrom(Pcm pcm, long frame, boolean paused, Runnable onFinished) {
        stop();
        var line = lines.open(pcm.format());
        line.setVolume(volume);
        current = new Playback(pcm, line, onFinished, frame);
        if (paused) {
            current.pause();
        }
        current.start();
        return line.audible();
    }

    public synchronized void pause() {
        if (current != null) {
            current.pause();
        }
    }

    public synchronized void resume() {
        if (current != null) {
            current.resume();
        }
    }

    public synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    /** How far the current sound has played, in milliseconds; 0 when nothing plays. */
    public synchronized long positionMillis() {
        return current == null ? 0 : current.positionMillis();
    }

    /** Loudness from 0 to 1, kept for the sounds that follow. */
    public synchronized void setVolume(float volume) {
        this.volume = Math.max(0, Math.min(1, volume));
        if (current != null) {
            current.line.setVolume(this.volume);
        }
    }

    private static final class Playback implements Runnable {

        private final Pcm pcm;
        private final AudioLine line;
        private final Runnable onFinished;
        private final long firstFrame;
        private final Thread thread;
        private boolean paused;
        private boolean stopped;

        Playback(Pcm pcm, AudioLine line, Runnable onFinished, long firstFrame) {
            this.pcm = pcm;
            this.line = line;
            this.onFinished = onFinished;
            this.firstFrame = firstFrame;
            thread = new Thread(this, "backbeat-playback");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            var samples = pcm.samples();
            var frameSize = pcm.format().getFrameSize();
            var chunk = Math.max(frameSize, Math.round(pcm.format().getFrameRate() * CHUNK_MILLIS / 1000) * frameSize);
            var offset = Math.toIntExact(firstFrame * frameSize);
            while (offset < samples.length && awaitPlaying()) {
                offset += line.write(samples, offset, Math.min(chunk, samples.length - offset));
            }
            if (awaitPlaying()) {
                line.drain();
            }
            line.close();
            if (!isStopped()) {
                onFinished.run();
            }
        }

        /** Waits out a pause; false once stopped. */
        private synchronized boolean awaitPlaying() {
            while (paused && !stopped) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    stopped = true;
                }
            }
            return !stopped;
        }

        private synchronized boolean isStopped() {
            return stopped;
        }

        synchronized boolean isPaused() {
            return paused;
        }

        synchronized void pause() {
            paused = true;
            line.pause();
        }

        synchronized void resume() {
            paused = false;
            line.resume();
            notifyAll();
        }

        void stop() {
            synchronized (this) {
                stopped = true;
                notifyAll();
            }
            // Outside the lock: closing releases a writer blocked in the line, which must not wait for us.
            line.close();
        }

        long positionMillis() {
            return Math.round((firstFrame + line.playedFrames()) * 1000.0 / pcm.format().getFrameRate());
        }
    }
}
