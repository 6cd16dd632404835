package io.backbeat.player.audio;

import javax.sound.sampled.AudioFormat;

/** Opens a line for one playback; tests plug in their own to capture what would have been heard. */
@FunctionalInterface
public interface AudioLineFactory {

    AudioLine open(AudioFormat format);
}
