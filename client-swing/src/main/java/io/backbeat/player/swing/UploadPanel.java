package io.backbeat.player.swing;

import io.backbeat.player.model.Upload;
import io.backbeat.player.store.SongDetails;
import io.backbeat.player.viewcontroller.UploadController;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.DefaultTableModel;

/**
 * The musician's upload: the master (chosen, typed or dropped on the panel) and its song information, the bytes
 * sent, then the store's pipeline and the QA report. The store's refusals show beside the inputs they concern.
 */
final class UploadPanel extends JPanel {

    private static final Color PROBLEM = new Color(0xC6, 0x28, 0x28);

    private final UploadController controller;
    private final Upload upload;
    private final JTextField file = field("uploadFile", 32);
    private final JTextField title = field("uploadTitle", 24);
    private final JTextField album = field("uploadAlbum", 24);
    private final JTextField track = field("uploadTrack", 4);
    private final JTextField genre = field("uploadGenre", 16);
    private final JTextField year = field("uploadYear", 5);
    private final JTextField price = field("uploadPrice", 7);
    private final JCheckBox explicit = new JCheckBox("Explicit lyrics");
    private final JCheckBox business = new JCheckBox("Licensed for background music in businesses");
    // Each input's problem, by the name the store gives the input.
    private final Map<String, JLabel> problems = new LinkedHashMap<>();
    private final JButton send = new JButton("Upload");
    private final JButton cancel = new JButton("Cancel Upload");
    private final JProgressBar bytes = new JProgressBar(0, 100);
    private final JLabel state = new JLabel(" ");
    private final JProgressBar pipeline = new JProgressBar();
    private final DefaultTableModel report = new DefaultTableModel(new Object[] {"Measure", "Found"}, 0) {
        @Override
        public boolean isCellEditable(int row, int column) {
            return false;
        }
    };

    UploadPanel(UploadController controller) {
        super(new BorderLayout(0, 8));
        this.controller = controller;
        upload = controller.upload();
        setBorder(BorderFactory.createEmptyBorder(10, 10, 6, 10));
        send.setName("upload");
        cancel.setName("cancelUpload");
        bytes.setName("uploadProgress");
        bytes.setStringPainted(true);
        state.setName("uploadState");
        pipeline.setIndeterminate(true);
        explicit.setName("uploadExplicit");
        business.setName("uploadBusiness");
        var choose = new JButton("Choose…");
        choose.addActionListener(e -> choose());
        send.addActionListener(e -> controller.send(chosenFile(), new SongDetails(title.getText(), album.getText(),
                track.getText(), genre.getText(), year.getText(), price.getText(), explicit.isSelected(),
                business.isSelected())));
        cancel.addActionListener(e -> controller.cancel());
        // A master dropped anywhere on the panel is the one to send.
        setTransferHandler(new TransferHandler() {
            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    var files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                    if (files.isEmpty()) {
                        return false;
                    }
                    file.setText(((File) files.get(0)).getPath());
                    return true;
                } catch (Exception unreadable) {
                    return false;
                }
            }
        });

        var note = new JLabel("Uploads need a musician account (sign in on the Account tab). Drop the MP3, WAV or"
                + " FLAC master here, or choose it.");
        var form = new JPanel(new GridBagLayout());
        var fileRow = new JPanel(new BorderLayout(4, 0));
        fileRow.add(file, BorderLayout.CENTER);
        fileRow.add(choose, BorderLayout.EAST);
        row(form, 0, "Master file:", fileRow, "file");
        row(form, 1, "Title:", title, "title");
        row(form, 2, "Album:", album, "album");
        row(form, 3, "Track:", track, "trackNumber");
        row(form, 4, "Genre:", genre, "genre");
        row(form, 5, "Year:", year, "year");
        row(form, 6, "Price (points):", price, "pricePoints");
        row(form, 7, "", explicit, "explicit");
        row(form, 8, "", business, "licensedForBusiness");
        var buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(send);
        buttons.add(cancel);
        var progress = new JPanel(new BorderLayout(8, 4));
        progress.add(buttons, BorderLayout.WEST);
        progress.add(bytes, BorderLayout.CENTER);
        var status = new JPanel(new BorderLayout(8, 4));
        status.add(state, BorderLayout.CENTER);
        status.add(pipeline, BorderLayout.EAST);
        var top = new JPanel(new BorderLayout(0, 8));
        top.add(note, BorderLayout.NORTH);
        top.add(form, BorderLayout.CENTER);
        top.add(progress, BorderLayout.SOUTH);
        var table = new JTable(report);
        table.setName("uploadReport");
        table.setFillsViewportHeight(true);
        var bottom = new JPanel(new BorderLayout(0, 4));
        bottom.add(status, BorderLayout.NORTH);
        bottom.add(new JScrollPane(table), BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(bottom, BorderLayout.CENTER);
        upload.addChangeListener(this::showState);
        showState();
    }

    private static JTextField field(String name, int columns) {
        var field = new JTextField(columns);
        field.setName(name);
        return field;
    }

    private void row(JPanel form, int y, String label, JComponent input, String field) {
        var problem = new JLabel();
        problem.setName("problem-" + field);
        problem.setForeground(PROBLEM);
        problems.put(field, problem);
        var at = new GridBagConstraints();
        at.gridy = y;
        at.insets = new Insets(2, 0, 2, 8);
        at.anchor = GridBagConstraints.LINE_END;
        form.add(new JLabel(label), at);
        at.anchor = GridBagConstraints.LINE_START;
        at.fill = GridBagConstraints.HORIZONTAL;
        form.add(input, at);
        at.fill = GridBagConstraints.NONE;
        at.weightx = 1;
        form.add(problem, at);
    }

    private void choose() {
        var chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("Masters (MP3, WAV, FLAC)", "mp3", "wav", "flac"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            file.setText(chooser.getSelectedFile().getPath());
        }
    }

    private Path chosenFile() {
        var text = file.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    private void showState() {
        problems.forEach((field, label) -> label.setText(upload.problemWith(field)));
        var phase = upload.phase();
        var sending = phase == Upload.Phase.SENDING;
        send.setEnabled(!sending);
        cancel.setEnabled(sending);
        bytes.setValue(phase == Upload.Phase.EDITING ? 0 : sending ? upload.percent() : 100);
        bytes.setString(sending ? upload.progressText() : phase == Upload.Phase.EDITING ? "" : "Sent");
        pipeline.setVisible(phase == Upload.Phase.IN_PIPELINE);
        state.setText(upload.message().isEmpty() ? " " : upload.message());
        report.setRowCount(0);
        for (var finding : upload.report()) {
            report.addRow(new Object[] {finding.measure(), finding.value()});
        }
    }
}
