package io.backbeat.player.swing;

import io.backbeat.player.model.Song;
import io.backbeat.player.viewcontroller.SongListController;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.TransferHandler;

/**
 * Drag and drop on a song list's table: rows dragged within the table move there; MP3 files dropped from the desktop
 * are added where they fall.
 */
final class SongRowTransfer extends TransferHandler {

    // Rows travel as "rows:3,4" text; the prefix keeps text dragged in from elsewhere from being read as rows.
    private static final String ROWS = "backbeat-rows:";

    private final SongListController controller;
    private final Supplier<String> listId;

    SongRowTransfer(SongListController controller, Supplier<String> listId) {
        this.controller = controller;
        this.listId = listId;
    }

    @Override
    public int getSourceActions(JComponent component) {
        return MOVE;
    }

    @Override
    protected Transferable createTransferable(JComponent component) {
        var rows = ((JTable) component).getSelectedRows();
        return new StringSelection(ROWS + Arrays.stream(rows).mapToObj(Integer::toString)
                .collect(Collectors.joining(",")));
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDrop() && listId.get() != null && (support.isDataFlavorSupported(DataFlavor.stringFlavor)
                || support.isDataFlavorSupported(DataFlavor.javaFileListFlavor));
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        var table = (JTable) support.getComponent();
        var before = ((JTable.DropLocation) support.getDropLocation()).getRow();
        var id = listId.get();
        try {
            if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                @SuppressWarnings("unchecked")
                var files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                var songs = files.stream().filter(file -> file.getName().toLowerCase(Locale.ROOT).endsWith(".mp3"))
                        .map(file -> (Song) Song.Local.of(file.toPath())).toList();
                controller.add(id, songs);
                return !songs.isEmpty();
            }
            var text = (String) support.getTransferable().getTransferData(DataFlavor.stringFlavor);
            if (!text.startsWith(ROWS)) {
                return false;
            }
            var rows = Arrays.stream(text.substring(ROWS.length()).split(",")).mapToInt(Integer::parseInt).toArray();
            var start = controller.move(id, rows, before < 0 ? table.getRowCount() : before);
            if (start >= 0) {
                table.getSelectionModel().setSelectionInterval(start, start + rows.length - 1);
            }
            return start >= 0;
        } catch (UnsupportedFlavorException | IOException | NumberFormatException e) {
            return false;
        }
    }
}
