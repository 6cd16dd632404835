package io.backbeat.player.swing;

import com.formdev.flatlaf.FlatClientProperties;
import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.model.Durations;
import io.backbeat.player.swing.RowTableModel.Column;
import io.backbeat.player.viewcontroller.PlaybackController;
import io.backbeat.player.viewcontroller.PurchasesController;
import io.backbeat.player.viewcontroller.SearchController;
import io.backbeat.player.viewcontroller.SongListController;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Objects;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The search field, the results and the line that sums them up. Double-click or Enter plays a result; "Add to Song
 * List" puts it on the chosen song list; "Buy…" spends points on it.
 */
final class SearchPanel extends JPanel {

    private final SearchController search;
    private final PlaybackController playback;
    private final JTextField query = new JTextField();
    private final RowTableModel<WorkSummary> rows = new RowTableModel<>(
            Column.text("Artist", WorkSummary::artist),
            Column.text("Title", WorkSummary::title),
            Column.text("Album", work -> Objects.requireNonNullElse(work.album(), "")),
            Column.text("Genre", work -> Objects.requireNonNullElse(work.genre(), "")),
            Column.text("Duration", work -> Durations.minutesSeconds(work.durationSeconds())),
            Column.number("Price (points)", WorkSummary::pricePoints));
    private final JTable results = new JTable(rows);
    private final JLabel summary = new JLabel();
    private final JButton addToList = new JButton("Add to Song List");
    private final JButton buy = new JButton("Buy…");

    SearchPanel(SearchController search, PlaybackController playback, SongListController songLists,
                PurchasesController purchases) {
        super(new BorderLayout(0, 6));
        this.search = search;
        this.playback = playback;
        setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        query.setName("searchField");
        query.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Search artists, titles, albums");
        query.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        query.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                search.queryChanged(query.getText());
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                search.queryChanged(query.getText());
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // Attribute changes do not change the query.
            }
        });
        results.setName("results");
        results.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        results.setAutoCreateRowSorter(true);
        results.setFillsViewportHeight(true);
        onDoubleClickOrEnterPlaySelected();
        summary.setName("searchSummary");
        addToList.setName("addToList");
        addToList.setEnabled(false);
        addToList.addActionListener(e -> {
            var row = results.getSelectedRow();
            if (row >= 0) {
                songLists.addToSelected(List.of(rows.rowAt(results.convertRowIndexToModel(row))))
                        .ifPresent(list -> addToList.setToolTipText("Added to “" + list.name() + "”"));
            }
        });
        buy.setName("buy");
        buy.setEnabled(false);
        buy.addActionListener(e -> {
            var row = results.getSelectedRow();
            if (row >= 0) {
                var work = rows.rowAt(results.convertRowIndexToModel(row));
                if (JOptionPane.showConfirmDialog(this, "Buy “" + work.title() + "” by " + work.artist() + " for "
                        + work.pricePoints() + " points?", "Buy", JOptionPane.OK_CANCEL_OPTION)
                        == JOptionPane.OK_OPTION) {
                    purchases.buy(work, PurchasesController.newIdempotencyKey());
                }
            }
        });
        results.getSelectionModel().addListSelectionListener(e -> {
            addToList.setEnabled(results.getSelectedRow() >= 0);
            buy.setEnabled(results.getSelectedRow() >= 0);
        });
        var actions = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        actions.add(addToList);
        actions.add(buy);
        var bottom = new JPanel(new BorderLayout(8, 0));
        bottom.add(summary, BorderLayout.CENTER);
        bottom.add(actions, BorderLayout.EAST);

        add(query, BorderLayout.NORTH);
        add(new JScrollPane(results), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        search.state().addChangeListener(this::showState);
        showState();
    }

    JTextField queryField() {
        return query;
    }

    private void showState() {
        rows.show(search.state().results());
        summary.setText(search.state().summary());
    }

    private void onDoubleClickOrEnterPlaySelected() {
        results.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && results.rowAtPoint(e.getPoint()) >= 0) {
                    playSelected();
                }
            }
        });
        results.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "play");
        results.getActionMap().put("play", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                playSelected();
            }
        });
    }

    private void playSelected() {
        var row = results.getSelectedRow();
        if (row >= 0) {
            playback.play(rows.rowAt(results.convertRowIndexToModel(row)));
        }
    }
}
