package io.backbeat.player.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Preview-like MP3s made by ffmpeg at test time into target/, so no binary is ever committed. */
public final class Mp3Fixtures {

    private static final Path DIRECTORY = Path.of("target", "fixtures");

    private Mp3Fixtures() {
    }

    /** A 440 Hz tone of {@code seconds}, encoded as the store encodes previews: 24 kb/s, 22.05 kHz, stereo. */
    /** A small PNG, as a store sends a work's cover art: a square in {@code colour}. */
    public static byte[] cover(java.awt.Color colour) throws IOException {
        var image = new java.awt.image.BufferedImage(300, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var paint = image.createGraphics();
        paint.setColor(colour);
        paint.fillRect(0, 0, 300, 300);
        paint.dispose();
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    public static synchronized byte[] toneLike(int seconds) throws IOException, InterruptedException {
        var mp3 = DIRECTORY.resolve("tone-" + seconds + "s.mp3");
        if (!Files.exists(mp3)) {
            Files.createDirectories(DIRECTORY);
            var ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi",
                    "-i", "sine=frequency=440:duration=" + seconds, "-ac", "2", "-ar", "22050", "-b:a", "24k",
                    mp3.toString()).redirectErrorStream(true).start();
            var output = new String(ffmpeg.getInputStream().readAllBytes());
            if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
                throw new IOException("ffmpeg could not make " + mp3 + ": " + output);
            }
        }
        return Files.readAllBytes(mp3);
    }
}
