package io.backbeat.player.swing;

import io.backbeat.player.model.Durations;
import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.viewcontroller.PlaybackController;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSlider;

/** What plays: title and artist, play/pause and stop, elapsed and remaining time, volume. */
final class NowPlayingBar extends JPanel {

    private final NowPlaying nowPlaying;
    private final JLabel title = new JLabel();
    private final JLabel artist = new JLabel();
    private final JLabel state = new JLabel();
    private final JButton playPause = new JButton("Play");
    private final JButton stop = new JButton("Stop");
    private final JLabel elapsed = new JLabel("0:00");
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel remaining = new JLabel("-0:00");

    NowPlayingBar(PlaybackController playback) {
        super(new BorderLayout(12, 0));
        nowPlaying = playback.nowPlaying();
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, getForeground().darker()),
                BorderFactory.createEmptyBorder(8, 10, 8, 10)));
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        title.setName("nowPlayingTitle");
        state.setName("nowPlayingState");
        playPause.setName("playPause");
        playPause.addActionListener(e -> playback.togglePause());
        stop.addActionListener(e -> playback.stop());

        var volume = new JSlider(0, 100, playback.volume());
        volume.setToolTipText("Volume");
        volume.addChangeListener(e -> playback.setVolume(volume.getValue()));

        var what = new JPanel();
        what.setLayout(new BoxLayout(what, BoxLayout.PAGE_AXIS));
        what.add(title);
        what.add(artist);
        what.add(state);

        var time = new JPanel(new BorderLayout(6, 0));
        time.add(elapsed, BorderLayout.WEST);
        time.add(progress, BorderLayout.CENTER);
        time.add(remaining, BorderLayout.EAST);

        var controls = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        controls.add(playPause);
        controls.add(stop);
        controls.add(Box.createHorizontalStrut(12));
        controls.add(new JLabel("Volume"));
        controls.add(volume);

        var center = new JPanel(new BorderLayout(0, 4));
        center.add(controls, BorderLayout.NORTH);
        center.add(time, BorderLayout.SOUTH);

        add(what, BorderLayout.WEST);
        add(center, BorderLayout.CENTER);
        nowPlaying.addChangeListener(this::showState);
        showState();
    }

    private void showState() {
        var work = nowPlaying.work();
        title.setText(work.map(w -> w.title()).orElse("Nothing playing"));
        artist.setText(work.map(w -> w.artist()).orElse("Double-click a search result to hear its preview"));
        state.setText(switch (nowPlaying.state()) {
            case NOTHING -> " ";
            case LOADING -> "Loading preview…";
            case PLAYING -> "Playing preview";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped";
            case FINISHED -> "Preview finished";
        });
        playPause.setText(nowPlaying.state() == NowPlaying.State.PLAYING ? "Pause" : "Play");
        playPause.setEnabled(work.isPresent() && nowPlaying.state() != NowPlaying.State.LOADING);
        stop.setEnabled(nowPlaying.state() == NowPlaying.State.PLAYING
                || nowPlaying.state() == NowPlaying.State.PAUSED || nowPlaying.state() == NowPlaying.State.LOADING);
        elapsed.setText(Durations.minutesSeconds(nowPlaying.positionMillis() / 1000));
        remaining.setText("-" + Durations.minutesSeconds((nowPlaying.remainingMillis() + 999) / 1000));
        var duration = nowPlaying.durationMillis();
        progress.setValue(duration == 0 ? 0 : (int) (nowPlaying.positionMillis() * 1000 / duration));
    }
}
