package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.tabular.TableRow;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * File › Import court records: pick the court's export, see its first rows, choose the column of each field
 * (required ones marked *), the formats, the level values and the disposition values that mean a conviction
 * (offered from the file with their counts), check the rows as read, save or share the mapping, import, read the
 * report.
 */
final class CourtImportDialog extends Dialog<Void> {
    private final CourtImportViewModel vm;
    private final TabPane tabs = new TabPane();
    private final TextArea report = new TextArea();
    private boolean updating;

    CourtImportDialog(MainViewModel main, Path initial, Window owner) {
        this.vm = new CourtImportViewModel(main);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Import court records");
        setHeaderText("Read the court's case-system export into " + main.session().name()
                + " and link it to the DOJ histories");
        setResizable(true);
        Tab mapping = new Tab("Mapping", mappingPane(owner));
        mapping.setClosable(false);
        report.setId("court-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPromptText("The import report appears here.");
        Tab reportTab = new Tab("Report", report);
        reportTab.setClosable(false);
        reportTab.setId("court-report-tab");
        tabs.getTabs().addAll(mapping, reportTab);
        tabs.setAccessibleText("Mapping and report");
        tabs.setPrefSize(1180, 720);
        getDialogPane().setContent(tabs);
        getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (initial != null) {
            vm.open(initial);
        }
    }

    /** The view-model, for tests that drive what the controls show. */
    CourtImportViewModel viewModel() {
        return vm;
    }

    private BorderPane mappingPane(Window owner) {
        TextField path = new TextField();
        path.setId("court-file");
        path.setEditable(false);
        path.setPromptText("No file chosen");
        path.setAccessibleText("The court export file");
        HBox.setHgrow(path, Priority.ALWAYS);
        vm.file.addListener((o, was, f) -> path.setText(f == null ? "" : f.toString()));
        Button choose = new Button("Choose file…");
        choose.setId("court-choose");
        choose.setOnAction(e -> pick(owner));
        ComboBox<String> sheet = new ComboBox<>();
        sheet.setId("court-sheet");
        sheet.setAccessibleText("Sheet of the workbook");
        sheet.setPromptText("(CSV)");
        vm.preview.addListener((o, was, p) -> {
            updating = true;
            sheet.getItems().setAll(p == null ? List.of() : p.sheets());
            sheet.setValue(p == null ? null : p.sheet());
            sheet.setDisable(p == null || p.sheets().isEmpty());
            updating = false;
        });
        sheet.setOnAction(e -> {
            if (!updating && sheet.getValue() != null && !sheet.getValue().equals(vm.sheet.get())) {
                vm.sheet.set(sheet.getValue());
                vm.reload(false);
            }
        });
        ComboBox<String> delimiter = new ComboBox<>();
        delimiter.setId("court-delimiter");
        delimiter.setAccessibleText("Field separator of the CSV file");
        delimiter.getItems().setAll("Detect", "Comma", "Semicolon", "Tab", "Vertical bar |");
        delimiter.setValue("Detect");
        delimiter.setOnAction(e -> {
            char c = switch (delimiter.getValue()) {
                case "Comma" -> ',';
                case "Semicolon" -> ';';
                case "Tab" -> '\t';
                case "Vertical bar |" -> '|';
                default -> 0;
            };
            vm.delimiter.set(c);
            vm.reload(false);
        });
        ComboBox<CourtMapping> saved = new ComboBox<>();
        saved.setId("court-saved");
        saved.setPromptText("Saved mappings");
        saved.setAccessibleText("Saved mappings");
        saved.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CourtMapping m) {
                return m == null ? "" : m.name();
            }

            @Override
            public CourtMapping fromString(String s) {
                return null;
            }
        });
        saved.setOnShowing(e -> saved.getItems().setAll(vm.saved()));
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                vm.apply(saved.getValue());
                vm.refreshValues();
            }
        });
        Button load = new Button("Load mapping file…");
        load.setOnAction(e -> loadMapping(owner));
        HBox top = new HBox(8, new Label("File"), path, choose, new Label("Sheet"), sheet, new Label("Delimiter"),
                delimiter, saved, load);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));

        ScrollPane formScroll = new ScrollPane(FormValidation.decorated(new CourtMappingForm(vm)));
        formScroll.setId("court-form");
        formScroll.setFitToWidth(true);
        SplitPane center = new SplitPane(tables(), formScroll);
        center.setDividerPositions(0.58);

        Label problems = new Label();
        problems.setId("court-problems");
        problems.getStyleClass().add(Styles.ERROR_TEXT);
        problems.setWrapText(true);
        vm.problems.addListener((ListChangeListener<String>) c -> problems.setText(String.join("\n", vm.problems)));
        Label message = new Label();
        message.setId("court-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        TextField name = new TextField();
        name.setId("court-mapping-name");
        name.setPromptText("Mapping name, e.g. Superior Court CMS");
        name.setAccessibleText("Name of the mapping");
        name.textProperty().bindBidirectional(vm.mappingName);
        name.setPrefColumnCount(24);
        Button save = new Button("Save mapping");
        save.setId("court-save");
        save.setOnAction(e -> vm.save(() -> saved.getItems().setAll(vm.saved())));
        Button export = new Button("Export mapping…");
        export.setOnAction(e -> exportMapping(owner));
        Button start = new Button("Import");
        start.setId("court-import");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.preview.isNull());
        start.setOnAction(e -> vm.importNow(text -> {
            report.setText(text);
            tabs.getSelectionModel().select(1);
        }));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(8, new Label("Mapping name"), name, save, export, grow, start);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, problems, message, actions);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        BorderPane pane = new BorderPane(center, top, null, bottom, null);
        pane.setPadding(new Insets(10));
        return pane;
    }

    /** The file's first rows as they are, over the same rows as the mapping reads them. */
    private SplitPane tables() {
        TableView<TableRow> raw = new TableView<>();
        raw.setId("court-raw");
        raw.setPlaceholder(new Label("The file's first rows appear here."));
        vm.preview.addListener((o, was, p) -> {
            raw.getColumns().clear();
            if (p == null) {
                raw.getItems().clear();
                return;
            }
            TableColumn<TableRow, String> line = new TableColumn<>("Line");
            line.setCellValueFactory(c -> new ReadOnlyStringWrapper(Long.toString(c.getValue().line())));
            raw.getColumns().add(line);
            for (int i = 0; i < p.headers().size(); i++) {
                int col = i;
                TableColumn<TableRow, String> c = new TableColumn<>((i + 1) + ": " + p.headers().get(i));
                c.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().value(col)));
                raw.getColumns().add(c);
            }
            raw.getColumns().forEach(ReadableRows::blankAware);
            raw.getItems().setAll(p.rows());
        });
        TableView<Object> read = new TableView<>(vm.asRead);
        read.setId("court-as-read");
        read.setPlaceholder(new Label("Once the required columns are chosen, the rows appear here as they will be "
                + "read."));
        List<String> heads = List.of("Line", "Case", "Name (DOJ form)", "DOB", "CII", "Section", "Level",
                "Conviction", "Disposition date", "Offense date", "Set aside");
        double[] widths = {50, 90, 170, 90, 100, 110, 90, 80, 110, 100, 320};
        for (int i = 0; i < heads.size(); i++) {
            int col = i;
            TableColumn<Object, String> c = new TableColumn<>(heads.get(i));
            c.setPrefWidth(widths[i]);
            c.setCellValueFactory(x -> new ReadOnlyStringWrapper(CourtImportViewModel.cells(x.getValue()).get(col)));
            read.getColumns().add(c);
        }
        ReadableRows.readable(raw, "First rows of the file");
        ReadableRows.readable(read, "The same rows as the mapping reads them");
        VBox top = new VBox(4, new Label("First rows of the file"), raw);
        VBox bottom = new VBox(4, new Label("The same rows as the mapping reads them"), read);
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox.setVgrow(read, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        return split;
    }

    private void pick(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("The court's case-system export");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Court exports (*.csv, *.txt, *.xlsx)",
                "*.csv", "*.txt", "*.xlsx"), new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    private void loadMapping(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("A court mapping file");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping (*.json)", "*.json"));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            vm.loadFrom(f.toPath());
            vm.refreshValues();
        }
    }

    private void exportMapping(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the mapping");
        fc.setInitialFileName((vm.mappingName.get() == null || vm.mappingName.get().isBlank() ? "court-mapping"
                : vm.mappingName.get().replaceAll("[^A-Za-z0-9 _-]", "")) + ".json");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            vm.exportTo(f.toPath());
        }
    }
}
