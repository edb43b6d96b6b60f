package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.reliefdesk.app.followthrough.FollowUpService;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Follow-up › Follow-up papers: the request to the court to enter the orders on convictions filed more than N days
 * ago, and for DOJ the workbook of granted orders its latest pull does not show, with a cover letter.
 */
final class FollowUpPapersDialog extends Dialog<Void> {
    private final DatePicker asOf;
    private final Spinner<Integer> days = new Spinner<>(0, 3650, FollowUpService.DEFAULT_DAYS);
    private final CheckBox court = new CheckBox("Request to the court for the outstanding orders (PDF)");
    private final CheckBox dojList = new CheckBox("Workbook for DOJ of the orders not yet in its record");
    private final CheckBox dojLetter = new CheckBox("Cover letter to DOJ citing H&S 11361.9 (PDF)");
    private final TextField folder = new TextField();
    private final Label counts = FollowUpForms.result("follow-up-counts");
    private final Label result = FollowUpForms.result("follow-up-result");

    FollowUpPapersDialog(MainViewModel main, Window owner) {
        FollowUpViewModel vm = main.followUp();
        asOf = FollowUpForms.date("follow-up-as-of", vm.today(), main.dates());
        FormValidation validation = new FormValidation();
        FollowUpForms.validateDate(validation, asOf, "the as-of date", true, main.dates());
        days.setId("follow-up-days");
        days.setEditable(true);
        court.setId("follow-up-court");
        dojList.setId("follow-up-doj");
        dojLetter.setId("follow-up-doj-letter");
        court.setSelected(true);
        dojList.setSelected(true);
        dojLetter.setSelected(true);
        folder.setId("follow-up-folder");
        folder.setText(main.settings().text("folder.export", System.getProperty("user.home")));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = FollowUpForms.folderButton(folder, owner);
        Runnable recount = () -> {
            LocalDate d = FollowUpForms.value(asOf, main.dates());
            if (d != null) {
                vm.followUpCounts(d, days.getValue(), counts::setText);
            }
        };
        asOf.valueProperty().addListener((o, was, now) -> recount.run());
        days.valueProperty().addListener((o, was, now) -> recount.run());
        recount.run();
        Button write = new Button("Write papers");
        write.setId("follow-up-write");
        write.setDefaultButton(true);
        write.setOnAction(e -> {
            LocalDate d = FollowUpForms.value(asOf, main.dates());
            Path dir = Path.of(folder.getText().strip());
            if (d == null) {
                result.setText("Give the as-of date as " + main.dates().style().label() + ".");
            } else if (folder.getText().isBlank() || !dir.toFile().isDirectory()) {
                result.setText("Choose an existing folder to write into.");
            } else if (!court.isSelected() && !dojList.isSelected() && !dojLetter.isSelected()) {
                result.setText("Tick at least one paper to write.");
            } else {
                String tag = d.toString();
                result.setText("Writing…");
                vm.writeFollowUp(new FollowUpService.Request(d, days.getValue(),
                        court.isSelected() ? dir.resolve("Prop64-request-for-orders-" + tag + ".pdf") : null,
                        dojList.isSelected() ? dir.resolve("Prop64-orders-not-in-DOJ-" + tag + ".xlsx") : null,
                        dojLetter.isSelected() ? dir.resolve("Prop64-DOJ-cover-letter-" + tag + ".pdf") : null,
                        main.dates().style()),
                        result::setText, m -> result.setText("Nothing was written: " + m));
            }
        });
        VBox box = new VBox(8, new Label("As of"), asOf, new HBox(8, new Label("Ask the court about convictions filed "
                + "more than"), days, new Label("days before")), counts, court, dojList, dojLetter,
                FollowUpForms.muted("The papers carry the office details (Edit › Office details) and the audit "
                        + "reference."), new Label("Folder"), new HBox(8, folder, browse), write, result);
        box.setPadding(new Insets(10));
        box.setPrefWidth(620);
        asOf.setAccessibleText("As of");
        days.setAccessibleText("Days since filing with no order");
        days.getEditor().setAccessibleText("Days since filing with no order");
        folder.setAccessibleText("Folder");
        FollowUpForms.setUp(this, owner, "Follow-up papers", "Chase what is stuck" + (main.isDemo()
                ? " — DEMO data, not for filing" : ""), box);
    }
}
