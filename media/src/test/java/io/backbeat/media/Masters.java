package io.backbeat.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
