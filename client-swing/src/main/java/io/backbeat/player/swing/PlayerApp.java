package io.backbeat.player.swing;

import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.SystemAudio;
import io.backbeat.player.model.LaunchOptions;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.SearchState;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.store.StoreClient;
import io.backbeat.player.viewcontroller.PlaybackController;
import io.backbeat.player.viewcontroller.PlayerController;
import io.backbeat.player.viewcontroller.SearchController;
import io.backbeat.player.viewcontroller.StoreConnection;
import io.backbeat.player.viewcontroller.TaskRunner;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.SwingUtilities;

/** Starts the Backbeat player: {@code java -jar backbeat-player.jar [--server URL] [--dark|--light] [FILE]}. */
public final class PlayerApp {

    static final int BAD_ARGUMENTS = 2;
    static final int NO_DISPLAY = 3;

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
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("backbeat-player: there is no display to open the player's window on");
            System.exit(NO_DISPLAY);
        }
        var settings = PlayerSettings.ofCurrentUser();
        options.server().ifPresent(settings::setStoreAddress);
        options.theme().ifPresent(settings::setTheme);
        Themes.install(settings.theme());
        SwingUtilities.invokeLater(() -> open(settings, options.link()));
    }

    private static void open(PlayerSettings settings, Optional<Path> link) {
        var tasks = new TaskRunner(SwingUtilities::invokeLater);
        var status = new StoreStatus(settings.storeAddress());
        var store = new StoreConnection(StoreClient::new, tasks, status);
        var view = new DialogView();
        var search = new SearchController(tasks, store, new SearchState());
        var playback = new PlaybackController(tasks, store, new NowPlaying(),
                new AudioPlayer(SystemAudio.speakersOrSilence()), settings, view);
        var controller = new PlayerController(settings, tasks, store, search, playback, view);
        new MainWindow(controller, settings, status).setVisible(true);
        controller.start();
        link.ifPresent(controller::openLink);
    }
}
