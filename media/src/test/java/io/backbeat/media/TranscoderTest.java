package io.backbeat.media;

import static io.backbeat.media.Masters.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the transcoder makes, judged by programs nobody here wrote: ffprobe and mpg123. */
class TranscoderTest {

    @TempDir
    Path folder;

    @Test
    void thePreviewIs24KbpsAt22kHzStereoAndDecodesCleanly() throws Exception {
        Path master = tone(folder, "master.mp3", 440, 45, "-c:a", "libmp3lame", "-b:a", "192k");
        Path preview = folder.resolve("preview.mp3");

        Waveform waveform = Transcoder.preview(master, preview);

        assertThat(probe(preview, "stream=codec_name,sample_rate,channels,bit_rate"))
                .containsExactly("mp3", "22050", "2", "24000");
        assertThat(Double.parseDouble(probe(preview, "format=duration").get(0))).isBetween(44.9, 45.2);
        assertDecodesWithoutErrors(preview);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(waveform.png(800, 120)));
        assertThat(picture.getWidth()).isEqualTo(800);
        assertThat(picture.getHeight()).isEqualTo(120);
    }

    @Test
    void aLosslessMasterBecomesThe320KbpsMp3() throws Exception {
        Path master = tone(folder, "master.flac", 330, 31, "-c:a", "flac");
        Path mp3 = folder.resolve("high.mp3");

        Transcoder.highQuality(master, mp3);

        assertThat(probe(mp3, "stream=codec_name,sample_rate,channels,bit_rate"))
                .containsExactly("mp3", "44100", "2", "320000");
        assertDecodesWithoutErrors(mp3);
    }

    @Test
    void theBroadcastRenditionIs128KbpsCbrAt44kHzWithNothingButAudioFrames() throws Exception {
        Path master = tone(folder, "tagged.mp3", 250, 31, "-c:a", "libmp3lame", "-b:a", "192k", "-ar", "48000",
                "-metadata", "title=Tagged");
        Path rendition = folder.resolve("broadcast.mp3");

        Transcoder.broadcast(master, rendition);

        assertThat(probe(rendition, "stream=codec_name,sample_rate,channels,bit_rate"))
                .containsExactly("mp3", "44100", "2", "128000");
        assertDecodesWithoutErrors(rendition);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(rendition));
        int frames = 0;
        for (int at = 0; at < bytes.limit(); frames++) {
            Mp3Frames.Header header = Mp3Frames.header(bytes, at);
            assertThat(header).as("a frame header at byte " + at).isNotNull();
            assertThat(header.kbps()).isEqualTo(128);
            assertThat(Mp3Frames.isTagFrame(bytes, at, header)).as("an Info frame at byte " + at).isFalse();
            at += header.length();
        }
        assertThat(frames * 1152 / 44_100.0).isBetween(30.9, 31.2);
        assertThat(folder.toFile().list()).containsExactlyInAnyOrder("tagged.mp3", "broadcast.mp3");
    }

    @Test
    void coverArtComesOutOfTheTagsAsItIs() throws Exception {
        Path picture = Masters.ffmpeg(folder.resolve("cover.jpg"), List.of("-f", "lavfi", "-i",
                "testsrc=size=300x300:duration=1"), List.of("-frames:v", "1"));
        Path master = tone(folder, "bare.mp3", 300, 31, "-c:a", "libmp3lame", "-b:a", "128k");
        Path tagged = Masters.ffmpeg(folder.resolve("tagged.mp3"), List.of("-i", master.toString(), "-i",
                picture.toString()), List.of("-map", "0", "-map", "1", "-c", "copy", "-id3v2_version", "3",
                "-disposition:v", "attached_pic"));

        assertThat(Transcoder.coverArt(tagged)).contains(Files.readAllBytes(picture));
        assertThat(Transcoder.coverArt(master)).isEmpty();
    }

    @Test
    void notAudioIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path text = Files.writeString(folder.resolve("song.mp3"), "not a song");
        Path preview = folder.resolve("preview.mp3");

        assertThatThrownBy(() -> Transcoder.preview(text, preview)).isInstanceOf(NotAudioException.class);
        assertThat(preview).doesNotExist();
    }

    @Test
    void thePureJavaEncoderMakesAPlayableMp3Too() throws Exception {
        Path mp3 = folder.resolve("jump3r.mp3");
        int rate = Transcoder.PREVIEW_SAMPLE_RATE;
        int frames = rate * 3;
        ByteBuffer pcm = ByteBuffer.allocate(frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short sample = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
            pcm.putShort(sample).putShort(sample);
        }
        pcm.flip();

        try (Mp3Encoder encoder = new Jump3r(mp3, rate, Transcoder.PREVIEW_KBPS)) {
            encoder.encode(pcm, frames);
            encoder.finish();
        }

        assertThat(probe(mp3, "stream=codec_name,sample_rate,channels,bit_rate"))
                .containsExactly("mp3", "22050", "2", "24000");
        assertDecodesWithoutErrors(mp3);
    }

    private static List<String> probe(Path file, String entries) {
        return Masters.run(List.of("ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries", entries,
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString())).lines().toList();
    }

    private static void assertDecodesWithoutErrors(Path mp3) {
        String output = Masters.run(List.of("mpg123", "-t", "-v", mp3.toString()));
        assertThat(output).doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("warning")
                .contains("Decoding of");
    }
}
