package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;

/** A report (the import's rows set aside, by file and line) in a window of its own, to read, copy or save. */
final class ReportWindow {
    private ReportWindow() {
    }

    /** Opens the report beside the main window; {@code failed} hears of a report that could not be saved. */
    static Stage show(String title, String text, String fileName, Window owner, Consumer<Exception> failed) {
        Stage stage = SideWindow.create(owner, title);
        TextArea report = new TextArea(text);
        report.setId("report-text");
        report.setEditable(false);
        report.setWrapText(false);
        report.setAccessibleText(title);
        report.getStyleClass().add("rd-report-text");
        VBox.setVgrow(report, Priority.ALWAYS);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SUBTITLE);
        heading.setLabelFor(report);
        Button copy = new Button("Copy report");
        copy.setOnAction(e -> copy(report.getText()));
        Button save = new Button("Save report…");
        save.setOnAction(e -> save(stage, report.getText(), fileName, failed));
        Button close = new Button("Close");
        close.setId("report-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(8, heading, report, new HBox(8, copy, save, close));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("rd-report");
        return SideWindow.show(stage, box, 760, 520, report);
    }

    static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Asks where, then writes the text there. */
    static void save(Window owner, String text, String fileName, Consumer<Exception> failed) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(fileName);
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            try {
                Files.writeString(f.toPath(), text);
            } catch (IOException e) {
                failed.accept(e);
            }
        }
    }
}
