package io.backbeat.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Audio files made for a test by Debian's ffmpeg, a program nobody here wrote: tones at a frequency of the test's
 * choosing (so every file's bytes differ), in the formats and qualities the test asks for. The system tests
 * use them too, through this module's test jar.
 */
public final class Masters {

    private Masters() {
    }

    /** A stereo chord at {@code frequency} Hz lasting {@code seconds}, encoded with {@code codec} arguments. */
    public static Path tone(Path folder, String name, double frequency, double seconds, String... codec) {
        String source = String.format(java.util.Locale.ROOT,
                "aevalsrc=0.3*sin(2*PI*%1$.3f*t)+0.1*sin(2*PI*%1$.3f*1.5*t)|0.3*sin(2*PI*%1$.3f*1.25*t):s=44100:d=%2$.3f",
                frequency, seconds);
        return ffmpeg(folder.resolve(name), List.of("-f", "lavfi", "-i", source), List.of(codec));
    }

    public static Path ffmpeg(Path target, List<String> input, List<String> output) {
        var command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(input);
        command.addAll(output);
        command.add(target.toString());
        run(command);
        return target;
    }

    public static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.get(0) + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A WAV whose header claims twice the audio it holds, as a copy cut short would: the data chunk's size and the
     * RIFF size both say more than the file has.
     */
    public static byte[] lyingAboutItsLength(byte[] wav) {
        byte[] lying = wav.clone();
        ByteBuffer header = ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN);
        int data = new String(lying, 0, Math.min(lying.length, 200), StandardCharsets.ISO_8859_1).indexOf("data");
        int size = header.getInt(data + 4);
        header.putInt(data + 4, size * 2);
        header.putInt(4, header.getInt(4) + size);
        return lying;
    }

    /** An MP3 with twenty bursts of 2,000 random bytes between its frames, in the middle of the file. */
    public static byte[] withGarbageInTheMiddle(byte[] mp3, Random random) {
        var out = new ByteArrayOutputStream();
        int middle = mp3.length / 2;
        out.write(mp3, 0, middle);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[2_000];
            random.nextBytes(garbage);
            out.writeBytes(garbage);
            out.write(mp3, middle + i * 4_000, 4_000);
        }
        out.write(mp3, middle + 80_000, mp3.length - middle - 80_000);
        return out.toByteArray();
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
