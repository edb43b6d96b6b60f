package org.reliefdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CaseRow;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A column's filter, opened from the ▾ in its header (or a right click, or Alt+Down on the grid): the column's
 * values with counts, a search over them, All / None, and Apply. The filtering itself is the view-model's.
 */
final class ColumnFilterMenu {
    private final CasesViewModel vm;
    private final TableColumn<CaseRow, ?> column;
    private final Function<CaseRow, String> cell;
    private final java.util.Comparator<String> order;
    private final Label marker = new Label("▾");
    private final ContextMenu menu = new ContextMenu();

    /** One value in the list, ticked or not. */
    static final class Choice {
        final CasesViewModel.ColumnValue value;
        final BooleanProperty kept = new SimpleBooleanProperty();

        Choice(CasesViewModel.ColumnValue value, boolean keep) {
            this.value = value;
            kept.set(keep);
        }

        @Override
        public String toString() {
            return (value.value().isEmpty() ? "(blank)" : value.value()) + "   (" + String.format("%,d", value.count())
                    + ")";
        }
    }

    /** {@code order}: how the values are listed (dates oldest first); null: as text. */
    ColumnFilterMenu(CasesViewModel vm, TableColumn<CaseRow, ?> column, Function<CaseRow, String> cell,
                     java.util.Comparator<String> order) {
        this.vm = vm;
        this.column = column;
        this.cell = cell;
        this.order = order;
        marker.getStyleClass().add("rd-filter-marker");
        marker.setAccessibleText("Filter " + column.getText());
        // the header's label ignores the mouse: the grid asks hits() on each press (see CasesView)
        column.setGraphic(marker);
        column.setContextMenu(menu);
        // a context menu without items does not show: a placeholder until the values are filled in on showing
        menu.getItems().add(new javafx.scene.control.MenuItem("Filter " + column.getText()));
        menu.setOnShowing(e -> fill());
        vm.filteredColumnsProperty().addListener((o, was, now) -> mark());
    }

    private void mark() {
        boolean on = vm.isFiltered(column.getText());
        marker.setText(on ? "▼" : "▾");
        marker.getStyleClass().remove("rd-filter-on");
        if (on) {
            marker.getStyleClass().add("rd-filter-on");
        }
    }

    /** True when a mouse press at these scene coordinates is on the ▾ marker. */
    boolean hits(double sceneX, double sceneY) {
        return marker.getScene() != null && marker.isVisible()
                && marker.localToScene(marker.getBoundsInLocal()).contains(sceneX, sceneY);
    }

    void show() {
        menu.show(marker, Side.BOTTOM, 0, 4);
    }

    /** Builds the list of values when the menu opens (values of the rows the other filters keep). */
    private void fill() {
        Set<String> kept = vm.keptValues(column.getText());
        List<CasesViewModel.ColumnValue> values = vm.columnValues(column.getText(), cell);
        if (order != null) {
            values = new java.util.ArrayList<>(values);
            values.sort((a, b) -> order.compare(a.value(), b.value()));
        }
        ObservableList<Choice> choices = FXCollections.observableArrayList();
        for (CasesViewModel.ColumnValue v : values) {
            choices.add(new Choice(v, kept == null || kept.contains(v.value())));
        }
        FilteredList<Choice> shown = new FilteredList<>(choices);
        TextField search = new TextField();
        search.setPromptText("Search " + column.getText().toLowerCase(Locale.ROOT));
        search.setAccessibleText("Search the values of " + column.getText());
        search.textProperty().addListener((o, was, now) -> {
            String t = now.strip().toUpperCase(Locale.ROOT);
            shown.setPredicate(c -> t.isEmpty() || c.value.value().toUpperCase(Locale.ROOT).contains(t));
        });
        ListView<Choice> list = new ListView<>(shown);
        list.getStyleClass().add("rd-filter-list");
        list.setAccessibleText("Values of " + column.getText());
        list.setCellFactory(CheckBoxListCell.forListView(c -> c.kept));
        Button all = new Button("All");
        all.setOnAction(e -> shown.forEach(c -> c.kept.set(true)));
        Button none = new Button("None");
        none.setOnAction(e -> shown.forEach(c -> c.kept.set(false)));
        Button apply = new Button("Apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            apply(choices);
            menu.hide();
        });
        Button clear = new Button("Clear filter");
        clear.setOnAction(e -> {
            vm.setColumnFilter(column.getText(), cell, null);
            menu.hide();
        });
        search.setOnAction(e -> {
            // Enter in the search keeps exactly the values shown
            choices.forEach(c -> c.kept.set(shown.contains(c)));
            apply(choices);
            menu.hide();
        });
        Label count = new Label(String.format("%,d values", values.size()));
        count.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(6, search, list, count, new HBox(6, all, none, apply, clear));
        box.setPadding(new Insets(6));
        CustomMenuItem item = new CustomMenuItem(box);
        item.setHideOnClick(false);
        menu.getItems().setAll(item);
        javafx.application.Platform.runLater(search::requestFocus);
    }

    private void apply(List<Choice> choices) {
        Set<String> kept = new HashSet<>();
        boolean everything = true;
        for (Choice c : choices) {
            if (c.kept.get()) {
                kept.add(c.value.value());
            } else {
                everything = false;
            }
        }
        vm.setColumnFilter(column.getText(), cell, everything ? null : kept);
    }
}
