package io.backbeat.player.swing;

import io.backbeat.catalog.BackbeatLink;
import io.backbeat.player.model.PlayerSettings;
import io.backbeat.player.model.StoreStatus;
import io.backbeat.player.model.Theme;
import io.backbeat.player.viewcontroller.PlayerController;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Files;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.JPanel;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The player's one window: search, song lists, purchases, upload (for musicians) and the account in tabs, now playing and the status bar below, File and View
 * menus.
 */
final class MainWindow extends JFrame {

    private final PlayerController controller;
    private final PlayerSettings settings;
    private final SongListsPanel songLists;

    MainWindow(PlayerController controller, PlayerSettings settings, StoreStatus store) {
        super("Backbeat Player");
        this.controller = controller;
        this.settings = settings;
        setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
        var search = new SearchPanel(controller.search(), controller.playback(), controller.songLists(),
                controller.purchases());
        songLists = new SongListsPanel(controller.songLists());
        var tabs = new JTabbedPane();
        tabs.setName("tabs");
        tabs.addTab("Search", search);
        tabs.addTab("Song Lists", songLists);
        tabs.addTab("Purchases", new PurchasesPanel(controller.purchases(), controller.songLists()));
        tabs.addTab("Account", new AccountPanel(controller.account()));
        showUploadToMusicians(tabs, new UploadPanel(controller.uploads()));
        var bottom = new JPanel(new BorderLayout());
        bottom.add(new NowPlayingBar(controller.playback()), BorderLayout.CENTER);
        bottom.add(new StatusBar(store, controller.playback().nowPlaying()), BorderLayout.SOUTH);
        add(tabs, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        setJMenuBar(menus());
        settings.addChangeListener(() -> Themes.switchTo(settings.theme()));
        setMinimumSize(new Dimension(640, 420));
        setSize(960, 620);
        setLocationRelativeTo(null);
        // Typing can start at once.
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                search.queryField().requestFocusInWindow();
            }
        });
    }

    /** The Upload tab is there while the signed-in account is a musician's, before Account. */
    private void showUploadToMusicians(JTabbedPane tabs, UploadPanel upload) {
        var account = controller.account().account();
        Runnable update = () -> {
            int at = tabs.indexOfComponent(upload);
            if (account.musician() && at < 0) {
                tabs.insertTab("Upload", null, upload, null, tabs.getTabCount() - 1);
            } else if (!account.musician() && at >= 0) {
                tabs.remove(upload);
            }
        };
        account.addChangeListener(update);
        update.run();
    }

    private JMenuBar menus() {
        var file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        var open = new JMenuItem("Open Backbeat Link…");
        open.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, getToolkit().getMenuShortcutKeyMaskEx()));
        open.addActionListener(e -> chooseLink());
        var quit = new JMenuItem("Quit");
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, getToolkit().getMenuShortcutKeyMaskEx()));
        quit.addActionListener(e -> dispatchEvent(new WindowEvent(this, WindowEvent.WINDOW_CLOSING)));
        var newList = new JMenuItem("New Song List…");
        newList.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_N, getToolkit().getMenuShortcutKeyMaskEx()));
        newList.addActionListener(e -> songLists.create());
        var importM3u = new JMenuItem("Import M3U Playlist…");
        importM3u.addActionListener(e -> chooseM3uToImport());
        var exportM3u = new JMenuItem("Export Song List as M3U…");
        exportM3u.addActionListener(e -> chooseM3uToExport());
        file.add(open);
        file.addSeparator();
        file.add(newList);
        file.add(importM3u);
        file.add(exportM3u);
        file.addSeparator();
        file.add(quit);

        var view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        var looks = new ButtonGroup();
        for (var theme : Theme.values()) {
            var item = new JRadioButtonMenuItem(theme == Theme.DARK ? "Dark" : "Light", settings.theme() == theme);
            item.addActionListener(e -> controller.useTheme(theme));
            looks.add(item);
            view.add(item);
        }

        var bar = new JMenuBar();
        bar.add(file);
        bar.add(view);
        return bar;
    }

    private void chooseM3uToImport() {
        var chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("M3U playlists", "m3u", "m3u8"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            controller.songLists().importM3u(chooser.getSelectedFile().toPath());
        }
    }

    private void chooseM3uToExport() {
        var list = controller.songLists().selected();
        if (list.isEmpty()) {
            JOptionPane.showMessageDialog(this, "Choose a song list on the Song Lists tab first.", "Export",
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        var chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("M3U playlists", "m3u", "m3u8"));
        chooser.setSelectedFile(new File(list.get().name().replaceAll("[/\\\\:*?\"<>|]", "_") + ".m3u8"));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            var target = chooser.getSelectedFile().toPath();
            if (Files.exists(target) && JOptionPane.showConfirmDialog(this, target + " exists. Replace it?",
                    "Export", JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
                return;
            }
            controller.songLists().exportM3u(list.get().id(), target);
        }
    }

    private void chooseLink() {
        var chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("Backbeat links", BackbeatLink.EXTENSION.substring(1)));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            controller.openLink(chooser.getSelectedFile().toPath());
        }
    }
}
