package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.app.followthrough.FilingInfo;

import java.time.LocalDate;

/**
 * Follow-up › Court order: the court's bulk order on a filing, granting on a date every conviction of it still
 * waiting, except the references listed (denied or continued).
 */
final class CourtOrderDialog extends Dialog<Void> {
    private final ComboBox<FilingInfo> filing = new ComboBox<>();
    private final DatePicker orderDate;
    private final TextArea exceptions = new TextArea();
    private final ChoiceBox<OrderResult> exceptedAs = new ChoiceBox<>();
    private final Label result = FollowUpForms.result("order-result");
    private final javafx.scene.control.TextField listFile = new javafx.scene.control.TextField();
    private final javafx.scene.control.TextField listMapping = new javafx.scene.control.TextField();
    private final TextArea listReport = new TextArea();

    CourtOrderDialog(MainViewModel main, Window owner) {
        FollowUpViewModel vm = main.followUp();
        orderDate = FollowUpForms.date("order-date", vm.today(), main.dates());
        FormValidation validation = new FormValidation();
        FollowUpForms.validateDate(validation, orderDate, "the date of the order", true, main.dates());
        filing.setId("order-filing");
        filing.setPromptText("Choose the filing");
        filing.setMaxWidth(Double.MAX_VALUE);
        filing.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FilingInfo f) {
                return f == null ? "" : "Filing " + f.id() + " of " + f.filedOn() + (f.docket().isBlank() ? ""
                        : ", docket " + f.docket());
            }

            @Override
            public FilingInfo fromString(String s) {
                return null;
            }
        });
        vm.filings(list -> {
            filing.getItems().setAll(list);
            if (!list.isEmpty()) {
                filing.getSelectionModel().select(0);
            } else {
                result.setText("No filing is recorded yet: record the filing first (Follow-up › Record filing).");
            }
        });
        exceptions.setId("order-exceptions");
        exceptions.setPromptText("RD-0000123\nRD-0000456");
        exceptions.setPrefRowCount(5);
        exceptedAs.setId("order-excepted-as");
        exceptedAs.getItems().setAll(OrderResult.DENIED, OrderResult.CONTINUED);
        exceptedAs.setValue(OrderResult.DENIED);
        Button record = new Button("Record order");
        record.setId("order-record");
        record.setDefaultButton(true);
        record.setOnAction(e -> {
            FilingInfo f = filing.getValue();
            LocalDate date = FollowUpForms.value(orderDate, main.dates());
            if (f == null) {
                result.setText("Choose the filing the order is on.");
                return;
            }
            if (date == null) {
                result.setText("Give the date of the order as " + main.dates().style().label() + ".");
                return;
            }
            try {
                var excepted = FollowUpViewModel.exceptions(exceptions.getText(), exceptedAs.getValue());
                result.setText("Recording…");
                vm.recordOrder(f.id(), date, excepted, result::setText, m -> result.setText("Nothing was recorded: "
                        + m));
            } catch (IllegalArgumentException ex) {
                result.setText("Nothing was recorded: " + ex.getMessage());
            }
        });
        VBox box = new VBox(8, FollowUpForms.muted("The order grants every conviction of the filing still waiting "
                + "for an order, except the references listed below."), new Label("Filing"), filing,
                new Label("Order date"), orderDate, new Label("Excepted references (one per line)"), exceptions,
                new HBox(8, new Label("The court"), exceptedAs, new Label("them.")), record, result,
                new javafx.scene.control.Separator(), courtList(vm, owner));
        box.setPadding(new Insets(10));
        box.setPrefWidth(620);
        filing.setAccessibleText("Filing");
        orderDate.setAccessibleText("Order date");
        exceptions.setAccessibleText("Excepted references, one per line");
        exceptedAs.setAccessibleText("What the court did with the excepted references");
        listFile.setAccessibleText("The court's list of orders");
        listMapping.setAccessibleText("Its column mapping");
        listReport.setAccessibleText("Report of the court's list");
        FollowUpForms.setUp(this, owner, "Court order", "Record the court's order on a filing"
                + (main.isDemo() ? " — DEMO data" : ""), box);
    }

    /**
     * The court's own list of orders (CSV or workbook) read through a column mapping (JSON: columns, date format,
     * result values), with the report of rows matched and set aside by file and line.
     */
    private VBox courtList(FollowUpViewModel vm, Window owner) {
        listReport.setId("order-list-report");
        listReport.setEditable(false);
        listReport.setWrapText(true);
        listReport.setPrefRowCount(5);
        Button record = new Button("Record the court's list");
        record.setId("order-list-record");
        record.setOnAction(e -> {
            if (listFile.getText().isBlank() || listMapping.getText().isBlank()) {
                listReport.setText("Choose the court's list and its mapping.");
                return;
            }
            listReport.setText("Recording…");
            vm.recordCourtList(java.nio.file.Path.of(listFile.getText().strip()),
                    java.nio.file.Path.of(listMapping.getText().strip()), listReport::setText,
                    m -> listReport.setText("Nothing was recorded: " + m));
        });
        return new VBox(8, new Label("Or the court's list of orders"), FollowUpForms.file(listFile, "order-list-file",
                "The court's list of orders", false, owner, new javafx.stage.FileChooser.ExtensionFilter(
                        "CSV or workbook", "*.csv", "*.txt", "*.xlsx")), new Label("Its column mapping (JSON)"),
                FollowUpForms.file(listMapping, "order-list-mapping", "Column mapping", false, owner,
                        new javafx.stage.FileChooser.ExtensionFilter("Mapping", "*.json")), record, listReport);
    }
}
