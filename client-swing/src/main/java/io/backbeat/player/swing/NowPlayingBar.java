package io.backbeat.player.swing;

import io.backbeat.player.model.Durations;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.viewcontroller.PlaybackController;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingConstants;


/** What plays: title and artist, play/pause and stop, elapsed and remaining time, volume. */
final class NowPlayingBar extends JPanel {

    private final NowPlaying nowPlaying;
    private static final int COVER_SIZE = 56;

    private final JLabel cover = new JLabel("♪", SwingConstants.CENTER);
    private byte[] coverShown;
    private final JLabel title = new JLabel();
    private final JLabel artist = new JLabel();
    private final JLabel state = new JLabel();
    private final JButton playPause = new JButton("Play");
    private final JButton stop = new JButton("Stop");
    private final JButton previous = new JButton("Previous");
    private final JButton next = new JButton("Next");
    private final JLabel elapsed = new JLabel("0:00");
    // Thousandths of the sound: drag or click to seek.
    private final JSlider position = new JSlider(0, 1000, 0);
    private final JLabel remaining = new JLabel("-0:00");
    private int shown;

    NowPlayingBar(PlaybackController playback) {
        super(new BorderLayout(12, 0));
        nowPlaying = playback.nowPlaying();
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, getForeground().darker()),
                BorderFactory.createEmptyBorder(8, 10, 8, 10)));
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        title.setName("nowPlayingTitle");
        cover.setName("nowPlayingCover");
        cover.setPreferredSize(new Dimension(COVER_SIZE, COVER_SIZE));
        cover.setBorder(BorderFactory.createLineBorder(getForeground().brighter()));
        cover.setFont(cover.getFont().deriveFont(24f));
        state.setName("nowPlayingState");
        playPause.setName("playPause");
        playPause.addActionListener(e -> playback.togglePause());
        stop.addActionListener(e -> playback.stop());
        previous.setName("previous");
        previous.addActionListener(e -> playback.previous());
        next.setName("next");
        next.addActionListener(e -> playback.next());

        position.setName("position");
        position.setToolTipText("Drag to move through the song");
        position.addChangeListener(e -> {
            // Only what the hand does seeks; the bar following the sound does not.
            if (!position.getValueIsAdjusting() && position.getModel().getValue() != shown) {
                playback.seek(nowPlaying.durationMillis() * position.getValue() / 1000);
            }
        });

        var volume = new JSlider(0, 100, playback.volume());
        volume.setToolTipText("Volume");
        // Narrow enough that previous, play, stop, next and the volume fit beside a long title in a small window.
        volume.setPreferredSize(new Dimension(120, volume.getPreferredSize().height));
        volume.addChangeListener(e -> playback.setVolume(volume.getValue()));

        var what = new JPanel();
        what.setLayout(new BoxLayout(what, BoxLayout.PAGE_AXIS));
        what.add(title);
        what.add(artist);
        what.add(state);

        var time = new JPanel(new BorderLayout(6, 0));
        time.add(elapsed, BorderLayout.WEST);
        time.add(position, BorderLayout.CENTER);
        time.add(remaining, BorderLayout.EAST);

        var controls = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        controls.add(previous);
        controls.add(playPause);
        controls.add(stop);
        controls.add(next);
        controls.add(Box.createHorizontalStrut(12));
        controls.add(new JLabel("Volume"));
        controls.add(volume);

        var center = new JPanel(new BorderLayout(0, 4));
        center.add(controls, BorderLayout.NORTH);
        center.add(time, BorderLayout.SOUTH);

        var left = new JPanel(new BorderLayout(10, 0));
        left.add(cover, BorderLayout.WEST);
        left.add(what, BorderLayout.CENTER);
        add(left, BorderLayout.WEST);
        add(center, BorderLayout.CENTER);
        nowPlaying.addChangeListener(this::showState);
        showState();
    }

    private void showState() {
        var work = nowPlaying.song();
        showCover(nowPlaying.cover().orElse(null));
        var preview = nowPlaying.preview();
        title.setText(work.map(w -> w.title()).orElse("Nothing playing"));
        artist.setText(work.map(w -> w.artist()).orElse("Double-click a song to hear it"));
        state.setText(switch (nowPlaying.state()) {
            case NOTHING -> " ";
            case LOADING -> preview ? "Loading preview…" : "Loading…";
            case PLAYING -> preview ? "Playing preview" : "Playing";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped";
            case FINISHED -> preview ? "Preview finished" : "Finished";
        });
        previous.setEnabled(nowPlaying.hasPrevious());
        next.setEnabled(nowPlaying.hasNext());
        playPause.setText(nowPlaying.state() == NowPlaying.State.PLAYING ? "Pause" : "Play");
        playPause.setEnabled(work.isPresent() && nowPlaying.state() != NowPlaying.State.LOADING);
        stop.setEnabled(nowPlaying.state() == NowPlaying.State.PLAYING
                || nowPlaying.state() == NowPlaying.State.PAUSED || nowPlaying.state() == NowPlaying.State.LOADING);
        elapsed.setText(Durations.minutesSeconds(nowPlaying.positionMillis() / 1000));
        remaining.setText("-" + Durations.minutesSeconds((nowPlaying.remainingMillis() + 999) / 1000));
        var duration = nowPlaying.durationMillis();
        var playing = nowPlaying.state() == NowPlaying.State.PLAYING || nowPlaying.state() == NowPlaying.State.PAUSED;
        position.setEnabled(playing && duration > 0);
        if (!position.getValueIsAdjusting()) {
            shown = duration == 0 ? 0 : (int) (nowPlaying.positionMillis() * 1000 / duration);
            position.setValue(shown);
        }
    }

    /** The cover art scaled to the bar, or a note where there is none (or it is no picture Java can read). */
    private void showCover(byte[] picture) {
        if (Arrays.equals(picture, coverShown)) {
            return;
        }
        coverShown = picture;
        BufferedImage image = null;
        try {
            image = picture == null ? null : ImageIO.read(new ByteArrayInputStream(picture));
        } catch (IOException unreadable) {
            // Shown as no cover.
        }
        cover.setIcon(image == null ? null
                : new ImageIcon(image.getScaledInstance(COVER_SIZE, COVER_SIZE, Image.SCALE_SMOOTH)));
        cover.setText(image == null ? "♪" : "");
        cover.setToolTipText(image == null ? "No cover art" : "Cover art");
    }
}
