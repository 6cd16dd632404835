package io.backbeat.player.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.FloatControl;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** The system's default audio output. */
final class SpeakerLine implements AudioLine {

    private final SourceDataLine line;

    private SpeakerLine(SourceDataLine line) {
        this.line = line;
    }

    /** Opens the default output, or throws when the machine has none (no sound card, a server, a CI runner). */
    static SpeakerLine open(AudioFormat format) throws LineUnavailableException {
        try {
            var line = AudioSystem.getSourceDataLine(format);
            // A quarter of a second buffered: pause and stop answer quickly, yet a busy machine does not stutter.
            line.open(format, Math.round(format.getFrameRate() / 4) * format.getFrameSize());
            line.start();
            return new SpeakerLine(line);
        } catch (IllegalArgumentException | SecurityException noSuchLine) {
            throw new LineUnavailableException("No audio output: " + noSuchLine.getMessage());
        }
    }

    @Override
    public int write(byte[] pcm, int offset, int length) {
        return line.write(pcm, offset, length);
    }

    @Override
    public void drain() {
        line.drain();
    }

    @Override
    public void pause() {
        line.stop();
    }

    @Override
    public void resume() {
        line.start();
    }

    @Override
    public long playedFrames() {
        return line.getLongFramePosition();
    }

    @Override
    public void setVolume(float volume) {
        if (line.isControlSupported(FloatControl.Type.MASTER_GAIN)) {
            var gain = (FloatControl) line.getControl(FloatControl.Type.MASTER_GAIN);
            // Ears hear loudness logarithmically: a linear slider maps to decibels.
            var decibels = volume <= 0 ? gain.getMinimum() : (float) (20 * Math.log10(volume));
            gain.setValue(Math.max(gain.getMinimum(), Math.min(gain.getMaximum(), decibels)));
        }
    }

    @Override
    public boolean audible() {
        return true;
    }

    @Override
    public void close() {
        line.stop();
        line.flush();
        line.close();
    }
}
