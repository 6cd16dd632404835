package io.backbeat.player.swing;

import io.backbeat.catalog.WorkSummary;
import io.backbeat.player.model.Durations;
import java.util.List;
import java.util.Objects;
import javax.swing.table.AbstractTableModel;

/** Search results as table rows. */
final class WorkTableModel extends AbstractTableModel {

    private static final String[] COLUMNS = {"Artist", "Title", "Album", "Genre", "Duration", "Price (points)"};

    private List<WorkSummary> works = List.of();

    void show(List<WorkSummary> works) {
        if (!works.equals(this.works)) {
            this.works = works;
            fireTableDataChanged();
        }
    }

    WorkSummary workAt(int row) {
        return works.get(row);
    }

    @Override
    public int getRowCount() {
        return works.size();
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
        return column == 5 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        var work = works.get(row);
        return switch (column) {
            case 0 -> work.artist();
            case 1 -> work.title();
            case 2 -> Objects.requireNonNullElse(work.album(), "");
            case 3 -> Objects.requireNonNullElse(work.genre(), "");
            case 4 -> Durations.minutesSeconds(work.durationSeconds());
            case 5 -> work.pricePoints();
            default -> throw new IndexOutOfBoundsException("No column " + column);
        };
    }
}
