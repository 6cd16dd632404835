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
    private final SongListController songLists;
    private final AccountController account;
    private final PurchasesController purchases;
    private final UploadController uploads;
    private final PlayerView view;

    public PlayerController(PlayerSettings settings, TaskRunner tasks, StoreConnection store,
                            SearchController search, PlaybackController playback, SongListController songLists,
                            AccountController account, PurchasesController purchases, UploadController uploads,
                            PlayerView view) {
        this.settings = settings;
        this.tasks = tasks;
        this.store = store;
        this.search = search;
        this.playback = playback;
        this.songLists = songLists;
        this.account = account;
        this.purchases = purchases;
        this.uploads = uploads;
        this.view = view;
    }

    public SearchController search() {
        return search;
    }

    public PlaybackController playback() {
        return playback;
    }

    public SongListController songLists() {
        return songLists;
    }

    public AccountController account() {
        return account;
    }

    public PurchasesController purchases() {
        return purchases;
    }

    public UploadController uploads() {
        return uploads;
    }

    /** Called once the window shows: reads the song lists and the key, and finds out whether the store is there. */
    public void start() {
        songLists.load();
        account.start();
        purchases.refresh();
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
