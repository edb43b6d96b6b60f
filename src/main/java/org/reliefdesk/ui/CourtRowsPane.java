package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CourtRecords;

import java.util.List;
import java.util.function.Function;

/**
 * Beside the DOJ history, the person's rows in the court's own records (court-records.md): each charge with its
 * disposition and how it paired in the run, and which keys linked the court person to this DOJ subject. Shown only
 * for a person with court rows.
 */
final class CourtRowsPane extends VBox {
    private final Label heading = new Label("COURT RECORDS");
    private final Label linked = new Label();
    private final TableView<CourtRecords.CourtRowView> table = new TableView<>();

    CourtRowsPane(DateDisplay dates) {
        super(4);
        setId("detail-court");
        heading.getStyleClass().add(Styles.SECTION);
        linked.setId("detail-court-linked");
        linked.setWrapText(true);
        linked.getStyleClass().add(Styles.MUTED);
        table.setId("detail-court-rows");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Row", 90, r -> r.file() + ":" + r.line()));
        table.getColumns().add(col("Case", 80, CourtRecords.CourtRowView::caseNumber));
        table.getColumns().add(col("Date", 82, r -> dates.stored(r.dispositionDate())));
        table.getColumns().add(col("Section", 95, CourtRecords.CourtRowView::section));
        table.getColumns().add(col("Level", 80, CourtRecords.CourtRowView::level));
        table.getColumns().add(col("Disposition", 80, r -> r.disposition() + (r.conviction() ? " (conviction)" : "")));
        table.getColumns().add(col("In this run", 110, CourtRecords.CourtRowView::pairing));
        ReadableRows.readable(table, "The court's rows of this person");
        dates.styleProperty().addListener((o, was, now) -> table.refresh());
        getChildren().addAll(heading, linked, table);
        show(List.of());
    }

    private static TableColumn<CourtRecords.CourtRowView, String> col(String title, double width,
                                                                      Function<CourtRecords.CourtRowView, String> v) {
        TableColumn<CourtRecords.CourtRowView, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(v.apply(f.getValue())));
        return c;
    }

    /** Shows a person's court rows; hides the pane when there are none. */
    void show(List<CourtRecords.CourtRowView> rows) {
        setVisible(!rows.isEmpty());
        setManaged(!rows.isEmpty());
        table.getItems().setAll(rows);
        linked.setText(rows.stream().map(CourtRecords.CourtRowView::linkedBy).distinct().reduce((a, b) -> a + "; " + b)
                .map(s -> "The court's rows: " + s + ".").orElse(""));
    }
}
