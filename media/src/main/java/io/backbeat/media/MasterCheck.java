package io.backbeat.media;

import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

import io.backbeat.media.Rejection.Reason;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Checks a master before it may go on sale: decodes every frame once, measuring levels, silence and EBU R128
 * loudness on the way (FFmpeg's {@code ebur128} filter, with true peak), and rejects it with a specific reason
 * when it is not something the store can sell. Every input ends in a report; only a broken installation throws.
 */
public final class MasterCheck {

    /** The shortest work the store sells. */
    public static final double MIN_SECONDS = 30;
    /** The longest: beyond this decoding stops, so a ten-hour silence costs seconds, not minutes. */
    public static final double MAX_SECONDS = 2 * 60 * 60;
    /** The seed's high quality for MP3 masters. */
    public static final int MIN_MP3_BIT_RATE = 128_000;
    public static final int MIN_SAMPLE_RATE = 44_100;
    /** Tags (cover art included) may take this much before the audio starts. */
    public static final long MAX_TAG_BYTES = 4L * 1024 * 1024;

    /** A sample below this (−60 dBFS) is silence. */
    private static final double SILENCE = 0.001;
    /** A sample at or above this is clipped (the largest 16-bit value). */
    private static final double CLIPPED = 32767.0 / 32768.0;
    private static final String ANALYSIS = "ebur128=peak=sample+true:metadata=1,aformat=sample_fmts=dbl";

    private MasterCheck() {
    }

    public static QaReport check(Path master) {
        Ffmpeg.load();
        List<String> messages = Ffmpeg.listen();
        try (AudioInput input = AudioInput.open(master)) {
            return measure(master, input, messages);
        } catch (NotAudioException e) {
            return QaReport.notAudio(e, messages);
        } finally {
            Ffmpeg.stop();
        }
    }

    private static QaReport measure(Path master, AudioInput input, List<String> messages) throws NotAudioException {
        var levels = new Levels(input.channels(), input.sampleRate());
        boolean tooLong = false;
        try {
            input.decode(ANALYSIS, levels::add);
        } catch (TooLongException e) {
            tooLong = true;
        } catch (NotAudioException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Measuring " + master + " failed", e);
        }
        double seconds = levels.seconds();
        Double declared = input.declaredSeconds().orElse(null);
        boolean truncated = !tooLong && (input.lastPacketFailed()
                || declared != null && seconds < declared - Math.max(0.5, declared * 0.01));
        long audioBytes = audioBytes(master, input);
        long bitRate = seconds > 0 && !input.container().equals("wav")
                ? Math.round(audioBytes * 8 / seconds) : input.declaredBitRate();
        var report = new Builder(input, levels, seconds, declared, truncated, bitRate, messages);
        return report.build(verdict(input, levels, seconds, declared, truncated, tooLong, bitRate));
    }

    private static Rejection verdict(AudioInput input, Levels levels, double seconds, Double declared,
                                     boolean truncated, boolean tooLong, long bitRate) {
        String codec = input.codec();
        String container = input.container();
        long problems = input.decodeErrors() + input.syncLosses();
        if (levels.samples == 0) {
            return Rejection.of(Reason.NOT_AUDIO, "Not audio: no sound could be decoded from the %s %s stream.",
                    container, codec);
        }
        if (!container.equals("wav") ? !container.equals(codec) : !codec.startsWith("pcm_")) {
            return Rejection.of(Reason.LOW_QUALITY, "A %s file carrying %s audio is not a master: send MP3, PCM WAV "
                    + "or FLAC.", container.toUpperCase(), codec);
        }
        if (tooLong) {
            return Rejection.of(Reason.TOO_LONG, "Longer than %s: a work may last at most %s.",
                    Durations.clock(MAX_SECONDS), Durations.clock(MAX_SECONDS));
        }
        // Frames lost to damage also shorten the audio: damage is the truer reason, so it is judged first.
        if (problems > Math.max(2, input.packets() / 1000)) {
            return Rejection.of(Reason.DECODE_ERRORS, "Damaged: %d decode errors and %d lost frame syncs (%d stray "
                    + "bytes) in %d frames.", input.decodeErrors(), input.syncLosses(), input.strayBytes(),
                    input.packets());
        }
        if (levels.notNumbers > 0) {
            return Rejection.of(Reason.DECODE_ERRORS, "Damaged: %d samples are not numbers (NaN or infinite).",
                    levels.notNumbers);
        }
        if (truncated) {
            return declared != null && seconds < declared - Math.max(0.5, declared * 0.01)
                    ? Rejection.of(Reason.TRUNCATED, "Truncated: the file says it lasts %s but its audio ends "
                            + "after %s.", Durations.clock(declared), Durations.clock(seconds))
                    : Rejection.of(Reason.TRUNCATED, "Truncated: the last frame is cut off after %s.",
                            Durations.clock(seconds));
        }
        if (input.channels() != 2) {
            return Rejection.of(Reason.LOW_QUALITY, "Below the store's quality: %d channel%s; masters are stereo.",
                    input.channels(), input.channels() == 1 ? "" : "s");
        }
        if (input.sampleRate() < MIN_SAMPLE_RATE) {
            return Rejection.of(Reason.LOW_QUALITY, "Below the store's quality: %.2f kHz; masters are sampled at "
                    + "44.1 kHz or more.", input.sampleRate() / 1000.0);
        }
        if (container.equals("mp3") && bitRate < MIN_MP3_BIT_RATE * 0.99) {
            return Rejection.of(Reason.LOW_QUALITY, "Below the store's quality: %d kb/s; MP3 masters need at least "
                    + "%d kb/s.", bitRate / 1000, MIN_MP3_BIT_RATE / 1000);
        }
        if (seconds < MIN_SECONDS) {
            return Rejection.of(Reason.TOO_SHORT, "Too short: %s; a work lasts at least %d seconds.",
                    Durations.clock(seconds), (int) MIN_SECONDS);
        }
        if (levels.peak < SILENCE) {
            return Rejection.of(Reason.SILENT, "Silent: nothing louder than −60 dBFS in %s.", Durations.clock(seconds));
        }
        if (input.firstAudioByte() > MAX_TAG_BYTES) {
            return Rejection.of(Reason.OVERSIZED_TAGS, "Tags too large: %.1f MB before the audio starts; tags and "
                    + "cover art may take at most %d MB.", input.firstAudioByte() / 1e6, MAX_TAG_BYTES >> 20);
        }
        return null;
    }

    private static long audioBytes(Path master, AudioInput input) {
        try {
            return Math.max(0, Files.size(master) - input.firstAudioByte());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class TooLongException extends Exception {
        TooLongException() {
            super(null, null, false, false);
        }
    }

    /** Sample statistics of the decoded audio, and the loudness the ebur128 filter reports with its frames. */
    private static final class Levels {
        private final int channels;
        private final int sampleRate;
        private final long maxSamples;
        long samples;
        double peak;
        long clipped;
        long notNumbers;
        long firstSound = -1;
        long lastSound = -1;
        double integrated = Double.NEGATIVE_INFINITY;
        double range;
        double truePeak;

        Levels(int channels, int sampleRate) {
            this.channels = channels;
            this.sampleRate = sampleRate;
            this.maxSamples = (long) (MAX_SECONDS * sampleRate);
        }

        void add(AVFrame frame) throws TooLongException {
            int count = frame.nb_samples();
            DoubleBuffer pcm = frame.data(0).capacity((long) count * channels * Double.BYTES).asByteBuffer()
                    .order(ByteOrder.nativeOrder()).asDoubleBuffer();
            for (int i = 0; i < count; i++) {
                double loudest = 0;
                for (int c = 0; c < channels; c++) {
                    double level = Math.abs(pcm.get(i * channels + c));
                    // A float master can hold NaN or infinity, which no comparison below would notice.
                    if (!Double.isFinite(level)) {
                        notNumbers++;
                        continue;
                    }
                    if (level >= CLIPPED) {
                        clipped++;
                    }
                    loudest = Math.max(loudest, level);
                }
                if (loudest >= SILENCE) {
                    if (firstSound < 0) {
                        firstSound = samples + i;
                    }
                    lastSound = samples + i;
                }
                peak = Math.max(peak, loudest);
            }
            samples += count;
            integrated = number(frame, "lavfi.r128.I", integrated);
            range = number(frame, "lavfi.r128.LRA", range);
            truePeak = number(frame, "lavfi.r128.true_peak", truePeak);
            if (samples > maxSamples) {
                throw new TooLongException();
            }
        }

        double seconds() {
            return (double) samples / sampleRate;
        }

        double leadingSilence() {
            return firstSound < 0 ? seconds() : (double) firstSound / sampleRate;
        }

        double trailingSilence() {
            return lastSound < 0 ? 0 : (double) (samples - 1 - lastSound) / sampleRate;
        }

        private static double number(AVFrame frame, String key, double otherwise) {
            AVDictionaryEntry entry = av_dict_get(frame.metadata(), key, null, 0);
            if (entry == null) {
                return otherwise;
            }
            try {
                return Double.parseDouble(entry.value().getString());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    private record Builder(AudioInput input, Levels levels, double seconds, Double declared, boolean truncated,
                           long bitRate, List<String> messages) {
        QaReport build(Rejection rejection) {
            Map<String, String> tags = input.tags();
            return new QaReport(input.container(), input.codec(), input.sampleRate(), input.channels(),
                    input.bitsPerSample(), bitRate, seconds, declared, input.packets(), input.decodeErrors(),
                    input.syncLosses(), input.strayBytes(), truncated, decibels(levels.peak), decibels(levels.truePeak),
                    levels.clipped, levels.leadingSilence(), levels.trailingSilence(), levels.integrated,
                    levels.range, input.firstAudioByte(), tags, input.coverArt().isPresent(), messages, rejection);
        }

        private static double decibels(double level) {
            return 20 * Math.log10(level);
        }
    }
}
