package io.backbeat.player.swing;

import com.formdev.flatlaf.FlatClientProperties;
import io.backbeat.player.viewcontroller.PlaybackController;
import io.backbeat.player.viewcontroller.SearchController;
import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** The search field, the results and the line that sums them up. Double-click or Enter plays a result. */
final class SearchPanel extends JPanel {

    private final SearchController search;
    private final PlaybackController playback;
    private final JTextField query = new JTextField();
    private final WorkTableModel rows = new WorkTableModel();
    private final JTable results = new JTable(rows);
    private final JLabel summary = new JLabel();

    SearchPanel(SearchController search, PlaybackController playback) {
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

        add(query, BorderLayout.NORTH);
        add(new JScrollPane(results), BorderLayout.CENTER);
        add(summary, BorderLayout.SOUTH);
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
            playback.play(rows.workAt(results.convertRowIndexToModel(row)));
        }
    }
}
