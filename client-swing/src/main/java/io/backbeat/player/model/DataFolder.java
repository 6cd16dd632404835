package io.backbeat.player.model;

import java.nio.file.Path;

/**
 * Where the player keeps its files (song lists, keys, purchases): {@code -Dbackbeat.player.data} if given (tests give
 * each run its own), else {@code $XDG_DATA_HOME/backbeat-player}, else {@code ~/.local/share/backbeat-player}.
 */
public final class DataFolder {

    public static final String PROPERTY = "backbeat.player.data";

    private DataFolder() {
    }

    public static Path ofCurrentUser() {
        var chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        var xdg = System.getenv("XDG_DATA_HOME");
        var base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("backbeat-player");
    }
}
