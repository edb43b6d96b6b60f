package org.reliefdesk.ui;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

import java.util.StringJoiner;
import java.util.function.BiFunction;

/**
 * Grid rows a screen reader reads in words: a grid selects whole rows, so the row is what gets the reader's focus,
 * and it is read as its columns' names and values ("Person: NGUYEN,MARIA; DOB: 19590108; …", a blank value as
 * "blank"). The words are made only when a reader asks, so scrolling and sorting pay nothing for them.
 */
final class ReadableRows {
    private ReadableRows() {
    }

    /** Rows of a grid, each value as the column shows it ({@code value}), or its cell data as text when null. */
    static <S> void install(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> value) {
        table.setRowFactory(t -> new Row<>(value));
    }

    /**
     * A grid whose rows and cells a screen reader reads: its name, rows in words ({@link #install}) and, for each
     * column, cells that say "blank" when they have no value (columns added later: {@link #blankAware}).
     */
    static <S> void readable(TableView<S> table, String name) {
        table.setAccessibleText(name);
        install(table, null);
        table.getColumns().forEach(ReadableRows::blankAware);
    }

    /** A column whose cells show their value as text and are read as "blank" when it is empty. */
    static <S, T> TableColumn<S, T> blankAware(TableColumn<S, T> column) {
        if ((Object) column.getCellFactory() == TableColumn.DEFAULT_CELL_FACTORY) {
            column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    String text = empty || item == null ? null : item.toString();
                    setText(text);
                    setAccessibleText(!empty && (text == null || text.isBlank()) ? "blank" : null);
                }
            });
        }
        return column;
    }

    /** The words of a tree grid's row (its own row factory returns them for the TEXT attribute). */
    static <S> String words(TreeTableRow<S> row) {
        TreeTableView<S> t = row.getTreeTableView();
        StringJoiner j = new StringJoiner("; ");
        for (TreeTableColumn<S, ?> c : t.getVisibleLeafColumns()) {
            j.add(c.getText() + ": " + orBlank(c.getCellData(row.getTreeItem())));
        }
        return j.toString();
    }

    private static String orBlank(Object v) {
        return v == null || v.toString().isBlank() ? "blank" : v.toString();
    }

    private static final class Row<S> extends TableRow<S> {
        private final BiFunction<TableColumn<S, ?>, S, String> value;

        Row(BiFunction<TableColumn<S, ?>, S, String> value) {
            this.value = value;
        }

        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute == AccessibleAttribute.TEXT && !isEmpty() && getItem() != null && getTableView() != null) {
                StringJoiner j = new StringJoiner("; ");
                for (TableColumn<S, ?> c : getTableView().getVisibleLeafColumns()) {
                    j.add(c.getText() + ": " + orBlank(value == null ? c.getCellData(getItem())
                            : value.apply(c, getItem())));
                }
                return j.toString();
            }
            return super.queryAccessibleAttribute(attribute, parameters);
        }
    }
}
