package io.backbeat.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the files the store serves from a checked master: the low-quality preview (24 kb/s, 22.05 kHz, stereo) with
 * the waveform picture drawn on the way, for lossless masters the high-quality MP3 that is sold, and the broadcast
 * rendition that channel streams play. FFmpeg decodes
 * and resamples (swresample); LAME encodes ({@link Mp3Encoder}).
 */
public final class Transcoder {

    public static final int PREVIEW_SAMPLE_RATE = 22_050;
    public static final int PREVIEW_KBPS = 24;
    public static final int HIGH_QUALITY_SAMPLE_RATE = 44_100;
    public static final int HIGH_QUALITY_KBPS = 320;
    public static final int BROADCAST_SAMPLE_RATE = 44_100;
    public static final int BROADCAST_KBPS = 128;

    private Transcoder() {
    }

    /** Writes the preview of {@code master} to {@code preview} and returns the waveform of what it encoded. */
    public static Waveform preview(Path master, Path preview) throws IOException, NotAudioException {
        var waveform = new Waveform(PREVIEW_SAMPLE_RATE);
        encode(master, preview, PREVIEW_SAMPLE_RATE, PREVIEW_KBPS, waveform);
        return waveform;
    }

    /** Writes the store's high-quality MP3 of a lossless master. */
    public static void highQuality(Path master, Path mp3) throws IOException, NotAudioException {
        encode(master, mp3, HIGH_QUALITY_SAMPLE_RATE, HIGH_QUALITY_KBPS, null);
    }

    /**
     * Writes the broadcast rendition of {@code source}: 128 kb/s CBR, 44.1 kHz stereo, audio frames only (no ID3,
     * no Info frame), so that a channel stream can splice any two works frame by frame into one valid stream.
     */
    public static void broadcast(Path source, Path rendition) throws IOException, NotAudioException {
        Path encoded = Files.createTempFile(rendition.toAbsolutePath().getParent(), "broadcast-", ".mp3");
        try {
            encode(source, encoded, BROADCAST_SAMPLE_RATE, BROADCAST_KBPS, null);
            Mp3Frames.copyAudioFrames(encoded, rendition);
        } finally {
            Files.deleteIfExists(encoded);
        }
    }

    /** The picture the master's tags carry, as it is there (JPEG or PNG, usually). */
    public static Optional<byte[]> coverArt(Path master) throws NotAudioException {
        try (AudioInput input = AudioInput.open(master)) {
            return input.coverArt();
        }
    }

    private static void encode(Path master, Path target, int sampleRate, int kbps, Waveform waveform)
            throws IOException, NotAudioException {
        String filters = String.format(Locale.ROOT,
                "aresample=%d,aformat=sample_fmts=s16:channel_layouts=stereo", sampleRate);
        try (AudioInput input = AudioInput.open(master);
             Mp3Encoder encoder = Mp3Encoder.open(target, sampleRate, kbps)) {
            input.decode(filters, frame -> {
                int frames = frame.nb_samples();
                ByteBuffer pcm = frame.data(0).capacity(frames * 4L).asByteBuffer();
                encoder.encode(pcm, frames);
                if (waveform != null) {
                    waveform.add(pcm, frames);
                }
            });
            encoder.finish();
        } catch (IOException | NotAudioException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Transcoding " + master + " failed", e);
        }
    }
}
