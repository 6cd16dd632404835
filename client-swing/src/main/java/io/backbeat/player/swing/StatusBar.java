package io.backbeat.player.swing;

import io.backbeat.player.model.NowPlaying;
import io.backbeat.player.model.StoreStatus;
import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Which store the player uses and whether it is there; a note when the preview plays silently. */
final class StatusBar extends JPanel {

    private final StoreStatus store;
    private final NowPlaying nowPlaying;
    private final JLabel storeLabel = new JLabel();
    private final JLabel audioLabel = new JLabel();

    StatusBar(StoreStatus store, NowPlaying nowPlaying) {
        super(new BorderLayout(12, 0));
        this.store = store;
        this.nowPlaying = nowPlaying;
        setBorder(BorderFactory.createEmptyBorder(3, 10, 3, 10));
        storeLabel.setName("storeStatus");
        audioLabel.setName("audioStatus");
        add(storeLabel, BorderLayout.WEST);
        add(audioLabel, BorderLayout.EAST);
        store.addChangeListener(this::showState);
        nowPlaying.addChangeListener(this::showState);
        showState();
    }

    private void showState() {
        storeLabel.setText(store.summary());
        var sounding = nowPlaying.state() == NowPlaying.State.PLAYING || nowPlaying.state() == NowPlaying.State.PAUSED;
        audioLabel.setText(sounding && nowPlaying.silent() ? "No audio device: playing silently" : "");
    }
}
