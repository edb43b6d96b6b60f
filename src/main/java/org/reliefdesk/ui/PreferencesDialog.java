package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.reliefdesk.app.DateStyle;

/**
 * Edit › Preferences: the name written on overrides and review marks, and the date format of the window, the papers
 * and the workbook. Saved in the user's settings when OK is pressed.
 */
final class PreferencesDialog extends Dialog<ButtonType> {
    private final TextField name = new TextField();
    private final ComboBox<DateStyle> dates = new ComboBox<>();

    PreferencesDialog(MainViewModel vm, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Preferences");
        setHeaderText("Preferences");
        name.setId("prefs-name");
        name.setText(vm.settings().userName());
        name.setPrefColumnCount(24);
        dates.setId("prefs-date-format");
        dates.getItems().setAll(DateStyle.values());
        dates.setValue(vm.dates().style());
        dates.setConverter(new StringConverter<>() {
            @Override
            public String toString(DateStyle s) {
                return s == null ? "" : s.describe();
            }

            @Override
            public DateStyle fromString(String text) {
                return DateStyle.named(text).orElse(null);
            }
        });
        Label nameLabel = new Label("_Your name on overrides and review marks");
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Label datesLabel = new Label("_Dates in the window, papers and workbook");
        datesLabel.setLabelFor(dates);
        datesLabel.setMnemonicParsing(true);
        Label note = new Label("CSV and JSON results keep their fixed formats for other programs.");
        note.getStyleClass().add(Styles.MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, nameLabel, name);
        grid.addRow(1, datesLabel, dates);
        grid.add(note, 0, 2, 2, 1);
        FormValidation validation = new FormValidation();
        validation.error(name, (String n) -> n == null || n.isBlank() ? "Your name is required: it is written on every "
                + "override and review mark." : null);
        getDialogPane().setContent(FormValidation.decorated(grid));
        getDialogPane().setId("preferences-dialog");
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(validation.invalidProperty());
        setOnHidden(e -> {
            if (getResult() != ButtonType.OK) {
                return;
            }
            String n = name.getText().strip();
            if (!n.isEmpty()) {
                vm.settings().setUserName(n);
            }
            if (dates.getValue() != null) {
                vm.dates().styleProperty().set(dates.getValue());
            }
        });
    }
}
