package io.backbeat.player.viewcontroller;

import io.backbeat.catalog.BackbeatLink;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreAddress;
import io.backbeat.player.model.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The main window's controller: starts the player, opens {@code .backbeat} links, switches the look. */
public final class PlayerController {

    private final PlayerSettings settings;
    private final TaskRunner tasks;
    private final StoreConnection store;
    private final SearchController search;
    private final PlaybackController playback;
    private final PlayerView view;

    public PlayerController(PlayerSettings settings, TaskRunner tasks, StoreConnection store,
                            SearchController search, PlaybackController playback, PlayerView view) {
        this.settings = settings;
        this.tasks = tasks;
        this.store = store;
        this.search = search;
        this.playback = playback;
        this.view = view;
    }

    public SearchController search() {
        return search;
    }

    public PlaybackController playback() {
        return playback;
    }

    /** Called once the window shows: finds out whether the store is there, for the status bar. */
    public void start() {
        store.checkReachable();
    }

    /**
     * Reads a {@code .backbeat} link and plays its work. A link to another store switches to that store for this
     * run only: the remembered store stays the user's choice.
     */
    public void openLink(Path file) {
        tasks.run(() -> read(file), link -> {
            var linkedStore = StoreAddress.parse(link.server().toString());
            if (!linkedStore.equals(store.address())) {
                store.use(linkedStore);
            }
            playback.play(link.work(), link.title().isBlank() ? "work " + link.work() : link.title());
        }, failure -> view.showProblem("Cannot open " + file.getFileName(), failure.getMessage()));
    }

    public void useTheme(Theme theme) {
        settings.setTheme(theme);
    }

    private static BackbeatLink read(Path file) throws IOException {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return BackbeatLink.parse(in);
        } catch (NoSuchFileException e) {
            throw new IOException("There is no file " + file, e);
        } catch (IOException e) {
            throw new IOException("The file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
