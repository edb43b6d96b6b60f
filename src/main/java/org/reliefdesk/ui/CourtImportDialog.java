package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reliefdesk.app.MappingService;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.doj.CaliforniaCounties;
import org.reliefdesk.tabular.FieldSpec;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableRow;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * File › Import court records: pick the court's export, see its first rows, choose the column of each field
 * (required ones marked *), the formats, the level values and the disposition values that mean a conviction
 * (offered from the file with their counts), check the rows as read, save or share the mapping, import, read the
 * report.
 */
final class CourtImportDialog extends Dialog<Void> {
    private static final String NONE = "(not in the file)";
    private final CourtImportViewModel vm;
    private final TabPane tabs = new TabPane();
    private final TextArea report = new TextArea();
    private final List<ComboBox<String>> fieldBoxes = new ArrayList<>();
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

        ScrollPane formScroll = new ScrollPane(form());
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
        VBox top = new VBox(4, new Label("First rows of the file"), raw);
        VBox bottom = new VBox(4, new Label("The same rows as the mapping reads them"), read);
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox.setVgrow(read, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        return split;
    }

    /** The columns of each field, the formats and the meanings of the file's values. */
    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        int row = 0;
        for (FieldSpec f : CourtMapping.FIELDS) {
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            if (f.required()) {
                label.getStyleClass().add(Styles.SUBTITLE);
            }
            ComboBox<String> box = new ComboBox<>();
            box.setId("court-field-" + f.key());
            box.setAccessibleText("Column for " + f.label() + (f.required() ? " (required)" : ""));
            box.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(box);
            fieldBoxes.add(box);
            var index = vm.columns.get(f.key());
            vm.preview.addListener((o, was, p) -> fill(box, p, index.get()));
            index.addListener((o, was, i) -> {
                if (!updating) {
                    updating = true;
                    box.getSelectionModel().select(i.intValue() + 1);
                    updating = false;
                }
            });
            box.setOnAction(e -> {
                if (updating) {
                    return;
                }
                index.set(box.getSelectionModel().getSelectedIndex() - 1);
                if (f.key().equals("level") || f.key().equals("disposition")) {
                    vm.refreshValues();
                } else {
                    vm.refreshAsRead();
                }
            });
            grid.addRow(row++, label, box);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        ComboBox<String> names = new ComboBox<>();
        names.setId("court-name-format");
        names.setAccessibleText("How the file writes names");
        names.getItems().setAll(Arrays.stream(NameFormat.values()).map(NameFormat::label).toList());
        names.valueProperty().bindBidirectional(vm.nameFormat);
        names.setOnAction(e -> vm.refreshAsRead());
        ComboBox<String> dates = new ComboBox<>();
        dates.setId("court-date-format");
        dates.setAccessibleText("How the file writes dates");
        dates.setEditable(true);
        dates.getItems().setAll(CourtImportViewModel.DATE_FORMATS);
        dates.valueProperty().bindBidirectional(vm.dateFormat);
        dates.setOnAction(e -> vm.refreshAsRead());
        ComboBox<String> county = new ComboBox<>();
        county.setId("court-county");
        county.setAccessibleText("County of the court");
        county.getItems().setAll(CaliforniaCounties.ALL);
        county.setVisibleRowCount(14);
        county.valueProperty().bindBidirectional(vm.county);
        county.setOnAction(e -> vm.refreshAsRead());
        grid.addRow(row++, new Label("Name format"), names);
        grid.addRow(row++, new Label("Date format"), dates);
        grid.addRow(row, new Label("County of the court *"), county);

        TableView<CourtImportViewModel.ValueChoice> levels = new TableView<>(vm.levels);
        levels.setId("court-levels");
        levels.setEditable(true);
        levels.setPrefHeight(150);
        levels.setPlaceholder(new Label("Choose the level column to see its values."));
        TableColumn<CourtImportViewModel.ValueChoice, String> lv = new TableColumn<>("Value");
        lv.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value));
        TableColumn<CourtImportViewModel.ValueChoice, String> ln = new TableColumn<>("Rows");
        ln.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%,d", c.getValue().rows)));
        TableColumn<CourtImportViewModel.ValueChoice, String> lw = new TableColumn<>("Means");
        lw.setEditable(true);
        lw.setCellValueFactory(c -> c.getValue().level);
        lw.setCellFactory(ComboBoxTableCell.forTableColumn(CourtImportViewModel.LEVEL_WORDS.toArray(String[]::new)));
        lw.setOnEditCommit(e -> {
            e.getRowValue().level.set(e.getNewValue());
            vm.refreshAsRead();
        });
        levels.getColumns().addAll(List.of(lv, ln, lw));
        levels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<CourtImportViewModel.ValueChoice> dispositions = new TableView<>(vm.dispositions);
        dispositions.setId("court-dispositions");
        dispositions.setPrefHeight(170);
        dispositions.setPlaceholder(new Label("Choose the disposition column to see its values."));
        TableColumn<CourtImportViewModel.ValueChoice, String> dv = new TableColumn<>("Value");
        dv.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value));
        TableColumn<CourtImportViewModel.ValueChoice, String> dn = new TableColumn<>("Rows");
        dn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format("%,d", c.getValue().rows)));
        TableColumn<CourtImportViewModel.ValueChoice, CourtImportViewModel.ValueChoice> dc =
                new TableColumn<>("Means a conviction");
        dc.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        dc.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final CheckBox box = new CheckBox();

            @Override
            protected void updateItem(CourtImportViewModel.ValueChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(item.conviction.get());
                box.setAccessibleText("\"" + item.value + "\" means a conviction");
                box.setOnAction(e -> {
                    item.conviction.set(box.isSelected());
                    vm.refreshAsRead();
                });
                setGraphic(box);
            }
        });
        dispositions.getColumns().addAll(List.of(dv, dn, dc));
        dispositions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(8, sectionLabel("Columns"), grid, sectionLabel("Level values of the file"), levels,
                sectionLabel("Disposition values that mean a conviction"), dispositions);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION);
        return l;
    }

    private void fill(ComboBox<String> box, MappingService.Preview p, int selected) {
        updating = true;
        List<String> items = new ArrayList<>();
        items.add(NONE);
        if (p != null) {
            for (int i = 0; i < p.headers().size(); i++) {
                items.add((i + 1) + ": " + p.headers().get(i));
            }
        }
        box.getItems().setAll(items);
        box.getSelectionModel().select(selected + 1 < items.size() ? selected + 1 : 0);
        updating = false;
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
