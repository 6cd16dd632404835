package io.backbeat.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's gpg in a keyring of its own: a program nobody here wrote, judging what the store sends. */
final class Gpg {

    /** What gpg said: its exit status and its machine-readable status lines (--status-fd). */
    record Result(int exit, String status) {
    }

    private final Path home;

    Gpg(Path home) throws IOException {
        this.home = Files.createDirectories(home);
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    void importKey(String armored, char[] passphrase) throws IOException {
        Path file = Files.createTempFile(home, "key", ".asc");
        Files.writeString(file, armored);
        Result result = run(passphrase, "--import", file.toString());
        if (result.exit() != 0) {
            throw new IllegalStateException("gpg could not import the key: " + result.status());
        }
    }

    /** Decrypts {@code sealed} into {@code plain} and checks its signature. */
    Result decrypt(Path sealed, Path plain, char[] passphrase) throws IOException {
        return run(passphrase, "--trust-model", "always", "--output", plain.toString(), "--decrypt", sealed.toString());
    }

    private Result run(char[] passphrase, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--no-tty", "--status-fd", "1", "--pinentry-mode", "loopback", "--passphrase-fd", "0"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write((new String(passphrase) + "\n").getBytes());
        }
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("gpg did not finish: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Result(process.exitValue(), output);
    }
}
