package io.backbeat.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The shaded jar as a user starts it from a terminal. */
class PlayerCommandLineIT {

    private static final Path JAR = Path.of(System.getProperty("player.jar"));

    @Test
    void anInvalidStoreAddressIsRefusedWithExitCodeTwo() throws Exception {
        var run = run("--server", "ftp://store.example");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("backbeat-player: A store address starts with http:// or https://")
                .contains("Usage: java -jar backbeat-player.jar");
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        var run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--server URL", "FILE.backbeat");
    }

    @Test
    void theJarRegistersTheMp3DecoderWithJavaSound() throws IOException {
        try (var jar = new JarFile(JAR.toFile())) {
            var readers = new String(jar.getInputStream(
                    jar.getEntry("META-INF/services/javax.sound.sampled.spi.AudioFileReader")).readAllBytes(),
                    StandardCharsets.UTF_8);
            var decoders = new String(jar.getInputStream(
                    jar.getEntry("META-INF/services/javax.sound.sampled.spi.FormatConversionProvider")).readAllBytes(),
                    StandardCharsets.UTF_8);

            assertThat(readers).contains("javazoom.spi.mpeg.sampled.file.MpegAudioFileReader");
            assertThat(decoders).contains("javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider");
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(PlayerApp.class.getName());
        }
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run run(String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + Path.of("target", "it-prefs").toAbsolutePath(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the player exited").isTrue();
        return new Run(process.exitValue(), stdout, stderr);
    }
}
