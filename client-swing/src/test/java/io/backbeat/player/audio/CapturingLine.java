package io.backbeat.player.audio;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.sound.sampled.AudioFormat;

/** A line that keeps what it is given instead of sounding it, and can hold the writer back until released. */
public final class CapturingLine implements AudioLine {

    final AudioFormat format;
    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();
    private final CountDownLatch released;
    private boolean closed;

    /** An audio player whose every line captures what it is given, each line added to {@code lines} as it opens. */
    public static AudioPlayer player(List<CapturingLine> lines) {
        return new AudioPlayer(format -> {
            var line = new CapturingLine(format, new CountDownLatch(0));
            synchronized (lines) {
                lines.add(line);
            }
            return line;
        });
    }

    public CapturingLine(AudioFormat format, CountDownLatch released) {
        this.format = format;
        this.released = released;
    }

    @Override
    public int write(byte[] pcm, int offset, int length) {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        synchronized (this) {
            if (closed) {
                return 0;
            }
            heard.write(pcm, offset, length);
            return length;
        }
    }

    public synchronized byte[] heard() {
        return heard.toByteArray();
    }

    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public void drain() {
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public synchronized long playedFrames() {
        return heard.size() / format.getFrameSize();
    }

    @Override
    public void setVolume(float volume) {
    }

    @Override
    public boolean audible() {
        return true;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        released.countDown();
    }
}
