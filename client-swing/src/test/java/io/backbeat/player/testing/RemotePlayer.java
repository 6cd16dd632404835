package io.backbeat.player.testing;

import io.backbeat.player.model.DataFolder;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The test's side of {@link PlayerRemote}: starts the shaded player jar in a JVM on the given display, with
 * preferences of its own under target/, and sends it commands.
 */
public final class RemotePlayer implements AutoCloseable {

    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(30);

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private RemotePlayer(Process process) {
        this.process = process;
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        var reader = new Thread(this::readOutput, "player-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** What the window showed when asked. */
    public record State(List<String> rows, List<String> lists, List<String> songs, String summary, String title,
                        String playing, String store, String audio) {
    }

    /** Starts the player with a data folder of its own (song lists, keys, purchases) that no other run sees. */
    public static RemotePlayer launch(XvfbDisplay display, String... playerArguments) throws IOException {
        return launch(display, Path.of("target", "it-data", UUID.randomUUID().toString()), playerArguments);
    }

    /** Starts the player on the given data folder, as a second run on the same computer would. */
    public static RemotePlayer launch(XvfbDisplay display, Path dataFolder, String... playerArguments)
            throws IOException {
        return launch(display, dataFolder, List.of(), playerArguments);
    }

    /** Starts the player with more options for its JVM (such as {@code -Duser.home=…}). */
    public static RemotePlayer launch(XvfbDisplay display, Path dataFolder, List<String> jvmOptions,
                                      String... playerArguments) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Djava.util.prefs.userRoot=" + Path.of("target", "it-prefs").toAbsolutePath(),
                "-D" + DataFolder.PROPERTY + "=" + dataFolder.toAbsolutePath(),
                "-cp", System.getProperty("player.jar") + File.pathSeparator
                        + System.getProperty("player.test-classes"),
                PlayerRemote.class.getName()));
        command.addAll(List.of(playerArguments));
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DISPLAY", display.name());
        var player = new RemotePlayer(builder.start());
        player.send("window");
        return player;
    }

    public void type(String text) {
        send("type " + text);
    }

    public void doubleClickRow(int row) {
        send("double-click " + row);
    }

    /** Clicks the component with this name (a button). */
    public void click(String name) {
        send("click " + name);
    }

    public void clickRow(String table, int row) {
        send("click-row " + table + " " + row);
    }

    public void doubleClickRow(String table, int row) {
        send("double-click-row " + table + " " + row);
    }

    /** Drags row {@code row} of the table with the mouse and drops it just above row {@code onto}. */
    public void dragRow(String table, int row, int onto) {
        send("drag-row " + table + " " + row + " " + onto);
    }

    public void clickItem(String list, int index) {
        send("click-item " + list + " " + index);
    }

    /** Clicks into the named field, replaces what it holds by typing (lower case, digits, spaces), presses Enter. */
    public void typeInto(String name, String text) {
        send("type-into " + name + " " + text);
    }

    /** Waits for the dialog with this title and reads its message (it stays open: answer it with a key). */
    public String awaitDialog(String title) {
        return send("dialog " + title);
    }

    /** Presses a key (as KeyEvent names it: END, HOME…) on the named component. */
    public void press(String name, String key) {
        send("press " + name + " " + key);
    }

    public void pressEnter() {
        send("enter");
    }

    /** What the named component shows now (a table's rows joined by " ; "). */
    public String read(String name) {
        return send("read " + name);
    }

    /** Reads the named component until {@code expected} holds or the deadline passes. */
    public String awaitText(String name, Predicate<String> expected) throws InterruptedException {
        var deadline = System.nanoTime() + ANSWER_DEADLINE.toNanos();
        var text = read(name);
        while (!expected.test(text)) {
            if (System.nanoTime() > deadline) {
                var shot = Path.of(System.getProperty("screenshots.dir", "target/screenshots"),
                        "failed-" + name + "-" + System.currentTimeMillis() + ".png");
                screenshot(shot);
                throw new AssertionError("The player's " + name + " never showed what was expected; it showed: "
                        + text + " (the window then: " + shot + ")");
            }
            TimeUnit.MILLISECONDS.sleep(100);
            text = read(name);
        }
        return text;
    }

    public void openTab(String title) {
        send("tab " + title);
    }

    /** Types into the focused field (of a dialog) and presses Enter. */
    public void typeAndEnter(String text) {
        send("type-and-enter " + text);
    }

    public void screenshot(Path png) {
        send("screenshot " + png.toAbsolutePath());
    }

    public State state() {
        var fields = new HashMap<String, String>();
        for (var field : send("state").split("\t")) {
            var parts = field.split("=", 2);
            fields.put(parts[0], parts.length == 2 ? parts[1] : "");
        }
        return new State(list(fields.get("rows")), list(fields.get("lists")), list(fields.get("songs")),
                fields.get("summary"), fields.get("title"), fields.get("playing"), fields.get("store"),
                fields.get("audio"));
    }

    /** Asks for the window's state until {@code expected} holds or the deadline passes. */
    public State awaitState(String what, Predicate<State> expected) throws InterruptedException {
        var deadline = System.nanoTime() + ANSWER_DEADLINE.toNanos();
        var state = state();
        while (!expected.test(state)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The player never showed " + what + "; it last showed " + state);
            }
            TimeUnit.MILLISECONDS.sleep(100);
            state = state();
        }
        return state;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(" ; "));
    }

    private String send(String command) {
        commands.println(command);
        try {
            var answer = answers.poll(ANSWER_DEADLINE.toSeconds(), TimeUnit.SECONDS);
            if (answer == null) {
                throw new AssertionError("The player did not answer '" + command + "' within "
                        + ANSWER_DEADLINE.toSeconds() + " s" + (process.isAlive() ? "" : "; it exited with "
                        + process.exitValue()));
            }
            if (answer.startsWith("error ")) {
                throw new AssertionError("The player could not do '" + command + "': " + answer);
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the player", e);
        }
    }

    private void readOutput() {
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(PlayerRemote.ANSWER)) {
                    answers.add(line.substring(PlayerRemote.ANSWER.length()));
                } else {
                    System.out.println("[player] " + line);
                }
            }
        } catch (IOException e) {
            // The player has gone; send() reports that when it waits in vain.
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
