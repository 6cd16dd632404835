package io.backbeat.media;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * The shape of a work's sound, as the musician sees it beside the QA report: the loudest sample of every short block,
 * collected while the preview is encoded, drawn as mirrored bars.
 */
public final class Waveform {

    private static final int BLOCKS_PER_SECOND = 50;
    private static final Color BARS = new Color(0x3b, 0x5b, 0xdb);

    private final int blockFrames;
    private short[] peaks = new short[4096];
    private int blocks;
    private int inBlock;
    private short blockPeak;

    public Waveform(int sampleRate) {
        this.blockFrames = Math.max(1, sampleRate / BLOCKS_PER_SECOND);
    }

    /** Adds {@code frames} stereo frames of little-endian 16-bit PCM from {@code pcm}'s position. */
    void add(ByteBuffer pcm, int frames) {
        ShortBuffer samples = pcm.slice().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        for (int i = 0; i < frames * 2; i += 2) {
            int level = Math.max(Math.abs((int) samples.get(i)), Math.abs((int) samples.get(i + 1)));
            blockPeak = (short) Math.max(blockPeak, Math.min(level, Short.MAX_VALUE));
            if (++inBlock == blockFrames) {
                endBlock();
            }
        }
    }

    private void endBlock() {
        if (blocks == peaks.length) {
            peaks = Arrays.copyOf(peaks, blocks * 2);
        }
        peaks[blocks++] = blockPeak;
        blockPeak = 0;
        inBlock = 0;
    }

    /** A PNG of {@code width} × {@code height} pixels, transparent behind the bars. */
    public byte[] png(int width, int height) {
        if (inBlock > 0) {
            endBlock();
        }
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(BARS);
            int middle = height / 2;
            for (int x = 0; x < width && blocks > 0; x++) {
                int from = (int) ((long) x * blocks / width);
                int to = Math.max(from + 1, (int) ((long) (x + 1) * blocks / width));
                int loudest = 0;
                for (int b = from; b < to && b < blocks; b++) {
                    loudest = Math.max(loudest, peaks[b]);
                }
                int half = Math.max(1, (int) Math.round((double) loudest / Short.MAX_VALUE * (middle - 1)));
                graphics.fillRect(x, middle - half, 1, half * 2);
            }
        } finally {
            graphics.dispose();
        }
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
