package io.backbeat.player.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Turns an MP3 held in memory into PCM through javax.sound and the mp3spi decoder it finds on the class path.
 * Previews are short and low-rate, so the whole preview is decoded up front: the player then knows its exact length
 * and nothing but memory ever holds it.
 */
public final class Mp3Decoder {

    private Mp3Decoder() {
    }

    public static Pcm decode(byte[] mp3) throws UnplayableAudioException {
        return decode(mp3, "This preview");
    }

    /** Like {@link #decode(byte[])}; {@code what} names the sound in messages ("The file song.mp3"). */
    public static Pcm decode(byte[] mp3, String what) throws UnplayableAudioException {
        try (var encoded = AudioSystem.getAudioInputStream(new ByteArrayInputStream(mp3))) {
            var source = encoded.getFormat();
            var pcmFormat = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, source.getSampleRate(), 16,
                    source.getChannels(), source.getChannels() * 2, source.getSampleRate(), false);
            try (AudioInputStream decoded = AudioSystem.getAudioInputStream(pcmFormat, encoded)) {
                return new Pcm(pcmFormat, decoded.readAllBytes());
            }
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new UnplayableAudioException(what + " is not in a format the player can play", e);
        } catch (IOException e) {
            throw new UnplayableAudioException(what + " is damaged and cannot be played", e);
        }
    }
}
