package io.backbeat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.backbeat.SystemTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's run command refuses bad configuration at once, saying what to fix. */
class RunScriptIT extends SystemTest {

    record Outcome(int exitCode, String stderr) {
    }

    @Test
    void aTakenPortIsNamedWithTheWayOut() throws Exception {
        // The system tests' own server holds 8080 right now.
        Outcome outcome = run("--no-build");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("port 8080 is already in use").contains("--port-offset");
    }

    @Test
    void anUnreachablePostgresqlIsNamedBeforeAnythingStarts() throws Exception {
        Outcome outcome = run("--no-build", "--port-offset", "700", "--postgresql", "jdbc:postgresql://127.0.0.1:1/backbeat");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("PostgreSQL does not answer at 127.0.0.1:1");
    }

    @Test
    void anUnknownOptionIsRefused() throws Exception {
        Outcome outcome = run("--turbo");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("unknown option '--turbo'");
    }

    private static Outcome run(String... options) throws Exception {
        var command = new java.util.ArrayList<>(List.of("bash", "run.sh"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command)
                .directory(new File(System.getProperty("project.root")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("run.sh " + String.join(" ", options) + " did not stop on its own");
        }
        return new Outcome(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
