package io.backbeat.media;

import static io.backbeat.media.Masters.tone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backbeat.media.Rejection.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking masters made by Debian's ffmpeg: good ones pass with their numbers, each kind of bad one fails for its reason. */
class MasterCheckTest {

    @TempDir
    static Path folder;

    private static Path goodMp3;

    @BeforeAll
    static void makeAGoodMp3() {
        goodMp3 = tone(folder, "good.mp3", 440, 40, "-c:a", "libmp3lame", "-b:a", "192k",
                "-metadata", "title=Good Song", "-metadata", "artist=The Testers");
    }

    @Test
    void aGoodMp3PassesWithItsNumbers() {
        QaReport report = MasterCheck.check(goodMp3);

        assertThat(report.verdict()).isEmpty();
        assertThat(report.container()).isEqualTo("mp3");
        assertThat(report.codec()).isEqualTo("mp3");
        assertThat(report.sampleRate()).isEqualTo(44_100);
        assertThat(report.channels()).isEqualTo(2);
        assertThat(report.bitRate()).isBetween(188_000L, 196_000L);
        assertThat(report.seconds()).isCloseTo(40, within(0.1));
        assertThat(report.declaredSeconds()).isCloseTo(40, within(0.1));
        assertThat(report.decodeErrors() + report.syncLosses()).isZero();
        assertThat(report.truncated()).isFalse();
        // 0.3 + 0.1 of full scale on the left channel: about -8 dBFS, the true peak at or above the sample peak.
        assertThat(report.peakDbfs()).isBetween(-9.0, -7.0);
        assertThat(report.truePeakDbtp()).isGreaterThanOrEqualTo(report.peakDbfs() - 0.1);
        assertThat(report.integratedLufs()).isBetween(-20.0, -8.0);
        assertThat(report.clippedSamples()).isZero();
        assertThat(report.leadingSilenceSeconds()).isLessThan(0.1);
        assertThat(report.tags()).containsEntry("title", "Good Song").containsEntry("artist", "The Testers");
    }

    @Test
    void losslessMastersPassToo() {
        assertThat(MasterCheck.check(tone(folder, "good.wav", 330, 31, "-c:a", "pcm_s24le")).verdict()).isEmpty();
        QaReport flac = MasterCheck.check(tone(folder, "good.flac", 350, 31, "-c:a", "flac"));
        assertThat(flac.verdict()).isEmpty();
        assertThat(flac.declaredSeconds()).isCloseTo(31, within(0.01));
    }

    @Test
    void silenceAroundTheMusicAndClippingAreMeasured() {
        Path padded = Masters.ffmpeg(folder.resolve("padded.wav"), List.of("-f", "lavfi", "-i",
                "aevalsrc=1.5*sin(2*PI*500*t):s=44100:d=30"), List.of("-af", "adelay=2000|2000,apad=pad_dur=3",
                "-ac", "2", "-c:a", "pcm_s16le"));

        QaReport report = MasterCheck.check(padded);

        assertThat(report.leadingSilenceSeconds()).isCloseTo(2, within(0.05));
        assertThat(report.trailingSilenceSeconds()).isCloseTo(3, within(0.05));
        assertThat(report.seconds()).isCloseTo(35, within(0.05));
        assertThat(report.clippedSamples()).as("a sine at 1.5 × full scale clips").isPositive();
        assertThat(report.peakDbfs()).isCloseTo(0, within(0.01));
    }

    @Test
    void notAudioIsSaidPlainly() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(1).nextBytes(noise);
        assertRejected(write("noise.mp3", noise), Reason.NOT_AUDIO);
        assertRejected(write("empty.mp3", new byte[0]), Reason.NOT_AUDIO);
        assertRejected(tone(folder, "vorbis.ogg", 300, 31, "-c:a", "libvorbis"), Reason.NOT_AUDIO);
    }

    @Test
    void aCutShortFileIsTruncated() throws IOException {
        byte[] mp3 = Files.readAllBytes(goodMp3);
        QaReport cut = assertRejected(write("cut.mp3", Arrays.copyOf(mp3, mp3.length / 2)), Reason.TRUNCATED);
        assertThat(cut.rejection().message()).contains("0:40");

        byte[] wav = Masters.bytes(tone(folder, "whole.wav", 250, 35, "-c:a", "pcm_s16le"));
        assertRejected(write("lying.wav", Masters.lyingAboutItsLength(wav)), Reason.TRUNCATED);
    }

    @Test
    void garbageBetweenFramesIsDamage() throws IOException {
        byte[] garbage = Masters.withGarbageInTheMiddle(Files.readAllBytes(goodMp3), new Random(7));

        QaReport report = assertRejected(write("garbage.mp3", garbage), Reason.DECODE_ERRORS);
        assertThat(report.syncLosses() + report.decodeErrors()).isGreaterThan(2);
    }

    @Test
    void belowTheStoresQualityIsRefused() {
        assertRejected(tone(folder, "mono.mp3", 300, 31, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "192k"),
                Reason.LOW_QUALITY);
        assertRejected(tone(folder, "thin.mp3", 310, 31, "-c:a", "libmp3lame", "-b:a", "96k"), Reason.LOW_QUALITY);
        assertRejected(tone(folder, "narrow.flac", 320, 31, "-ar", "22050", "-c:a", "flac"), Reason.LOW_QUALITY);
        assertRejected(tone(folder, "adpcm.wav", 330, 31, "-c:a", "adpcm_ms"), Reason.LOW_QUALITY);
    }

    @Test
    void tooShortAndSilentAreRefused() {
        assertRejected(tone(folder, "short.mp3", 300, 12, "-c:a", "libmp3lame", "-b:a", "192k"), Reason.TOO_SHORT);
        assertRejected(Masters.ffmpeg(folder.resolve("silence.flac"), List.of("-f", "lavfi", "-i",
                "anullsrc=r=44100:cl=stereo"), List.of("-t", "35", "-c:a", "flac")), Reason.SILENT);
    }

    @Test
    void mp3sJoinedEndToEndAreDamageNotACrash() throws IOException {
        byte[] stereo = Masters.bytes(bareMp3("joined-stereo.mp3", 280, 31, "192k", 2, 44_100));
        byte[] mono = Masters.bytes(bareMp3("joined-mono.mp3", 290, 2, "64k", 1, 22_050));

        QaReport report = assertRejected(write("joined.mp3", concat(stereo, mono)), Reason.DECODE_ERRORS);

        assertThat(report.channels()).isEqualTo(2);
        assertThat(report.sampleRate()).isEqualTo(44_100);
    }

    @Test
    void aMonoMasterEndingInTwoStereoFramesIsStillMono() throws IOException {
        byte[] mono = Masters.bytes(bareMp3("mono-body.mp3", 300, 31, "64k", 1, 22_050));
        byte[] stereo = Masters.bytes(bareMp3("stereo-tail.mp3", 310, 0.02, "192k", 2, 44_100));

        QaReport report = MasterCheck.check(write("mono-then-stereo.mp3", concat(mono, stereo)));

        assertThat(report.verdict()).isPresent();
        assertThat(report.channels()).isEqualTo(1);
        assertThat(report.sampleRate()).isEqualTo(22_050);
    }

    @Test
    void samplesThatAreNotNumbersAreDamage() throws IOException {
        for (float sample : new float[] {Float.NaN, Float.POSITIVE_INFINITY}) {
            QaReport report = assertRejected(floatWav("not-numbers.wav", sample, 31), Reason.DECODE_ERRORS);
            assertThat(report.rejection().message()).contains("not numbers");
        }
    }

    /** A stereo 44.1 kHz WAV of 32-bit float samples, every one of them {@code sample}. */
    private static Path floatWav(String name, float sample, double seconds) throws IOException {
        int samples = (int) (seconds * 44_100) * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 4).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 4)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 3).putShort((short) 2).putInt(44_100).putInt(44_100 * 8).putShort((short) 8)
                .putShort((short) 32).put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 4);
        for (int i = 0; i < samples; i++) {
            wav.putFloat(sample);
        }
        return write(name, wav.array());
    }

    /** An MP3 of bare frames, no ID3 tag and no Info frame, so that two can be joined with cat. */
    private static Path bareMp3(String name, double frequency, double seconds, String bitRate, int channels,
                                int sampleRate) {
        return tone(folder, name, frequency, seconds, "-ac", Integer.toString(channels), "-ar",
                Integer.toString(sampleRate), "-c:a", "libmp3lame", "-b:a", bitRate, "-write_xing", "0",
                "-id3v2_version", "0");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static QaReport assertRejected(Path master, Reason reason) {
        QaReport report = MasterCheck.check(master);
        assertThat(report.verdict()).as(master.getFileName().toString()).isPresent();
        assertThat(report.rejection().reason()).as(report.rejection().message()).isEqualTo(reason);
        assertThat(report.rejection().message()).isNotBlank();
        return report;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
