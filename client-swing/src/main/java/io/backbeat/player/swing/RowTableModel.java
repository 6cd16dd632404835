package io.backbeat.player.swing;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/**
 * Rows of one kind as a table: each column a heading, a type (how the table sorts and aligns it) and how a row shows
 * in it. {@link #show} replaces the rows, and repaints only when they changed.
 */
final class RowTableModel<T> extends AbstractTableModel {

    /** One column: its heading, its type, and its value for a row (given the row and its position, from 0). */
    record Column<T>(String heading, Class<?> type, BiFunction<T, Integer, Object> value) {

        static <T> Column<T> text(String heading, Function<T, String> value) {
            return new Column<>(heading, String.class, (row, position) -> value.apply(row));
        }

        static <T> Column<T> number(String heading, Function<T, Integer> value) {
            return new Column<>(heading, Integer.class, (row, position) -> value.apply(row));
        }

        /** The row's place in the table, from 1. */
        static <T> Column<T> position(String heading) {
            return new Column<>(heading, Integer.class, (row, position) -> position + 1);
        }
    }

    private final List<Column<T>> columns;
    private List<T> rows = List.of();

    @SafeVarargs
    RowTableModel(Column<T>... columns) {
        this.columns = List.of(columns);
    }

    void show(List<T> rows) {
        if (!rows.equals(this.rows)) {
            this.rows = List.copyOf(rows);
            fireTableDataChanged();
        }
    }

    T rowAt(int row) {
        return rows.get(row);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).heading();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row), row);
    }
}
