package io.backbeat.media;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;

/** LAME ported to Java: slower than the native library, but it needs nothing on the machine. */
final class Jump3r extends Mp3Encoder {

    private final LameEncoder encoder;
    private final byte[] mp3;
    private byte[] pcm = new byte[0];

    Jump3r(Path file, int sampleRate, int kbps) throws IOException {
        super(file);
        encoder = new LameEncoder(new AudioFormat(sampleRate, 16, 2, true, false), kbps,
                LameEncoder.CHANNEL_MODE_JOINT_STEREO, LameEncoder.QUALITY_MIDDLE, false);
        mp3 = new byte[encoder.getMP3BufferSize()];
    }

    @Override
    public void encode(ByteBuffer samples, int frames) throws IOException {
        int bytes = frames * 4;
        if (pcm.length < bytes) {
            pcm = new byte[bytes];
        }
        samples.slice().get(pcm, 0, bytes);
        int chunk = encoder.getPCMBufferSize();
        for (int offset = 0; offset < bytes; offset += chunk) {
            int length = Math.min(chunk, bytes - offset);
            write(ByteBuffer.wrap(mp3, 0, encoder.encodeBuffer(pcm, offset, length, mp3)));
        }
    }

    @Override
    public void finish() throws IOException {
        write(ByteBuffer.wrap(mp3, 0, encoder.encodeFinish(mp3)));
    }

    @Override
    public void close() throws IOException {
        try {
            encoder.close();
        } finally {
            super.close();
        }
    }
}
