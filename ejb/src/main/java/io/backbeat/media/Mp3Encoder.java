package io.backbeat.media;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * MP3 encoding in the JVM with jump3r (a Java port of LAME), so the server needs no ffmpeg or native
 * library. Streams: it reads PCM and writes MP3 frame by frame, whatever the length.
 */
public final class Mp3Encoder {

    /** The store's preview: 24 kb/s, 22.05 kHz, stereo. */
    public static final AudioFormat PREVIEW_PCM = new AudioFormat(22_050f, 16, 2, true, false);
    public static final int PREVIEW_KBPS = 24;

    private Mp3Encoder() {
    }

    /** Encodes 16-bit signed little-endian PCM in {@code format} to constant-bit-rate stereo MP3. */
    public static void encode(InputStream pcm, AudioFormat format, int kbps, OutputStream mp3) throws IOException {
        var encoder = new LameEncoder(format, kbps, LameEncoder.CHANNEL_MODE_JOINT_STEREO,
                LameEncoder.QUALITY_HIGH, false);
        try {
            byte[] in = new byte[encoder.getPCMBufferSize()];
            byte[] out = new byte[encoder.getMP3BufferSize()];
            for (int read; (read = pcm.readNBytes(in, 0, in.length)) > 0; ) {
                mp3.write(out, 0, encoder.encodeBuffer(in, 0, read, out));
            }
            mp3.write(out, 0, encoder.encodeFinish(out));
        } finally {
            encoder.close();
        }
    }
}
