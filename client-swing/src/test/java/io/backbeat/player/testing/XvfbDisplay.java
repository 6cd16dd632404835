package io.backbeat.player.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The X display desktop tests draw on: the one in {@code DISPLAY} if there is one (a developer's desktop), otherwise
 * a private Xvfb on the first free display number, stopped again on {@link #close()}.
 */
public final class XvfbDisplay implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(20);
    private static final Path SOCKETS = Path.of("/tmp/.X11-unix");

    private final String name;
    private final Process xvfb;

    private XvfbDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    public static XvfbDisplay start() throws IOException, InterruptedException {
        var existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new XvfbDisplay(existing, null);
        }
        for (int number = 99; number < 199; number++) {
            if (Files.exists(SOCKETS.resolve("X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            var xvfb = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "xvfb-" + number + ".log").toFile())
                    .start();
            if (awaitSocket(number, xvfb)) {
                return new XvfbDisplay(":" + number, xvfb);
            }
            // Another Xvfb took this number between our look and our start; try the next one.
        }
        throw new IOException("Found no free X display number between :99 and :198");
    }

    /** The value for {@code DISPLAY}. */
    public String name() {
        return name;
    }

    private static boolean awaitSocket(int number, Process xvfb) throws InterruptedException, IOException {
        var deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(SOCKETS.resolve("X" + number))) {
                return true;
            }
            if (xvfb.waitFor(50, TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        xvfb.destroy();
        throw new IOException("Xvfb :" + number + " did not open its socket within " + START_DEADLINE.toSeconds()
                + " s; see target/xvfb-" + number + ".log");
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
