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
import java.time.format.DateTimeParseException;

/** What the Follow-up dialogs share: ISO date pickers, a file field with a chooser, the result line, the styling. */
final class FollowUpForms {
    private FollowUpForms() {
    }

    /** A date picker showing and reading YYYY-MM-DD; {@code value} may be null (the user must pick a date). */
    static DatePicker date(String id, LocalDate value) {
        DatePicker d = new DatePicker(value);
        d.setId(id);
        d.setPromptText("YYYY-MM-DD");
        d.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return d;
    }

    /** The date a picker holds, including text typed but not yet committed; null when none or unreadable. */
    static LocalDate value(DatePicker d) {
        String typed = d.getEditor().getText();
        if (typed != null && !typed.isBlank()) {
            try {
                return LocalDate.parse(typed.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return d.getValue();
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
        d.getDialogPane().setContent(content);
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
    }
}
