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
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
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
    private final ComboBox<String> county = CountyPicker.create();
    private final TextArea report = new TextArea();
    private final Label hint = new Label();
    private final Notifier notifier;

    /** {@code notifier}: where "Import finished … View report" shows once the import is done. */
    ImportDialog(MainViewModel main, List<Path> initial, Window owner, Notifier notifier) {
        this.main = main;
        this.notifier = notifier;
        this.vm = new ImportViewModel(main);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Import DOJ files");
        setHeaderText("Import the DOJ research files into " + main.session().name());
        setResizable(true);
        ListView<Path> list = new ListView<>(files);
        list.setId("import-files");
        list.getStyleClass().add("rd-file-list");
        list.setAccessibleText("DOJ files to import");
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
        county.setValue(vm.currentCounty().orElse(null));
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
        report.setAccessibleText("Import report");
        Button copy = new Button("Copy report");
        copy.setOnAction(e -> ReportWindow.copy(report.getText()));
        Button save = new Button("Save report…");
        save.setOnAction(e -> ReportWindow.save(owner, report.getText(), "import-report.txt",
                x -> main.problem("The report was not saved", x)));
        Label filesLabel = new Label("Files");
        filesLabel.setLabelFor(list);
        Label countyLabel = new Label("County of this office");
        countyLabel.setLabelFor(county);
        Label reportLabel = new Label("Report");
        reportLabel.setLabelFor(report);
        FormValidation validation = new FormValidation();
        validation.error(county, (String c) -> c == null ? "Choose the county of this office: only its convictions "
                + "are in scope." : null);
        VBox box = new VBox(8, filesLabel, list, new HBox(8, addFiles, clear), countyLabel, county, hint, start,
                reportLabel, report, new HBox(8, copy, save));
        box.setPadding(new Insets(10));
        box.getStyleClass().add("rd-dialog-content");
        getDialogPane().setContent(FormValidation.decorated(box));
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
            main.runner().start("Writing the import report", (p, c) -> vm.report(outcomes), text -> {
                report.setText(text);
                Window owner = getOwner();
                notifier.show(ImportViewModel.summary(outcomes), "View report", () -> ReportWindow.show(
                        "Import report", text, "import-report.txt", owner, e -> main.problem("The report was not "
                                + "saved", e)));
            }, e -> main.problem("The import report could not be written", e));
        });
    }


}
