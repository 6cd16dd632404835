package io.backbeat.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * MPEG audio frame headers (ISO 11172-3 and 13818-3, layers I–III), enough to cut an MP3 at frame boundaries and
 * to pace it by each frame's duration: a channel stream splices renditions of many works frame by frame. Tags
 * (ID3v2 before the audio, ID3v1 and APE after it) and the encoder's Xing/Info/VBRI frame are not audio and are
 * skipped; so is any junk between frames.
 */
public final class Mp3Frames {

    /** Kilobits a second by [MPEG-1?][layer - 1][index]; index 0 (free format) and 15 are not allowed here. */
    private static final int[][][] KBPS = {
            { // MPEG-2 and 2.5
                    {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
                    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
                    {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}},
            { // MPEG-1
                    {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
                    {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
                    {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}}};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

    /**
     * One frame's header.
     *
     * @param version    10 for MPEG-1, 20 for MPEG-2, 25 for MPEG-2.5
     * @param layer      1, 2 or 3
     * @param kbps       the frame's bit rate
     * @param sampleRate samples a second
     * @param channels   1 or 2
     * @param samples    samples a channel in this frame (1152 for MPEG-1 layer III)
     * @param length     the whole frame in bytes, header included
     */
    public record Header(int version, int layer, int kbps, int sampleRate, int channels, int samples, int length) {

        /** How long the frame plays: 26.122 ms for 1152 samples at 44.1 kHz. */
        public long nanos() {
            return samples * 1_000_000_000L / sampleRate;
        }

        /** Same stream format: a decoder needs no reset between two frames that agree on this. */
        public boolean sameFormat(Header other) {
            return other != null && version == other.version && layer == other.layer
                    && sampleRate == other.sampleRate && channels == other.channels;
        }
    }

    private Mp3Frames() {
    }

    /** The header of a frame starting at {@code at}, or null where none can start. */
    public static Header header(ByteBuffer bytes, int at) {
        if (at < 0 || at + 4 > bytes.limit()) {
            return null;
        }
        int b1 = bytes.get(at) & 0xff;
        int b2 = bytes.get(at + 1) & 0xff;
        int b3 = bytes.get(at + 2) & 0xff;
        int b4 = bytes.get(at + 3) & 0xff;
        if (b1 != 0xff || (b2 & 0xe0) != 0xe0) {
            return null;
        }
        int versionBits = (b2 >> 3) & 3;
        int layerBits = (b2 >> 1) & 3;
        int bitrateIndex = b3 >> 4;
        int rateIndex = (b3 >> 2) & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3
                || (b4 & 3) == 2) { // reserved version, layer, rates or emphasis; free format
            return null;
        }
        int version = versionBits == 3 ? 10 : versionBits == 2 ? 20 : 25;
        int layer = 4 - layerBits;
        boolean mpeg1 = version == 10;
        int kbps = KBPS[mpeg1 ? 1 : 0][layer - 1][bitrateIndex];
        int sampleRate = MPEG1_RATES[rateIndex] / (mpeg1 ? 1 : version == 20 ? 2 : 4);
        int padding = (b3 >> 1) & 1;
        int channels = (b4 >> 6) == 3 ? 1 : 2;
        int samples = layer == 1 ? 384 : layer == 2 || mpeg1 ? 1152 : 576;
        int length = layer == 1 ? (12 * kbps * 1000 / sampleRate + padding) * 4
                : samples / 8 * kbps * 1000 / sampleRate + padding;
        return new Header(version, layer, kbps, sampleRate, channels, samples, length);
    }

    /**
     * Whether the frame at {@code at} is the encoder's Xing, Info or VBRI frame (frame count, seek table, encoder
     * delay): silence to a decoder that does not know it, a glitch in the middle of a spliced stream.
     */
    public static boolean isTagFrame(ByteBuffer bytes, int at, Header header) {
        if (header.layer() != 3) {
            return false;
        }
        int sideInfo = header.version() == 10 ? (header.channels() == 1 ? 17 : 32)
                : (header.channels() == 1 ? 9 : 17);
        return startsWith(bytes, at + 4 + sideInfo, "Xing") || startsWith(bytes, at + 4 + sideInfo, "Info")
                || startsWith(bytes, at + 4 + 32, "VBRI");
    }

    /**
     * Where the next audio frame at or after {@code from} starts, or -1 if none does: an ID3v2 tag is stepped over
     * whole; elsewhere a frame counts only if the one after it has the same format (or the audio ends there), so
     * bytes that merely look like a header in junk are not taken for one.
     */
    public static int nextAudioFrame(ByteBuffer bytes, int from) {
        int at = Math.max(0, from);
        while (at + 4 <= bytes.limit()) {
            if (startsWith(bytes, at, "ID3") && at + 10 <= bytes.limit()) {
                at += 10 + syncsafe(bytes, at + 6) + ((bytes.get(at + 5) & 0x10) != 0 ? 10 : 0);
                continue;
            }
            Header header = header(bytes, at);
            if (header != null && at + header.length() <= bytes.limit()) {
                int after = at + header.length();
                if (header.sameFormat(header(bytes, after)) || audioEndsAt(bytes, after)) {
                    if (!isTagFrame(bytes, at, header)) {
                        return at;
                    }
                    at = after;
                    continue;
                }
            }
            at++;
        }
        return -1;
    }

    /** Writes only the audio frames of {@code source} to {@code target}: no tags, no encoder frame, no junk. */
    public static void copyAudioFrames(Path source, Path target) throws IOException {
        try (var in = FileChannel.open(source, StandardOpenOption.READ);
             var out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                     StandardOpenOption.WRITE)) {
            ByteBuffer bytes = in.map(FileChannel.MapMode.READ_ONLY, 0, in.size());
            for (int at = nextAudioFrame(bytes, 0); at >= 0; ) {
                int length = header(bytes, at).length();
                ByteBuffer frame = bytes.slice(at, length);
                while (frame.hasRemaining()) {
                    out.write(frame);
                }
                at = nextAudioFrame(bytes, at + length);
            }
        }
    }

    /** The end of the data, or a tag that follows the audio (ID3v1, APE, Lyrics3, an appended ID3v2). */
    private static boolean audioEndsAt(ByteBuffer bytes, int at) {
        return at + 4 > bytes.limit() || startsWith(bytes, at, "TAG") || startsWith(bytes, at, "APETAGEX")
                || startsWith(bytes, at, "LYRICSBEGIN") || startsWith(bytes, at, "ID3");
    }

    private static boolean startsWith(ByteBuffer bytes, int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + expected.length > bytes.limit()) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes.get(at + i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int syncsafe(ByteBuffer bytes, int at) {
        return (bytes.get(at) & 0x7f) << 21 | (bytes.get(at + 1) & 0x7f) << 14 | (bytes.get(at + 2) & 0x7f) << 7
                | bytes.get(at + 3) & 0x7f;
    }
}
