package org.reliefdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.time.LocalDate;

/**
 * What the Follow-up dialogs share (the export dialog too, for its folder): date pickers in the user's format, file
 * and folder fields with a chooser, the result line, the styling.
 */
final class FollowUpForms {
    private FollowUpForms() {
    }

    /**
     * A date picker showing and reading dates in the user's format (Edit › Preferences; ISO and the DOJ's YYYYMMDD
     * are read too); {@code value} may be null (the user must pick a date).
     */
    static DatePicker date(String id, LocalDate value, DateDisplay dates) {
        DatePicker d = new DatePicker(value);
        d.setId(id);
        d.setPromptText(dates.style().label());
        d.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                return v == null ? "" : dates.style().format(v);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : dates.style().parse(s).orElse(null);
            }
        });
        return d;
    }

    /** The date a picker holds, including text typed but not yet committed; null when none or unreadable. */
    static LocalDate value(DatePicker d, DateDisplay dates) {
        String typed = d.getEditor().getText();
        if (typed != null && !typed.isBlank()) {
            return dates.style().parse(typed).orElse(null);
        }
        return d.getValue();
    }

    /**
     * Marks a date picker whose text is not a date in the user's format (an empty one when {@code required}), with
     * the message in words ("Give the filing date as MM/DD/YYYY.").
     */
    static void validateDate(FormValidation v, DatePicker d, String what, boolean required, DateDisplay dates) {
        v.error(d.getEditor(), (String typed) -> (typed == null || typed.isBlank()) ? (required
                ? "Give " + what + " as " + dates.style().label() + "." : null)
                : dates.style().parse(typed).isPresent() ? null
                : "\"" + typed.strip() + "\" is not a date: give " + what + " as " + dates.style().label() + ".");
    }

    /** Marks a file field left empty or naming no file. */
    static void validateFile(FormValidation v, TextField field, String what) {
        v.error(field, (String typed) -> typed == null || typed.isBlank() ? "Choose " + what + "."
                : java.nio.file.Files.isRegularFile(java.nio.file.Path.of(typed.strip())) ? null
                : "There is no file " + typed.strip() + ".");
    }

    /** A file field with a "Choose…" button opening a file chooser ({@code save}: a file to write). */
    static HBox file(TextField field, String id, String title, boolean save, Window owner,
                     FileChooser.ExtensionFilter... filters) {
        field.setId(id);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(title);
            fc.getExtensionFilters().addAll(filters);
            File current = field.getText().isBlank() ? null : new File(field.getText()).getParentFile();
            if (current != null && current.isDirectory()) {
                fc.setInitialDirectory(current);
            }
            File f = save ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
            if (f != null) {
                field.setText(f.getPath());
            }
        });
        return new HBox(8, field, browse);
    }

    /** A "Choose…" button that puts the folder picked in a folder chooser (opened at the one typed) in {@code field}. */
    static Button folderButton(TextField field, Window owner) {
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
            File current = new File(field.getText());
            if (current.isDirectory()) {
                dc.setInitialDirectory(current);
            }
            File dir = dc.showDialog(owner);
            if (dir != null) {
                field.setText(dir.getPath());
            }
        });
        return browse;
    }

    /** The line under a dialog's form that says what happened (or why nothing did). */
    static Label result(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(600);
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        l.setMaxWidth(600);
        return l;
    }

    /** Styles a dialog like the app's and sets its content. */
    static void setUp(Dialog<?> d, Window owner, String title, String header, Node content) {
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(header);
        d.setResizable(true);
        d.getDialogPane().setContent(FormValidation.decorated(content));
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
    }
}
