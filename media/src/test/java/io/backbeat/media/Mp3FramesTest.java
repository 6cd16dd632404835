package io.backbeat.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frame headers as the standard defines them, judged against files Debian's ffmpeg and LAME wrote. */
class Mp3FramesTest {

    @TempDir
    Path folder;

    @Test
    void readsTheHeaderOfA128KbpsFrameAt44kHz() {
        // MPEG-1 layer III, 128 kb/s, 44.1 kHz, no padding, joint stereo; then the same with the padding bit.
        Mp3Frames.Header header = Mp3Frames.header(ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xfb,
                (byte) 0x90, 0x64}), 0);
        assertThat(header).isEqualTo(new Mp3Frames.Header(10, 3, 128, 44_100, 2, 1152, 417));
        assertThat(header.nanos()).isEqualTo(26_122_448L);
        assertThat(Mp3Frames.header(ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0x92, 0x64}), 0)
                .length()).isEqualTo(418);
    }

    @Test
    void readsMpeg2HeadersAsThePreviewsUseThem() {
        // MPEG-2 layer III, 24 kb/s, 22.05 kHz, mono: 576 samples, 72 × 24000 / 22050 bytes.
        Mp3Frames.Header header = Mp3Frames.header(ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xf3,
                0x30, (byte) 0xc4}), 0);
        assertThat(header).isEqualTo(new Mp3Frames.Header(20, 3, 24, 22_050, 1, 576, 78));
    }

    @Test
    void refusesWhatIsNoHeader() {
        for (byte[] bytes : List.of(new byte[] {0x49, 0x44, 0x33, 0x04}, // "ID3"
                new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0xf0, 0x64}, // bit rate index 15
                new byte[] {(byte) 0xff, (byte) 0xfb, 0x00, 0x64}, // free format
                new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0x9c, 0x64}, // sample rate index 3
                new byte[] {(byte) 0xff, (byte) 0xe9, (byte) 0x90, 0x64}, // reserved version
                new byte[] {(byte) 0xff, (byte) 0xf9, (byte) 0x90, 0x64}, // reserved layer
                new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0x90})) { // cut short
            assertThat(Mp3Frames.header(ByteBuffer.wrap(bytes), 0)).as(java.util.Arrays.toString(bytes)).isNull();
        }
    }

    @Test
    void walksAFileFrameByFrameAsFfprobeCountsItPastItsTagsAndInfoFrame() throws Exception {
        Path mp3 = Masters.tone(folder, "tagged.mp3", 440, 5, "-c:a", "libmp3lame", "-b:a", "160k",
                "-metadata", "title=A tag before the audio", "-id3v2_version", "3", "-write_id3v1", "1");
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(mp3));
        assertThat(Mp3Frames.header(bytes, 0)).as("the file starts with its ID3v2 tag").isNull();

        List<Integer> lengths = new ArrayList<>();
        for (int at = Mp3Frames.nextAudioFrame(bytes, 0); at >= 0; ) {
            int length = Mp3Frames.header(bytes, at).length();
            lengths.add(length);
            at = Mp3Frames.nextAudioFrame(bytes, at + length);
        }

        String counted = Masters.run(List.of("ffprobe", "-v", "error", "-count_packets", "-select_streams", "a:0",
                "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", mp3.toString())).strip();
        assertThat(lengths).hasSize(Integer.parseInt(counted));
        assertThat(lengths).allMatch(length -> length == 522 || length == 523); // 144 × 160000 / 44100
    }

    @Test
    void copyingAudioFramesDropsTagsAndTheInfoFrameAndStillDecodes() throws Exception {
        Path mp3 = Masters.tone(folder, "tagged.mp3", 330, 4, "-c:a", "libmp3lame", "-b:a", "128k",
                "-metadata", "artist=Someone", "-write_id3v1", "1");
        Path frames = folder.resolve("frames.mp3");

        Mp3Frames.copyAudioFrames(mp3, frames);

        ByteBuffer original = ByteBuffer.wrap(Files.readAllBytes(mp3));
        int firstHeaderInOriginal = firstHeader(original);
        assertThat(Mp3Frames.isTagFrame(original, firstHeaderInOriginal,
                Mp3Frames.header(original, firstHeaderInOriginal))).as("LAME's Info frame comes first").isTrue();
        ByteBuffer copied = ByteBuffer.wrap(Files.readAllBytes(frames));
        Mp3Frames.Header first = Mp3Frames.header(copied, 0);
        assertThat(first).isNotNull();
        assertThat(Mp3Frames.isTagFrame(copied, 0, first)).isFalse();
        assertThat(new String(Files.readAllBytes(frames), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Someone").doesNotContain("TAG");
        String decoded = Masters.run(List.of("mpg123", "-t", "-v", frames.toString()));
        assertThat(decoded).doesNotContainIgnoringCase("error").contains("Decoding of");
    }

    private static int firstHeader(ByteBuffer bytes) {
        for (int at = 0; ; at++) {
            if (Mp3Frames.header(bytes, at) != null && Mp3Frames.header(bytes,
                    at + Mp3Frames.header(bytes, at).length()) != null) {
                return at;
            }
        }
    }
}
