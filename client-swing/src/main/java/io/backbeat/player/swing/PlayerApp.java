package io.backbeat.player.swing;

import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.SystemAudio;
import io.backbeat.player.model.Account;
import io.backbeat.player.model.DataFolder;
import io.backbeat.player.model.LaunchOptions;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.Purchases;
import io.backbeat.player.model.SearchState;
import io.backbeat.player.model.SongLists;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.model.Upload;
import io.backbeat.player.store.LicenceListFile;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.PurchaseLibrary;
import io.backbeat.player.store.SongListsFile;
import io.backbeat.player.store.DesktopEntry;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.swing.venue.VenueWindow;
import io.backbeat.player.viewcontroller.AccountController;
import io.backbeat.player.viewcontroller.PlaybackController;
import io.backbeat.player.viewcontroller.PlayerController;
import io.backbeat.player.viewcontroller.PurchasesController;
import io.backbeat.player.viewcontroller.SearchController;
import io.backbeat.player.viewcontroller.SongListController;
import io.backbeat.player.viewcontroller.StoreConnection;
import io.backbeat.player.viewcontroller.TaskRunner;
import io.backbeat.player.viewcontroller.UploadController;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.SwingUtilities;

/**
 * Starts the Backbeat player: {@code java -jar backbeat-player.jar [--server URL] [--dark|--light] [FILE]}, or with
 * {@code --venue-zone ID} the unattended venue player instead of the main window.
 */
public final class PlayerApp {

    static final int BAD_ARGUMENTS = 2;
    static final int NO_DISPLAY = 3;
    static final int CANNOT_INSTALL = 4;

    private PlayerApp() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("backbeat-player: " + e.getMessage());
            System.err.println();
            System.err.print(LaunchOptions.USAGE);
            System.exit(BAD_ARGUMENTS);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        if (options.installDesktopEntry()) {
            installDesktopEntry();
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("backbeat-player: there is no display to open the player's window on");
            System.exit(NO_DISPLAY);
        }
        var settings = PlayerSettings.ofCurrentUser();
        options.server().ifPresent(settings::setStoreAddress);
        options.theme().ifPresent(settings::setTheme);
        Themes.install(settings.theme());
        if (options.venueZone().isPresent()) {
            SwingUtilities.invokeLater(() -> VenueWindow.open(settings, DataFolder.ofCurrentUser(),
                    options.venueZone().getAsLong()));
            return;
        }
        SwingUtilities.invokeLater(() -> open(settings, options.link()));
    }

    private static void installDesktopEntry() {
        try {
            var jar = Path.of(PlayerApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            var java = Path.of(System.getProperty("java.home"), "bin", "java");
            DesktopEntry.ofCurrentUser().install(java, jar).forEach(System.out::println);
        } catch (IOException | URISyntaxException e) {
            System.err.println("backbeat-player: could not install the desktop entry: " + e.getMessage());
            System.exit(CANNOT_INSTALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void browse(URI page) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new IOException("this desktop has no browser the player can open");
        }
        Desktop.getDesktop().browse(page);
    }

    private static void open(PlayerSettings settings, Optional<Path> link) {
        var tasks = new TaskRunner(SwingUtilities::invokeLater);
        var status = new StoreStatus(settings.storeAddress());
        var data = DataFolder.ofCurrentUser();
        var trusted = new TrustedCertificates(data);
        var view = new DialogView();
        var store = new StoreConnection(address -> new StoreClient(address, trusted), tasks, status, trusted, view);
        var search = new SearchController(tasks, store, new SearchState());
        var playback = new PlaybackController(tasks, store, new NowPlaying(),
                new AudioPlayer(SystemAudio.speakersOrSilence()), settings, view);
        var songLists = new SongListController(tasks, new SongLists(), new SongListsFile(data), store, playback, view);
        var account = new AccountController(tasks, store, new Account(), new PlayerKeyring(data), settings, view,
                PlayerApp::browse);
        var purchases = new PurchasesController(tasks, store, account, new Purchases(),
                new PurchaseLibrary(data.resolve("library")), new LicenceListFile(data.resolve("library")), playback,
                view);
        var uploads = new UploadController(tasks, store, account, new Upload(), view, UploadController.POLL_EVERY);
        var controller = new PlayerController(settings, tasks, store, search, playback, songLists, account, purchases,
                uploads, view);
        new MainWindow(controller, settings, status).setVisible(true);
        controller.start();
        link.ifPresent(controller::openLink);
    }
}
