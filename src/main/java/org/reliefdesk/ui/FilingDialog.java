package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up › Record filing: the papers filed (recognised by their SHA-256, so only papers exactly as ReliefDesk wrote
 * them are taken), the filing date and the court's docket number.
 */
final class FilingDialog extends Dialog<Void> {
    private final ListView<Path> papers = new ListView<>();
    private final DatePicker filedOn;
    private final TextField docket = new TextField();
    private final Label result = FollowUpForms.result("filing-result");

    FilingDialog(MainViewModel main, Window owner) {
        FollowUpViewModel vm = main.followUp();
        filedOn = FollowUpForms.date("filing-date", vm.today(), main.dates());
        FormValidation validation = new FormValidation();
        FollowUpForms.validateDate(validation, filedOn, "the filing date", true, main.dates());
        papers.setId("filing-papers");
        papers.setPrefHeight(110);
        papers.setPlaceholder(new Label("Add the motion or orders that were filed."));
        Button add = new Button("Add papers…");
        add.setId("filing-add");
        add.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Papers filed");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papers (PDF, workbook)", "*.pdf", "*.xlsx"));
            String last = main.settings().text("folder.export", null);
            if (last != null && new File(last).isDirectory()) {
                fc.setInitialDirectory(new File(last));
            }
            List<File> chosen = fc.showOpenMultipleDialog(owner);
            if (chosen != null) {
                chosen.forEach(f -> papers.getItems().add(f.toPath()));
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> papers.getItems().removeAll(papers.getSelectionModel().getSelectedItems()));
        docket.setId("filing-docket");
        docket.setPromptText("e.g. 24CR-01234 (optional)");
        Button record = new Button("Record filing");
        record.setId("filing-record");
        record.setDefaultButton(true);
        record.setOnAction(e -> {
            LocalDate date = FollowUpForms.value(filedOn, main.dates());
            if (papers.getItems().isEmpty()) {
                result.setText("Add the papers that were filed.");
            } else if (date == null) {
                result.setText("Give the filing date as " + main.dates().style().label() + ".");
            } else {
                result.setText("Recording…");
                vm.recordFiling(List.copyOf(papers.getItems()), date, docket.getText(), result::setText,
                        m -> result.setText("Nothing was recorded: " + m));
            }
        });
        VBox box = new VBox(8, FollowUpForms.muted("Only papers exactly as ReliefDesk wrote them can be recorded "
                + "(edited papers are refused). Only the convictions they ask to dismiss or reduce are filed."),
                new Label("Papers filed"), papers, new HBox(8, add, remove), new Label("Filed on"), filedOn,
                new Label("Court case or docket number"), docket, record, result);
        box.setPadding(new Insets(10));
        box.setPrefWidth(620);
        papers.setAccessibleText("Papers filed");
        filedOn.setAccessibleText("Filed on");
        docket.setAccessibleText("Court case or docket number");
        FollowUpForms.setUp(this, owner, "Record filing", "Record papers filed with the court"
                + (main.isDemo() ? " — DEMO data" : ""), box);
    }

    /** For tests: the papers list, as the file chooser would fill it. */
    ListView<Path> papers() {
        return papers;
    }
}
