package io.backbeat.media;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/** LAME ported to Java: slower than the native library, but it needs nothing on the machine. */
final class Jump3r extends Mp3Encoder {

    private final LameEncoder encoder;
    private final byte[] mp3;
    private byte[] pcm = new byte[0];

    Jump3r(Path file, int sampleRate, int kbps) throws IOException {
        super(file);
        // The target format names the output rate: left to itself LAME resamples a 24 kb/s stream down to 8 kHz.
        AudioFormat.Encoding layer3 = sampleRate >= 32_000 ? LameEncoder.MPEG1L3 : LameEncoder.MPEG2L3;
        var target = new AudioFormat(layer3, sampleRate, AudioSystem.NOT_SPECIFIED, 2, AudioSystem.NOT_SPECIFIED,
                AudioSystem.NOT_SPECIFIED, false, Map.of(LameEncoder.P_BITRATE, kbps));
        encoder = new LameEncoder(new AudioFormat(sampleRate, 16, 2, true, false), target);
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
