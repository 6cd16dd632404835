package io.backbeat.player.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void onRequestThePlayerJoinsTheDesktopAndOpensBackbeatLinks(@TempDir Path home) throws Exception {
        var data = home.resolve(".local/share");
        var config = home.resolve(".config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("mimeapps.list"), "[Default Applications]\ntext/plain=gedit.desktop\n");
        var environment = Map.of("XDG_DATA_HOME", data.toString(), "XDG_CONFIG_HOME", config.toString(),
                "XDG_DATA_DIRS", data + ":/usr/share", "XDG_CURRENT_DESKTOP", "X-Generic");

        var run = run(environment, "--install-desktop-entry");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        var entry = data.resolve("applications/backbeat-player.desktop");
        assertThat(run.stdout()).contains("Wrote " + entry, "Ran update-mime-database", "Ran update-desktop-database");
        // The desktop's own tools, not ours, judge what was written.
        assertThat(tool(environment, "desktop-file-validate", entry.toString())).isEmpty();
        assertThat(Files.readString(entry)).contains("Exec=\"" + Path.of(System.getProperty("java.home"), "bin",
                "java") + "\" -jar \"" + JAR.toAbsolutePath() + "\" %f");
        var link = Files.writeString(home.resolve("So What.backbeat"), "not needed to know its type by name");
        assertThat(tool(environment, "xdg-mime", "query", "filetype", link.toString())).isEqualTo("application/x-backbeat");
        assertThat(tool(environment, "xdg-mime", "query", "default", "application/x-backbeat"))
                .isEqualTo("backbeat-player.desktop");
        assertThat(Files.readString(config.resolve("mimeapps.list"))).contains("text/plain=gedit.desktop");

        assertThat(run(environment, "--install-desktop-entry").exitCode()).as("installing again").isZero();
        assertThat(Files.readString(config.resolve("mimeapps.list")))
                .containsOnlyOnce("application/x-backbeat=backbeat-player.desktop");
    }

    private static String tool(Map<String, String> environment, String... command) throws Exception {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command[0], said).isZero();
        return said;
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
        return run(Map.of(), arguments);
    }

    private static Run run(Map<String, String> environment, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + Path.of("target", "it-prefs").toAbsolutePath(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        var process = builder.start();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        var stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the player exited").isTrue();
        return new Run(process.exitValue(), stdout, stderr);
    }
}
