package io.backbeat.player.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backbeat.player.testing.Mp3Fixtures;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class Mp3DecoderTest {

    @Test
    void aPreviewDecodesToSixteenBitStereoPcmOfItsLength() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(3));

        assertThat(pcm.format().getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(pcm.format().getSampleRate()).isEqualTo(22050f);
        assertThat(pcm.format().getChannels()).isEqualTo(2);
        assertThat(pcm.format().getSampleSizeInBits()).isEqualTo(16);
        assertThat(pcm.format().isBigEndian()).isFalse();
        // Three seconds, plus at most the encoder's delay and padding of two MP3 frames of 1152 samples.
        assertThat(pcm.frames()).isBetween(3 * 22050L, 3 * 22050L + 2 * 1152);
        assertThat(pcm.durationMillis()).isBetween(3000L, 3105L);
    }

    @Test
    void theDecodedToneIsNotSilence() throws Exception {
        var pcm = Mp3Decoder.decode(Mp3Fixtures.toneLike(3));

        var samples = pcm.samples();
        var loudest = 0;
        for (int i = 0; i + 1 < samples.length; i += 2) {
            loudest = Math.max(loudest, Math.abs((short) ((samples[i] & 0xff) | (samples[i + 1] << 8))));
        }
        // ffmpeg's sine is an eighth of full scale (4096); a low-rate encoding keeps most of it.
        assertThat(loudest).isGreaterThan(2000);
    }

    @Test
    void bytesThatAreNotAnMp3AreRefusedPlainly() {
        assertThatThrownBy(() -> Mp3Decoder.decode("<html>not found</html>".getBytes()))
                .isInstanceOf(UnplayableAudioException.class)
                .hasMessage("This preview is not in a format the player can play");
    }
}
