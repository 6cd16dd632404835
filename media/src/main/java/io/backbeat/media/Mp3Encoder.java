package io.backbeat.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;

/**
 * Constant-bit-rate stereo MP3 from interleaved 16-bit PCM, written to a file. LAME does the encoding: the system's
 * {@code libmp3lame} (the build ffmpeg itself uses, with its SIMD code) when the machine has one, otherwise jump3r,
 * LAME ported to Java, about five times slower but needing nothing installed.
 */
public abstract class Mp3Encoder implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Mp3Encoder.class.getName());
    private static final boolean NATIVE = NativeLame.available();

    static {
        LOG.info(NATIVE ? "MP3 encoding with the system's libmp3lame"
                : "MP3 encoding with jump3r (pure Java): install libmp3lame (Debian: libmp3lame0) to encode faster");
    }

    protected final FileChannel out;

    protected Mp3Encoder(Path file) throws IOException {
        this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /** An encoder writing {@code file} from stereo PCM at {@code sampleRate}, at {@code kbps} kilobits a second. */
    public static Mp3Encoder open(Path file, int sampleRate, int kbps) throws IOException {
        return NATIVE ? new NativeLame(file, sampleRate, kbps) : new Jump3r(file, sampleRate, kbps);
    }

    /** Which LAME this JVM encodes with, for reports and benchmarks. */
    public static String implementation() {
        return NATIVE ? "libmp3lame (native)" : "jump3r (Java)";
    }

    /** Encodes {@code frames} stereo frames of little-endian 16-bit PCM read from {@code pcm}'s position. */
    public abstract void encode(ByteBuffer pcm, int frames) throws IOException;

    /** Flushes the last frames and completes the file (its Info tag, where the encoder writes one). */
    public abstract void finish() throws IOException;

    protected void write(ByteBuffer mp3) throws IOException {
        while (mp3.hasRemaining()) {
            out.write(mp3);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
