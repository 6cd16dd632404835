package io.backbeat.player.swing;

import io.backbeat.player.model.Durations;
import io.backbeat.player.model.Song;
import io.backbeat.player.model.SongList;
import io.backbeat.player.swing.RowTableModel.Column;
import io.backbeat.player.viewcontroller.SongListController;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Arrays;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The song lists on the left (new, rename, delete), the chosen list's songs on the right. Songs are reordered by
 * dragging them (or Alt+Up/Down), played by double-click or Enter, removed with Delete; MP3 files can be added with
 * the button or dropped on the table.
 */
final class SongListsPanel extends JPanel {

    private final SongListController controller;
    private final DefaultListModel<SongList> names = new DefaultListModel<>();
    private final JList<SongList> lists = new JList<>(names);
    private final RowTableModel<Song> rows = new RowTableModel<>(
            Column.position("#"),
            Column.text("Title", Song::title),
            Column.text("Artist", Song::artist),
            Column.text("From", song -> song instanceof Song.Local ? "File" : song instanceof Song.Preview ? "Preview"
                    : "Purchase"),
            Column.text("Duration", song -> song.durationSeconds() > 0
                    ? Durations.minutesSeconds(song.durationSeconds()) : ""));
    private final JTable songs = new JTable(rows);
    private final JLabel summary = new JLabel(" ");
    private final JButton rename = new JButton("Rename…");
    private final JButton delete = new JButton("Delete…");
    private final JButton addFiles = new JButton("Add Files…");
    private final JButton remove = new JButton("Remove");
    private boolean showing;

    SongListsPanel(SongListController controller) {
        super(new BorderLayout());
        this.controller = controller;
        setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        lists.setName("songLists");
        lists.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        lists.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                var songList = (SongList) value;
                return super.getListCellRendererComponent(list, songList.name() + "  (" + songList.songs().size()
                        + ")", index, selected, focused);
            }
        });
        lists.addListSelectionListener(e -> {
            if (!showing && !e.getValueIsAdjusting()) {
                var chosen = lists.getSelectedValue();
                controller.select(chosen == null ? null : chosen.id());
                showSongs();
            }
        });

        var newList = button("New…", "newList", e -> create());
        rename.setName("renameList");
        rename.addActionListener(e -> renameSelected());
        delete.setName("deleteList");
        delete.addActionListener(e -> deleteSelected());
        var listButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        listButtons.add(newList);
        listButtons.add(rename);
        listButtons.add(delete);
        var left = new JPanel(new BorderLayout(0, 6));
        left.add(new JLabel("Song lists"), BorderLayout.NORTH);
        left.add(new JScrollPane(lists), BorderLayout.CENTER);
        left.add(listButtons, BorderLayout.SOUTH);
        left.setMinimumSize(new Dimension(260, 100));

        songs.setName("songs");
        songs.setFillsViewportHeight(true);
        songs.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        songs.setDragEnabled(true);
        songs.setDropMode(DropMode.INSERT_ROWS);
        songs.setTransferHandler(new SongRowTransfer(controller, this::selectedId));
        songs.getColumnModel().getColumn(0).setMaxWidth(40);
        keysAndClicks();
        addFiles.setName("addFiles");
        addFiles.addActionListener(e -> chooseFiles());
        remove.setName("removeSongs");
        remove.addActionListener(e -> removeSelectedSongs());
        summary.setName("songListSummary");
        var songButtons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        songButtons.add(addFiles);
        songButtons.add(remove);
        songButtons.add(summary);
        var right = new JPanel(new BorderLayout(0, 6));
        right.add(new JLabel("Drag songs to reorder them; double-click to play from there"), BorderLayout.NORTH);
        right.add(new JScrollPane(songs), BorderLayout.CENTER);
        right.add(songButtons, BorderLayout.SOUTH);

        var split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setDividerLocation(300);
        split.setBorder(null);
        add(split, BorderLayout.CENTER);
        controller.lists().addChangeListener(this::showLists);
        showLists();
    }

    /** Asks for a name and makes a list; the new list is shown. */
    void create() {
        var name = JOptionPane.showInputDialog(this, "Name of the new song list:", "New Song List",
                JOptionPane.PLAIN_MESSAGE);
        if (name != null) {
            controller.create(name).ifPresent(made -> lists.setSelectedValue(made, true));
        }
    }

    String selectedId() {
        var chosen = lists.getSelectedValue();
        return chosen == null ? null : chosen.id();
    }

    private void renameSelected() {
        var chosen = lists.getSelectedValue();
        if (chosen != null) {
            var name = (String) JOptionPane.showInputDialog(this, "New name:", "Rename Song List",
                    JOptionPane.PLAIN_MESSAGE, null, null, chosen.name());
            if (name != null) {
                controller.rename(chosen.id(), name);
            }
        }
    }

    private void deleteSelected() {
        var chosen = lists.getSelectedValue();
        if (chosen != null && JOptionPane.showConfirmDialog(this, "Delete the song list “" + chosen.name() + "” ("
                + chosen.songs().size() + " songs)? The songs themselves stay where they are.", "Delete Song List",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE) == JOptionPane.OK_OPTION) {
            controller.delete(chosen.id());
        }
    }

    private void chooseFiles() {
        var id = selectedId();
        if (id == null) {
            return;
        }
        var chooser = new JFileChooser();
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter("MP3 files", "mp3"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            controller.add(id, Arrays.stream(chooser.getSelectedFiles()).map(file -> (Song) Song.Local.of(file.toPath()))
                    .toList());
        }
    }

    private void removeSelectedSongs() {
        var id = selectedId();
        if (id != null && songs.getSelectedRowCount() > 0) {
            controller.remove(id, songs.getSelectedRows());
        }
    }

    private void moveSelected(int by) {
        var id = selectedId();
        var selected = songs.getSelectedRows();
        if (id == null || selected.length == 0) {
            return;
        }
        var before = by < 0 ? selected[0] - 1 : selected[selected.length - 1] + 2;
        if (before < 0 || before > rows.getRowCount()) {
            return;
        }
        var start = controller.move(id, selected, before);
        if (start >= 0) {
            songs.getSelectionModel().setSelectionInterval(start, start + selected.length - 1);
        }
    }

    private void keysAndClicks() {
        songs.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                var row = songs.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0 && selectedId() != null) {
                    controller.play(selectedId(), row);
                }
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "play", () -> {
            if (selectedId() != null && songs.getSelectedRow() >= 0) {
                controller.play(selectedId(), songs.getSelectedRow());
            }
        });
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "remove", this::removeSelectedSongs);
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), "moveUp", () -> moveSelected(-1));
        bind(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), "moveDown", () -> moveSelected(1));
    }

    private void bind(KeyStroke key, String name, Runnable action) {
        songs.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, name);
        songs.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private static JButton button(String text, String name, ActionListener action) {
        var button = new JButton(text);
        button.setName(name);
        button.addActionListener(action);
        return button;
    }

    /** Shows the lists again after a change, keeping the chosen one chosen (or choosing the controller's). */
    private void showLists() {
        var wanted = controller.selected().map(SongList::id).orElse(selectedId());
        showing = true;
        try {
            names.clear();
            controller.lists().lists().forEach(names::addElement);
            var index = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).id().equals(wanted)) {
                    index = i;
                }
            }
            if (index < 0 && !names.isEmpty()) {
                index = 0;
            }
            if (index >= 0) {
                lists.setSelectedIndex(index);
            }
        } finally {
            showing = false;
        }
        controller.select(selectedId());
        showSongs();
    }

    private void showSongs() {
        var chosen = lists.getSelectedValue();
        rows.show(chosen == null ? List.of() : chosen.songs());
        var has = chosen != null;
        rename.setEnabled(has);
        delete.setEnabled(has);
        addFiles.setEnabled(has);
        remove.setEnabled(has);
        summary.setText(chosen == null ? "Make a song list with New…"
                : chosen.songs().size() + (chosen.songs().size() == 1 ? " song" : " songs")
                + (chosen.totalSeconds() > 0 ? ", " + Durations.minutesSeconds(chosen.totalSeconds()) : ""));
    }
}
