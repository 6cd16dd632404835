package io.backbeat.player.testing;

import io.backbeat.player.swing.PlayerApp;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;

/**
 * Runs the real player in a JVM of its own (which is how it gets the display the test started) and lets the desktop
 * test drive it: commands come on stdin, answers go to stdout as lines starting with {@value #ANSWER}. Input goes
 * through {@link Robot}, so the window sees real mouse and key events from the X server.
 */
public final class PlayerRemote {

    public static final String ANSWER = "@@ ";
    private static final long WINDOW_DEADLINE_MILLIS = 30_000;

    private final Robot robot;

    private PlayerRemote() throws Exception {
        robot = new Robot();
        robot.setAutoDelay(15);
    }

    public static void main(String[] args) throws Exception {
        PlayerApp.main(args);
        var remote = new PlayerRemote();
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (var command = commands.readLine(); command != null; command = commands.readLine()) {
            try {
                System.out.println(ANSWER + remote.perform(command));
            } catch (Exception | AssertionError e) {
                System.out.println(ANSWER + "error " + e);
            }
        }
        System.exit(0);
    }

    private String perform(String command) throws Exception {
        var verb = command.split(" ", 2)[0];
        var argument = command.contains(" ") ? command.substring(command.indexOf(' ') + 1) : "";
        switch (verb) {
            case "window" -> awaitWindow();
            case "type" -> type(argument);
            case "double-click" -> doubleClickRow(Integer.parseInt(argument));
            case "screenshot" -> screenshot(new File(argument));
            case "state" -> {
                return onEventThread(this::state);
            }
            default -> throw new IllegalArgumentException("Unknown command " + command);
        }
        robot.waitForIdle();
        return "ok";
    }

    private void awaitWindow() throws Exception {
        var deadline = System.currentTimeMillis() + WINDOW_DEADLINE_MILLIS;
        while (onEventThread(() -> window().filter(Frame::isShowing).isEmpty())) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The player window did not show within " + WINDOW_DEADLINE_MILLIS + " ms");
            }
            Thread.sleep(50);
        }
        robot.waitForIdle();
    }

    private void type(String text) throws Exception {
        click(onEventThread(() -> centreOnScreen(named("searchField"))), 1);
        for (var c : text.toCharArray()) {
            var key = KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c));
            robot.keyPress(key);
            robot.keyRelease(key);
        }
    }

    private void doubleClickRow(int row) throws Exception {
        var cell = onEventThread(() -> {
            var table = (JTable) named("results");
            var rectangle = table.getCellRect(row, 1, true);
            var point = new Point((int) rectangle.getCenterX(), (int) rectangle.getCenterY());
            SwingUtilities.convertPointToScreen(point, table);
            return point;
        });
        click(cell, 2);
    }

    private void click(Point where, int times) {
        robot.mouseMove(where.x, where.y);
        for (int i = 0; i < times; i++) {
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        }
    }

    private void screenshot(File png) throws Exception {
        var bounds = onEventThread(() -> window().orElseThrow().getBounds());
        png.getParentFile().mkdirs();
        ImageIO.write(robot.createScreenCapture(bounds), "png", png);
    }

    /** The window as a user reads it, one {@code key=value} per tab-separated field. */
    private String state() {
        var table = (JTable) named("results");
        var rows = new ArrayList<String>();
        for (int row = 0; row < table.getRowCount(); row++) {
            var cells = new ArrayList<String>();
            for (int column = 0; column < table.getColumnCount(); column++) {
                cells.add(String.valueOf(table.getValueAt(row, column)));
            }
            rows.add(String.join(" | ", cells));
        }
        return "rows=" + String.join(" ; ", rows)
                + "\tsummary=" + text("searchSummary")
                + "\ttitle=" + text("nowPlayingTitle")
                + "\tplaying=" + text("nowPlayingState")
                + "\tstore=" + text("storeStatus")
                + "\taudio=" + text("audioStatus");
    }

    private String text(String name) {
        return ((JLabel) named(name)).getText().strip();
    }

    private static Optional<Frame> window() {
        return Arrays.stream(Frame.getFrames()).filter(Frame::isDisplayable).findFirst();
    }

    private static Component named(String name) {
        var found = find(window().orElseThrow(), name);
        if (found == null) {
            throw new AssertionError("No component named " + name);
        }
        return found;
    }

    private static Component find(Container parent, String name) {
        for (var child : parent.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                var found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Point centreOnScreen(Component component) {
        var point = new Point(component.getWidth() / 2, component.getHeight() / 2);
        SwingUtilities.convertPointToScreen(point, component);
        return point;
    }

    private static <T> T onEventThread(Callable<T> read) throws Exception {
        var result = new AtomicReference<T>();
        var failure = new AtomicReference<Exception>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(read.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
