package io.backbeat.media;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** LAME through JNA: the machine's {@code libmp3lame.so.0}, the library Debian's ffmpeg encodes MP3 with. */
final class NativeLame extends Mp3Encoder {

    /** The part of lame.h the store uses. */
    interface Lame extends Library {
        int JOINT_STEREO = 1;

        Pointer lame_init();

        int lame_set_in_samplerate(Pointer gfp, int rate);

        int lame_set_out_samplerate(Pointer gfp, int rate);

        int lame_set_num_channels(Pointer gfp, int channels);

        int lame_set_brate(Pointer gfp, int kbps);

        int lame_set_mode(Pointer gfp, int mode);

        int lame_set_bWriteVbrTag(Pointer gfp, int write);

        int lame_init_params(Pointer gfp);

        int lame_encode_buffer_interleaved(Pointer gfp, ByteBuffer pcm, int frames, ByteBuffer mp3, int size);

        int lame_encode_flush(Pointer gfp, ByteBuffer mp3, int size);

        long lame_get_lametag_frame(Pointer gfp, ByteBuffer frame, long size);

        int lame_close(Pointer gfp);
    }

    private static final Lame LAME = load();

    private final Pointer gfp;
    private final ByteBuffer mp3 = ByteBuffer.allocateDirect(1 << 20);

    NativeLame(Path file, int sampleRate, int kbps) throws IOException {
        super(file);
        gfp = LAME.lame_init();
        LAME.lame_set_in_samplerate(gfp, sampleRate);
        LAME.lame_set_out_samplerate(gfp, sampleRate);
        LAME.lame_set_num_channels(gfp, 2);
        LAME.lame_set_brate(gfp, kbps);
        LAME.lame_set_mode(gfp, Lame.JOINT_STEREO);
        LAME.lame_set_bWriteVbrTag(gfp, 1);
        if (LAME.lame_init_params(gfp) < 0) {
            LAME.lame_close(gfp);
            throw new IllegalArgumentException("LAME cannot encode " + sampleRate + " Hz at " + kbps + " kb/s");
        }
    }

    static boolean available() {
        return LAME != null;
    }

    private static Lame load() {
        try {
            return Native.load("mp3lame", Lame.class);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError missing) {
            return null;
        }
    }

    @Override
    public void encode(ByteBuffer pcm, int frames) throws IOException {
        // LAME needs at most 1.25 × samples + 7200 bytes of output for one call.
        int limit = (int) Math.min(mp3.capacity(), 1.25 * frames + 7200);
        int written = LAME.lame_encode_buffer_interleaved(gfp, pcm.slice(), frames, mp3.clear(), limit);
        drain(written, "encode");
    }

    @Override
    public void finish() throws IOException {
        drain(LAME.lame_encode_flush(gfp, mp3.clear(), mp3.capacity()), "flush");
        // The Info tag (frame count, encoder delay and padding for gapless playback) replaces the placeholder
        // frame LAME wrote first.
        int size = (int) LAME.lame_get_lametag_frame(gfp, mp3.clear(), mp3.capacity());
        if (size > 0) {
            out.write(mp3.limit(size), 0);
        }
    }

    private void drain(int written, String what) throws IOException {
        if (written < 0) {
            throw new IOException("LAME could not " + what + " (error " + written + ")");
        }
        write(mp3.limit(written));
    }

    @Override
    public void close() throws IOException {
        try {
            LAME.lame_close(gfp);
        } finally {
            super.close();
        }
    }
}
