package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.reliefdesk.app.OfficeDetails;

import java.util.ArrayList;
import java.util.List;

/** The office details that court papers carry (caption, attorney block, signature), kept in the workspace. */
final class OfficeDialog extends Dialog<OfficeDetails> {
    static final List<String> LABELS = List.of("County", "Court name", "Court address", "District Attorney",
            "Deputy signing", "Bar number", "Office address", "Phone", "Email");
    private final List<TextField> fields = new ArrayList<>();

    OfficeDialog(OfficeDetails current, String county, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Office details");
        setHeaderText("The office as the court papers name it. Every field is required for the motion, orders "
                + "and notice.");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        List<String> values = current == null ? new ArrayList<>(java.util.Collections.nCopies(9, "")) : List.of(
                current.county(), current.courtName(), current.courtAddress(), current.daName(), current.deputyName(),
                current.barNumber(), current.officeAddress(), current.phone(), current.email());
        FormValidation validation = new FormValidation();
        for (int i = 0; i < LABELS.size(); i++) {
            TextField f = new TextField(values.get(i));
            f.setId("office-" + OfficeDetails.KEYS.get(i));
            f.setPrefColumnCount(36);
            f.setAccessibleText(LABELS.get(i));
            fields.add(f);
            Label label = new Label(LABELS.get(i));
            label.setLabelFor(f);
            grid.addRow(i, label, f);
            String name = LABELS.get(i);
            validation.error(f, (String v) -> v == null || v.isBlank() ? name + " is required: the court papers "
                    + "print it." : null);
        }
        validation.warning(fields.get(LABELS.indexOf("Email")), (String v) -> v == null || v.isBlank()
                || v.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null : "This does not look like an email "
                + "address (name@county.gov); the papers print it as typed.");
        if (fields.get(0).getText().isBlank() && county != null) {
            fields.get(0).setText(title(county));
        }
        Label missing = new Label();
        missing.getStyleClass().add(Styles.ERROR_TEXT);
        missing.setWrapText(true);
        grid.add(missing, 0, LABELS.size(), 2, 1);
        getDialogPane().setContent(FormValidation.decorated(grid));
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        javafx.scene.Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("office-save");
        Runnable check = () -> {
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getText().isBlank()) {
                    blank.add(LABELS.get(i));
                }
            }
            missing.setText(blank.isEmpty() ? "" : "Still missing: " + String.join(", ", blank) + ".");
            saveButton.setDisable(!blank.isEmpty());
        };
        fields.forEach(f -> f.textProperty().addListener((o, was, now) -> check.run()));
        check.run();
        validation.showNow();
        setResultConverter(b -> b == save ? details() : null);
    }

    private OfficeDetails details() {
        List<String> v = fields.stream().map(f -> f.getText().strip()).toList();
        return new OfficeDetails(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                v.get(8));
    }

    private static String title(String county) {
        StringBuilder b = new StringBuilder();
        for (String w : county.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
