package io.backbeat.player.swing;

import io.backbeat.player.model.Durations;
import io.backbeat.player.model.Song;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The songs of one song list as table rows, in the list's order. */
final class SongTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"#", "Title", "Artist", "From", "Duration"};

    private List<Song> songs = List.of();

    void show(List<Song> songs) {
        if (!songs.equals(this.songs)) {
            this.songs = songs;
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return songs.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        var song = songs.get(row);
        return switch (column) {
            case 0 -> row + 1;
            case 1 -> song.title();
            case 2 -> song.artist();
            case 3 -> song instanceof Song.Local ? "File" : song instanceof Song.Preview ? "Preview" : "Purchase";
            case 4 -> song.durationSeconds() > 0 ? Durations.minutesSeconds(song.durationSeconds()) : "";
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }
}
