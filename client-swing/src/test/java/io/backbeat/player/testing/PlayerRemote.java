package io.backbeat.player.testing;

import io.backbeat.player.swing.PlayerApp;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JList;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.text.JTextComponent;
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
            case "click" -> click(onEventThread(() -> centreOnScreen(named(argument))), 1);
            case "click-row" -> clickRow(argument.split(" ")[0], Integer.parseInt(argument.split(" ")[1]), 1);
            case "double-click-row" -> clickRow(argument.split(" ")[0], Integer.parseInt(argument.split(" ")[1]), 2);
            case "drag-row" -> dragRow(argument.split(" ")[0], Integer.parseInt(argument.split(" ")[1]),
                    Integer.parseInt(argument.split(" ")[2]));
            case "tab" -> clickTab(argument);
            case "click-item" -> clickItem(argument.split(" ")[0], Integer.parseInt(argument.split(" ")[1]));
            case "type-and-enter" -> typeAndEnter(argument);
            case "type-into" -> {
                var name = argument.split(" ", 2)[0];
                click(onEventThread(() -> centreOnScreen(named(name))), 1);
                // Select what the field holds (a remembered e-mail), so the typing replaces it.
                robot.keyPress(KeyEvent.VK_CONTROL);
                robot.keyPress(KeyEvent.VK_A);
                robot.keyRelease(KeyEvent.VK_A);
                robot.keyRelease(KeyEvent.VK_CONTROL);
                typeAndEnter(argument.substring(name.length() + 1));
            }
            case "enter" -> typeAndEnter("");
            case "press" -> press(argument.split(" ")[0], argument.split(" ")[1]);
            case "read" -> {
                return onEventThread(() -> read(named(argument)));
            }
            case "dialog" -> {
                return awaitDialog(argument);
            }
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

    /**
     * Waits for a dialog with this title to show and to have the keyboard (its text field, if it has one, so that
     * what is typed next lands there), and says what it says (its message, lines joined by spaces).
     */
    private String awaitDialog(String title) throws Exception {
        var deadline = System.currentTimeMillis() + WINDOW_DEADLINE_MILLIS;
        Optional<JDialog> dialog;
        while ((dialog = onEventThread(() -> Arrays.stream(Window.getWindows()).filter(JDialog.class::isInstance)
                .map(JDialog.class::cast).filter(each -> each.isShowing() && title.equals(each.getTitle())
                        && each.isFocused() && readyForKeys(each))
                .findFirst())).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No dialog “" + title + "” showed within " + WINDOW_DEADLINE_MILLIS + " ms");
            }
            Thread.sleep(50);
        }
        robot.waitForIdle();
        var shown = dialog.get();
        return onEventThread(() -> {
            var pane = (JOptionPane) findInstance(shown.getContentPane(), JOptionPane.class);
            return String.valueOf(pane.getMessage()).replace('\n', ' ');
        });
    }

    private static boolean readyForKeys(JDialog dialog) {
        var owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner != null && SwingUtilities.isDescendingFrom(owner, dialog)
                && (findInstance(dialog.getContentPane(), JTextComponent.class) == null
                || owner instanceof JTextComponent);
    }

    private static Component findInstance(Container parent, Class<?> type) {
        for (var child : parent.getComponents()) {
            if (type.isInstance(child)) {
                return child;
            }
            if (child instanceof Container container) {
                var found = findInstance(container, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Gives the named component the keyboard and presses a key on it, named as in KeyEvent (END, HOME, …). */
    private void press(String name, String key) throws Exception {
        onEventThread(() -> named(name).requestFocusInWindow());
        robot.waitForIdle();
        var code = KeyEvent.class.getField("VK_" + key).getInt(null);
        robot.keyPress(code);
        robot.keyRelease(code);
    }

    private void type(String text) throws Exception {
        click(onEventThread(() -> centreOnScreen(named("searchField"))), 1);
        for (var c : text.toCharArray()) {
            var key = KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c));
            robot.keyPress(key);
            robot.keyRelease(key);
        }
    }

    private void clickRow(String tableName, int row, int times) throws Exception {
        click(onEventThread(() -> cellCentre((JTable) named(tableName), row)), times);
    }

    /** Drags a row with the mouse, in small steps as a hand would, and drops it on the upper edge of another. */
    private void dragRow(String tableName, int row, int onto) throws Exception {
        var from = onEventThread(() -> cellCentre((JTable) named(tableName), row));
        var to = onEventThread(() -> {
            var table = (JTable) named(tableName);
            var point = cellCentre(table, onto);
            point.y -= table.getRowHeight(onto) / 2 - 2;
            return point;
        });
        robot.mouseMove(from.x, from.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.delay(100);
        for (int step = 1; step <= 20; step++) {
            robot.mouseMove(from.x + (to.x - from.x) * step / 20, from.y + (to.y - from.y) * step / 20);
            robot.delay(20);
        }
        // The drop target learns where the drag is only from motion over it.
        for (int wiggle = 0; wiggle < 6; wiggle++) {
            robot.mouseMove(to.x + (wiggle % 2 == 0 ? 3 : 0), to.y);
            robot.delay(50);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.delay(100);
    }

    private void clickItem(String listName, int index) throws Exception {
        click(onEventThread(() -> {
            var list = (JList<?>) named(listName);
            var bounds = list.getCellBounds(index, index);
            var point = new Point((int) bounds.getCenterX(), (int) bounds.getCenterY());
            SwingUtilities.convertPointToScreen(point, list);
            return point;
        }), 1);
    }

    private void clickTab(String title) throws Exception {
        click(onEventThread(() -> {
            var tabs = (JTabbedPane) named("tabs");
            var bounds = tabs.getBoundsAt(tabs.indexOfTab(title));
            var point = new Point((int) bounds.getCenterX(), (int) bounds.getCenterY());
            SwingUtilities.convertPointToScreen(point, tabs);
            return point;
        }), 1);
    }

    /** Types into whatever has the focus (a dialog's field), then presses Enter. */
    private void typeAndEnter(String text) {
        robot.waitForIdle();
        for (var c : text.toCharArray()) {
            var key = KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(c));
            if (Character.isUpperCase(c)) {
                robot.keyPress(KeyEvent.VK_SHIFT);
            }
            robot.keyPress(key);
            robot.keyRelease(key);
            if (Character.isUpperCase(c)) {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
        }
        robot.keyPress(KeyEvent.VK_ENTER);
        robot.keyRelease(KeyEvent.VK_ENTER);
    }

    private static Point cellCentre(JTable table, int row) {
        var rectangle = table.getCellRect(row, 1, true);
        var point = new Point((int) rectangle.getCenterX(), (int) rectangle.getCenterY());
        SwingUtilities.convertPointToScreen(point, table);
        return point;
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
        @SuppressWarnings("unchecked")
        var lists = (JList<Object>) named("songLists");
        var names = new ArrayList<String>();
        for (int i = 0; i < lists.getModel().getSize(); i++) {
            var cell = lists.getCellRenderer().getListCellRendererComponent(lists, lists.getModel().getElementAt(i),
                    i, false, false);
            names.add((lists.getSelectedIndex() == i ? "*" : "") + ((JLabel) cell).getText());
        }
        return "rows=" + rows("results")
                + "\tlists=" + String.join(" ; ", names)
                + "\tsongs=" + rows("songs")
                + "\tsummary=" + text("searchSummary")
                + "\ttitle=" + text("nowPlayingTitle")
                + "\tplaying=" + text("nowPlayingState")
                + "\tstore=" + text("storeStatus")
                + "\taudio=" + text("audioStatus");
    }

    /** What a component shows: a label's or field's text, a table's rows, a progress bar's words, a button. */
    private static String read(Component component) {
        if (component instanceof JLabel label) {
            return label.getText();
        } else if (component instanceof JTextComponent text) {
            return text.getText().replace('\n', ' ');
        } else if (component instanceof JProgressBar bar) {
            return bar.isVisible() ? bar.getString() : "";
        } else if (component instanceof JTable) {
            return rows(component.getName());
        } else if (component instanceof JTabbedPane tabs) {
            return IntStream.range(0, tabs.getTabCount()).mapToObj(tabs::getTitleAt).collect(Collectors.joining(", "));
        } else if (component instanceof AbstractButton button) {
            return button.getText() + (button.isEnabled() ? "" : " (disabled)");
        }
        return String.valueOf(component);
    }

    private static String rows(String tableName) {
        var table = (JTable) named(tableName);
        var rows = new ArrayList<String>();
        for (int row = 0; row < table.getRowCount(); row++) {
            var cells = new ArrayList<String>();
            for (int column = 0; column < table.getColumnCount(); column++) {
                cells.add(String.valueOf(table.getValueAt(row, column)));
            }
            rows.add(String.join(" | ", cells));
        }
        return String.join(" ; ", rows);
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
