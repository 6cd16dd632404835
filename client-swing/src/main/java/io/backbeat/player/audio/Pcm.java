package io.backbeat.player.audio;

import javax.sound.sampled.AudioFormat;

/**
 * Decoded sound, ready for a line: signed 16-bit little-endian samples in {@code format}.
 *
 * @param samples the frames one after the other, {@code format.getFrameSize()} bytes each
 */
public record Pcm(AudioFormat format, byte[] samples) {

    public long frames() {
        return samples.length / format.getFrameSize();
    }

    public long durationMillis() {
        return Math.round(frames() * 1000.0 / format.getFrameRate());
    }
}
