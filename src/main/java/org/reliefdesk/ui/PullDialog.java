package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Follow-up › DOJ pull: a later DOJ research file compared with the granted convictions, with its date (required,
 * never read from the clock or the file) and the relief texts (a workspace setting, shown and editable here).
 */
final class PullDialog extends Dialog<Void> {
    private final TextField file = new TextField();
    private final DatePicker pulledOn;
    private final TextArea texts = new TextArea();
    private final Label result = FollowUpForms.result("pull-result");

    PullDialog(MainViewModel main, Window owner) {
        FollowUpViewModel vm = main.followUp();
        pulledOn = FollowUpForms.date("pull-date", null, main.dates());
        FormValidation validation = new FormValidation();
        FollowUpForms.validateDate(validation, pulledOn, "the date DOJ produced the file", true, main.dates());
        FollowUpForms.validateFile(validation, file, "the later DOJ file");
        validation.error(texts, (String t) -> t == null || t.isBlank() ? "The relief texts are empty: keep at least "
                + "one." : null);
        texts.setId("pull-relief-texts");
        texts.setText(String.join("\n", vm.reliefTexts()));
        texts.setPrefRowCount(6);
        Button start = new Button("Compare the pull");
        start.setId("pull-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            var date = FollowUpForms.value(pulledOn, main.dates());
            List<String> list = Arrays.stream(texts.getText().split("\\R", -1)).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (file.getText().isBlank()) {
                result.setText("Choose the later DOJ file.");
            } else if (date == null) {
                result.setText("Give the date DOJ produced the file (" + main.dates().style().label()
                        + "): it is never read from the clock or the file.");
            } else if (list.isEmpty()) {
                result.setText("The relief texts are empty: keep at least one.");
            } else {
                result.setText("Comparing…");
                vm.importPull(Path.of(file.getText().strip()), date, list, result::setText,
                        m -> result.setText("Nothing was recorded: " + m));
            }
        });
        VBox box = new VBox(8, FollowUpForms.muted("A later DOJ file for the county is compared with the granted "
                + "convictions; it does not replace the first import."), new Label("Later DOJ file"),
                FollowUpForms.file(file, "pull-file", "Later DOJ file", false, owner,
                        new FileChooser.ExtensionFilter("DOJ files", "*.csv", "*.dat", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*")),
                new Label("Date of the pull"), pulledOn,
                new Label("Relief texts (one per line; matched in DISP_DESCR, OFFENSE_DESCR and COMMENT_TEXT, any "
                        + "case)"), texts,
                FollowUpForms.muted("These are assumptions about DOJ's wording: check them against your county's "
                        + "files. They are kept in the workspace."), start, result);
        box.setPadding(new Insets(10));
        box.setPrefWidth(620);
        file.setAccessibleText("Later DOJ file");
        pulledOn.setAccessibleText("Date of the pull");
        texts.setAccessibleText("Relief texts, one per line");
        FollowUpForms.setUp(this, owner, "DOJ pull", "Compare a later DOJ file" + (main.isDemo() ? " — DEMO data"
                : ""), box);
    }
}
