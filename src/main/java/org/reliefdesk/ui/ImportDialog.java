package org.reliefdesk.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.reliefdesk.doj.CaliforniaCounties;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Import: pick or drop DOJ files, choose the county (pre-selected from the files' most common county), import with
 * progress and Cancel (the main window's job pane), then read the report (accepted, set aside by reason, the rows
 * with file and line, to copy or save).
 */
final class ImportDialog extends Dialog<Void> {
    private final MainViewModel main;
    private final ImportViewModel vm;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ComboBox<String> county = new ComboBox<>();
    private final TextArea report = new TextArea();
    private final Label hint = new Label();

    ImportDialog(MainViewModel main, List<Path> initial, Window owner) {
        this.main = main;
        this.vm = new ImportViewModel(main);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Import DOJ files");
        setHeaderText("Import the DOJ research files into " + main.session().name());
        setResizable(true);
        ListView<Path> list = new ListView<>(files);
        list.setId("import-files");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("Add files, or drop them here"));
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            e.setDropCompleted(true);
            e.consume();
        });
        Button addFiles = new Button("Add files…");
        addFiles.setId("import-add");
        addFiles.setOnAction(e -> pick(owner));
        Button clear = new Button("Remove all");
        clear.setOnAction(e -> files.clear());
        county.setId("import-county");
        county.getItems().setAll(CaliforniaCounties.ALL);
        county.setVisibleRowCount(14);
        county.setValue(vm.currentCounty().orElse(null));
        county.setPromptText("Choose the county");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        Button start = new Button("Import");
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(files).or(county.valueProperty().isNull()));
        start.setOnAction(e -> runImport());
        report.setId("import-report");
        report.setEditable(false);
        report.setPrefRowCount(12);
        report.setPromptText("The import report appears here.");
        Button copy = new Button("Copy report");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(report.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        Button save = new Button("Save report…");
        save.setOnAction(e -> saveReport(owner));
        VBox box = new VBox(8, new Label("Files"), list, new HBox(8, addFiles, clear), new Label("County of this "
                + "office"), county, hint, start, new Label("Report"), report, new HBox(8, copy, save));
        box.setPadding(new Insets(10));
        box.setPrefWidth(640);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        add(initial);
    }

    private void pick(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("DOJ research files");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("DOJ files (*.csv, *.txt, *.dat)", "*.csv",
                "*.txt", "*.dat"), new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = fc.showOpenMultipleDialog(owner);
        if (chosen != null) {
            add(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Adds files and pre-selects the county most of their rows name (read from a sample, off the FX thread). */
    void add(List<Path> more) {
        for (Path p : more) {
            if (!files.contains(p)) {
                files.add(p);
            }
        }
        if (!files.isEmpty()) {
            hint.setText("Looking at the files for their county…");
            vm.guessCounty(List.copyOf(files), guess -> {
                if (guess.isPresent()) {
                    county.setValue(guess.get());
                    hint.setText("Pre-selected from the files: most rows name " + guess.get() + ".");
                } else {
                    hint.setText("No California county was recognised in the files; choose one.");
                }
            });
        }
    }

    private void runImport() {
        report.setText("Importing…");
        main.importFiles(List.copyOf(files), county.getValue(), outcomes -> {
            files.clear();
            main.runner().start("Writing the import report", (p, c) -> vm.report(outcomes), report::setText,
                    e -> main.problem("The import report could not be written", e));
        });
    }

    private void saveReport(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("import-report.txt");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            try {
                Files.writeString(f.toPath(), report.getText());
            } catch (java.io.IOException e) {
                main.problem("The report was not saved", e);
            }
        }
    }

}
