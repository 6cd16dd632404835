package io.backbeat.player.swing.venue;

import io.backbeat.keys.WrongPassphraseException;
import io.backbeat.player.audio.AudioPlayer;
import io.backbeat.player.audio.SystemAudio;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.venue.VenueStatus;
import io.backbeat.player.store.PlayerKeyring;
import io.backbeat.player.store.StoreHttp;
import io.backbeat.player.store.TrustedCertificates;
import io.backbeat.player.store.venue.PlayLogFile;
import io.backbeat.player.store.venue.ScheduledWorkCache;
import io.backbeat.player.store.venue.TimelineFile;
import io.backbeat.player.store.venue.ZoneClient;
import io.backbeat.player.viewcontroller.TaskRunner;
import io.backbeat.player.viewcontroller.venue.VenueController;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The venue player's only window, for a screen nobody watches: the zone, what plays, whether the store answers,
 * what the manager set from afar (paused, volume), what is cached and how much of the play log the store has. It
 * asks once, at start, for the passphrase of the player's key, and then runs on its own: the store knows it by
 * that key, so no one's password is asked for or kept.
 */
public final class VenueWindow extends JFrame {

    private final VenueStatus status;
    private final JLabel zone = new JLabel();
    private final JLabel playing = new JLabel();
    private final JLabel connection = new JLabel();
    private final JLabel control = new JLabel();
    private final JLabel cache = new JLabel();
    private final JLabel log = new JLabel();
    private final JLabel problem = new JLabel();

    private VenueWindow(VenueStatus status, Runnable onClose) {
        super("Backbeat venue player");
        this.status = status;
        zone.setFont(zone.getFont().deriveFont(Font.BOLD, zone.getFont().getSize2D() * 1.6f));
        playing.setFont(playing.getFont().deriveFont(playing.getFont().getSize2D() * 1.3f));
        var rows = new JPanel(new GridLayout(0, 1, 0, 6));
        for (var label : new JLabel[] {zone, playing, connection, control, cache, log, problem}) {
            rows.add(label);
        }
        rows.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        add(rows, BorderLayout.CENTER);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                onClose.run();
            }
        });
        status.addListener(this::refreshLabels);
        refreshLabels();
        setSize(560, 310);
        setLocationByPlatform(true);
    }

    private void refreshLabels() {
        zone.setText(status.zoneName());
        playing.setText("Now: " + status.nowPlaying());
        connection.setText(status.online() ? "Online: the store answers" : "Offline: playing from this player's cache");
        control.setText((status.paused() ? "Paused by the manager" : "Playing") + ", volume " + status.volume() + "%");
        cache.setText(status.cache());
        log.setText("Play log: " + status.playsLogged() + " plays logged, " + status.playsUploaded()
                + " confirmed by the store");
        problem.setText(status.problem().map(text -> "Problem: " + text).orElse(" "));
    }

    /** Asks for the key's passphrase, then plays the zone unattended. Call on the EDT. */
    public static void open(PlayerSettings settings, Path data, long zoneId) {
        var keyring = new PlayerKeyring(data);
        if (!keyring.exists()) {
            JOptionPane.showMessageDialog(null, "This player has no key yet. Start it without --venue-zone, sign in "
                    + "as the venue's manager and register it; then bind zone " + zoneId + " to it on the store.",
                    "Not a registered player", JOptionPane.WARNING_MESSAGE);
            return;
        }
        var passphrase = new JPasswordField(24);
        var form = new JPanel(new GridLayout(0, 1, 0, 4));
        form.add(new JLabel("Passphrase of this player's key"));
        form.add(passphrase);
        while (true) {
            if (JOptionPane.showConfirmDialog(null, form, "Start venue mode for zone " + zoneId,
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE) != JOptionPane.OK_OPTION) {
                return;
            }
            try {
                start(settings, data, zoneId, keyring.unlock(passphrase.getPassword()));
                return;
            } catch (WrongPassphraseException e) {
                JOptionPane.showMessageDialog(null, "That passphrase does not unlock this player's key.",
                        "Wrong passphrase", JOptionPane.WARNING_MESSAGE);
            } catch (IOException e) {
                JOptionPane.showMessageDialog(null, "The player's key cannot be read: " + e.getMessage(),
                        "Cannot start", JOptionPane.WARNING_MESSAGE);
                return;
            }
        }
    }

    private static void start(PlayerSettings settings, Path data, long zoneId, PlayerKeyring.Unlocked keys) {
        var tasks = new TaskRunner(SwingUtilities::invokeLater);
        var status = new VenueStatus(zoneId);
        var venue = new VenueController(tasks, new ZoneClient(new StoreHttp(settings.storeAddress(),
                new TrustedCertificates(data)), zoneId, keys), keys, Clock.systemUTC(),
                new VenueController.Files(new TimelineFile(data, zoneId),
                new ScheduledWorkCache(data.resolve("library")), new PlayLogFile(data, zoneId)),
                new AudioPlayer(SystemAudio.speakersOrSilence()), status);
        new VenueWindow(status, () -> {
            venue.close();
            tasks.close();
        }).setVisible(true);
        venue.start();
    }
}
