package io.backbeat.player.audio;

import javax.sound.sampled.LineUnavailableException;

/** The lines the real player uses: the speakers when there are any, otherwise a silent line that keeps time. */
public final class SystemAudio {

    private SystemAudio() {
    }

    public static AudioLineFactory speakersOrSilence() {
        return format -> {
            try {
                return SpeakerLine.open(format);
            } catch (LineUnavailableException noAudioDevice) {
                return new SilentLine(format);
            }
        };
    }

}
