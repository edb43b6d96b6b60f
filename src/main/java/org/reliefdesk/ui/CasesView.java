package org.reliefdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.rules.Outcome;

import java.util.List;
import java.util.function.Function;

/** The review screen: the case grid (sort, column filters, quick search) above the selected case's detail. */
final class CasesView extends SplitPane {
    private final MainViewModel main;
    private final CasesViewModel vm;
    private final TableView<CaseRow> table = new TableView<>();
    private final TextField search = org.controlsfx.control.textfield.TextFields.createClearableTextField();
    private final DetailView detail;
    private final java.util.Map<TableColumn<CaseRow, ?>, Function<CaseRow, String>> cells = new java.util.HashMap<>();
    private final java.util.Map<TableColumn<CaseRow, ?>, ColumnFilterMenu> filters = new java.util.HashMap<>();
    private final List<TableColumn<CaseRow, ?>> dateColumns = new java.util.ArrayList<>();
    /** Each column's order on whole rows, read straight from the fields (see {@link #sortRows}). */
    private final java.util.Map<TableColumn<CaseRow, ?>, java.util.Comparator<CaseRow>> rowOrder =
            new java.util.HashMap<>();

    CasesView(MainViewModel main) {
        this.main = main;
        this.vm = main.cases();
        this.detail = new DetailView(main);
        setId("cases-view");
        table.setId("case-grid");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No convictions in this run. Import DOJ files and run an evaluation "
                + "(Runs & policy)."));
        table.getColumns().add(text("Person", 150, CaseRow::name, true));
        DateDisplay dates = main.dates();
        table.getColumns().add(date("DOB", 88, r -> dates.stored(r.dob()), CaseRow::dob));
        table.getColumns().add(text("CII", 108, CaseRow::cii, true));
        table.getColumns().add(text("Case number", 100, CaseRow::caseNumber, true));
        table.getColumns().add(date("Convicted", 98, r -> dates.stored(r.convictionDate()), CaseRow::convictionDate));
        table.getColumns().add(text("Section", 105, CaseRow::section, true));
        table.getColumns().add(text("Level", 62, r -> levelText(r.level()), true));
        table.getColumns().add(outcomeColumn());
        table.getColumns().add(text("Reason", 170, CaseRow::reasonText, true));
        table.getColumns().add(text("Flags", 100, CaseRow::flagLabels, true));
        table.getColumns().add(text("Record", 80, CaseRow::recordSource, true));
        table.getColumns().add(text("Reviewed", 88, r -> r.reviewed() ? "✓ Yes" : "No", false));
        table.getColumns().add(text("Override", 90, CaseRow::overrideText, false));
        // follow-through: the stable reference and where relief stands (the run is read again after each event)
        table.getColumns().add(text("Status", 120, CaseRow::status, true));
        table.getColumns().add(text("Ref.", 92, CaseRow::ref, true));
        // the view-model's list holds the rows the search and column filters keep, in the order asked for
        table.setItems(vm.rows());
        table.setAccessibleText("Convictions of the shown run");
        ReadableRows.install(table, (c, row) -> cells.get(c).apply(row));
        WindowStyler.scaleColumns(main.appearance(), table);
        WindowStyler.fitOrScroll(table);
        // a new workspace's grid gets its first rows at the end of the first evaluation: make its cells now
        table.skinProperty().addListener((o, was, skin) -> {
            if (skin != null && vm.rows().isEmpty()) {
                javafx.application.Platform.runLater(this::primeCells);
            }
        });
        sortRows();
        for (TableColumn<CaseRow, ?> c : table.getColumns()) {
            filters.put(c, new ColumnFilterMenu(vm, c, cells.get(c), dateColumns.contains(c)
                    ? (a, b) -> dates.style().chronological().compare(a, b) : null));
        }
        // another date format: redraw, and drop filters on dates (they hold the dates as they were written)
        dates.styleProperty().addListener((o, was, now) -> {
            for (TableColumn<CaseRow, ?> c : dateColumns) {
                vm.setColumnFilter(c.getText(), cells.get(c), null);
            }
            table.refresh();
        });
        // a press on a header's ▾ opens that column's filter instead of sorting
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> filterAt(e).ifPresent(f -> {
            f.show();
            e.consume();
        }));
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> filterAt(e).ifPresent(f -> e.consume()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, was, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                reselect(row);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                var focused = table.getFocusModel().getFocusedCell();
                int index = focused == null || focused.getTableColumn() == null ? 0
                        : table.getColumns().indexOf(focused.getTableColumn());
                filters.get(table.getColumns().get(Math.max(0, index))).show();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                detail.focusDecision();
                e.consume();
            }
        });

        search.setId("case-search");
        search.setPromptText("Search name, CII or case number (Ctrl+F)");
        search.setAccessibleText("Quick search by name, CII or case number");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        Button next = new Button("Next unreviewed (F3)");
        next.setId("next-unreviewed");
        next.setOnAction(e -> nextUnreviewed());
        Button reviewed = new Button("Mark reviewed (Ctrl+R)");
        reviewed.setOnAction(e -> toggleReviewed());
        reviewed.setTooltip(new Tooltip("Mark the selected conviction reviewed, or not reviewed again"));
        HBox tools = new HBox(8, search, next, reviewed);
        tools.setPadding(new Insets(6));
        Label counts = new Label();
        counts.setId("case-counts");
        javafx.beans.property.IntegerProperty shown = new javafx.beans.property.SimpleIntegerProperty();
        javafx.collections.ListChangeListener<CaseRow> count = c -> shown.set(c.getList().size());
        table.getItems().addListener(count);
        shown.set(table.getItems().size());
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(count);
            }
            if (now != null) {
                now.addListener(count);
                shown.set(now.size());
            }
        });
        counts.textProperty().bind(Bindings.createStringBinding(() -> String.format(
                "%,d convictions · %,d shown · %,d need review · %,d overridden · %,d reviewed",
                vm.totalProperty().get(), shown.get(), vm.needsReviewProperty().get(),
                vm.overriddenProperty().get(), vm.reviewedProperty().get()), vm.totalProperty(),
                vm.needsReviewProperty(), vm.overriddenProperty(), vm.reviewedProperty(), shown));
        counts.getStyleClass().add(Styles.MUTED);
        counts.setPadding(new Insets(0, 6, 4, 6));
        VBox left = new VBox(tools, table, counts);
        VBox.setVgrow(table, Priority.ALWAYS);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(left, detail);
        setDividerPositions(main.settings().number("layout.cases.0", 0.45));
        getDividers().get(0).positionProperty().addListener((o, was, now) ->
                main.settings().setNumbers("layout.cases", now.doubleValue()));
    }

    TableView<CaseRow> table() {
        return table;
    }

    /**
     * Sorting reads the rows' fields directly. JavaFX's own column comparator asks every column for its cell value
     * twice per comparison (1.7 million comparisons at 100,000 rows); the order is the same (code-point order of
     * the text shown, outcomes in their fixed order), found several times faster.
     */
    private void sortRows() {
        table.setSortPolicy(t -> {
            java.util.Comparator<CaseRow> order = null;
            String only = null;
            boolean descending = false;
            int used = 0;
            for (TableColumn<CaseRow, ?> c : t.getSortOrder()) {
                java.util.Comparator<CaseRow> one = rowOrder.get(c);
                if (one == null || !c.isSortable()) {
                    continue;
                }
                if (c.getSortType() == TableColumn.SortType.DESCENDING) {
                    one = one.reversed();
                }
                order = order == null ? one : order.thenComparing(one);
                only = c.getText();
                descending = c.getSortType() == TableColumn.SortType.DESCENDING;
                used++;
            }
            CaseRow selectedRow = table.getSelectionModel().getSelectedItem();
            vm.setOrder(used == 1 ? only : null, descending, order);
            if (selectedRow != null) {
                reselect(selectedRow);
            }
            return true;
        });
    }

    /**
     * Creates the grid's cells with stand-in rows and puts the real (empty) list back in the same FX-thread turn, so
     * nothing is drawn in between: the cells' first creation then does not fall in the middle of an evaluation.
     */
    private void primeCells() {
        if (!vm.rows().isEmpty() || table.getScene() == null) {
            return;
        }
        List<CaseRow> standIns = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            standIns.add(new CaseRow(-1 - i, "", "", "", "", "", "", "", "", "", "", Outcome.NEEDS_REVIEW, "", "", "",
                    null, null, false));
        }
        table.setItems(javafx.collections.FXCollections.observableArrayList(standIns));
        table.applyCss();
        table.layout();
        table.setItems(vm.rows());
        table.layout();
    }

    /** The column filter whose ▾ marker is under the mouse, if any. */
    private java.util.Optional<ColumnFilterMenu> filterAt(javafx.scene.input.MouseEvent e) {
        return filters.values().stream().filter(f -> f.hits(e.getSceneX(), e.getSceneY())).findFirst();
    }

    /** Selects the row with this conviction again (after a sort or a change of the row), and shows it. */
    private void reselect(CaseRow row) {
        List<CaseRow> shown = table.getItems();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).decisionId() == row.decisionId()) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    /** Filters a column to the value of the first row shown, as a user ticking one value would (benchmark, tests). */
    void filterColumnToFirstValue(int column) {
        TableColumn<CaseRow, ?> c = table.getColumns().get(column);
        if (table.getItems().isEmpty()) {
            return;
        }
        Function<CaseRow, String> cell = cells.get(c);
        vm.setColumnFilter(c.getText(), cell, java.util.Set.of(cell.apply(table.getItems().get(0))));
        table.layout();
    }

    /** How many different values a column shows, as its filter list would count them (benchmark). */
    long distinctValues(int column) {
        TableColumn<CaseRow, ?> c = table.getColumns().get(column);
        return vm.columnValues(c.getText(), cells.get(c)).size();
    }

    /** Clears every column filter. */
    void resetFilters() {
        vm.clearColumnFilters();
        table.layout();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects the next unreviewed conviction among those shown (wrapping around). */
    void nextUnreviewed() {
        int from = table.getSelectionModel().getSelectedIndex();
        int i = CasesViewModel.nextUnreviewed(table.getItems(), from);
        if (i >= 0) {
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 3));
            table.requestFocus();
        } else {
            main.problem("Nothing left", new IllegalStateException("Every conviction shown has been reviewed."));
        }
    }

    void toggleReviewed() {
        CaseRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            main.detail().markReviewed(row, !row.reviewed());
        }
    }

    /** Opens the override dialog for the selected conviction with an outcome chosen. */
    void overrideSelected(Outcome outcome) {
        detail.openOverride(outcome);
    }

    /**
     * A value that never changes: the cheapest observable for a cell. Sorting and filtering ask for every row's
     * cell value many times, so a property object per call was the larger part of their cost.
     */
    static final class Fixed<T> extends javafx.beans.value.ObservableValueBase<T> {
        private final T value;

        Fixed(T value) {
            this.value = value;
        }

        @Override
        public T getValue() {
            return value;
        }
    }

    /** A text cell that a screen reader reads as "blank" when it has no value, rather than as nothing. */
    static final class TextCell extends TableCell<CaseRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setAccessibleText(!empty && (item == null || item.isEmpty()) ? "blank" : null);
        }
    }

    static String levelText(String level) {
        return switch (level) {
            case "FELONY" -> "F";
            case "MISDEMEANOR" -> "M";
            case "INFRACTION" -> "I";
            default -> "?";
        };
    }

    /** A text column; {@code fixed}: its values never change while a run is shown, so its order is made ahead. */
    private TableColumn<CaseRow, String> text(String title, double width, Function<CaseRow, String> value,
                                              boolean fixed) {
        return text(title, width, value, value, fixed);
    }

    /**
     * A date column: shown in the chosen format, sorted by the stored value (the DOJ's YYYYMMDD or ISO, both in date
     * order as text), so the order does not depend on the format.
     */
    private TableColumn<CaseRow, String> date(String title, double width, Function<CaseRow, String> shown,
                                              Function<CaseRow, String> stored) {
        TableColumn<CaseRow, String> c = text(title, width, shown, stored, true);
        dateColumns.add(c);
        return c;
    }

    private TableColumn<CaseRow, String> text(String title, double width, Function<CaseRow, String> value,
                                              Function<CaseRow, String> sortKey, boolean fixed) {
        TableColumn<CaseRow, String> c = new TableColumn<>(title);
        if (!title.equals("Reason") && !title.equals("Flags") && !title.equals("Person")) {
            c.setMinWidth(width); // fixed-format values (dates, CII, levels) are never cut
        } else {
            // free text gives way first, but a name and a reason stay readable: when the columns need more than the
            // window has, the grid scrolls sideways rather than cut them to a letter
            c.setMinWidth(title.equals("Flags") ? 60 : 130);
        }
        java.util.Comparator<CaseRow> ascending = (a, b) -> compareText(sortKey.apply(a), sortKey.apply(b));
        rowOrder.put(c, ascending);
        if (fixed) {
            vm.addFixedColumn(title, ascending);
        }
        cells.put(c, value);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new Fixed<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TextCell());
        // plain code-point order: the default comparator goes through a Collator, ten times slower on 100,000 rows
        c.setComparator(CasesView::compareText);
        return c;
    }

    static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    private TableColumn<CaseRow, Outcome> outcomeColumn() {
        TableColumn<CaseRow, Outcome> c = new TableColumn<>("Outcome");
        rowOrder.put(c, java.util.Comparator.comparingInt(r -> r.effectiveOutcome().ordinal()));
        cells.put(c, r -> r.effectiveOutcome().label());
        // the widest badge, "Reduce to misdemeanor", whole
        c.setMinWidth(180);
        c.setPrefWidth(185);
        c.setCellValueFactory(f -> new Fixed<>(f.getValue().effectiveOutcome()));
        c.setComparator((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
        c.setCellFactory(col -> new TableCell<>() {
            private final OutcomeBadge badge = new OutcomeBadge();

            @Override
            protected void updateItem(Outcome item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    setAccessibleText(null);
                } else {
                    CaseRow row = getTableRow() == null ? null : getTableRow().getItem();
                    badge.show(item, row != null && row.overridden());
                    setGraphic(badge);
                    setText(null);
                    setAccessibleText(badge.getAccessibleText());
                }
            }
        });
        return c;
    }
}
