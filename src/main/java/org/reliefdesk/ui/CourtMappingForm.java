package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.reliefdesk.app.MappingService;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.tabular.DatePattern;
import org.reliefdesk.tabular.FieldSpec;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form of the court import's mapping: the column of each field (required ones marked * and, once a file is
 * open, marked at the field while unchosen), the name and date formats, the county of the court, the level values
 * and the disposition values that mean a conviction. Wrong values are marked at their field by
 * {@link FormValidation}; the dialog's list of problems says the same in words.
 */
final class CourtMappingForm extends VBox {
    static final String NONE = "(not in the file)";
    private final CourtImportViewModel vm;
    private final FormValidation validation = new FormValidation();
    private boolean updating;

    CourtMappingForm(CourtImportViewModel vm) {
        super(8);
        this.vm = vm;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(5);
        int row = 0;
        for (FieldSpec f : CourtMapping.FIELDS) {
            grid.addRow(row++, fieldLabel(f), fieldBox(f));
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
        validation.error(dates, (String pattern) -> datePatternProblem(pattern));
        SearchableComboBox<String> county = CountyPicker.create();
        county.setId("court-county");
        county.setAccessibleText("County of the court (required)");
        county.valueProperty().bindBidirectional(vm.county);
        county.valueProperty().addListener((o, was, now) -> vm.refreshAsRead());
        validation.error(county, (String c) -> c == null || c.isBlank()
                ? "Choose the county of the court: its convictions are decided for that county." : null);
        county.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, labelFor("Name format", names), names);
        grid.addRow(row++, labelFor("Date format", dates), dates);
        grid.addRow(row, labelFor("County of the court *", county), county);

        TableView<CourtImportViewModel.ValueChoice> dispositions = dispositions();
        // the conviction values are a list of check boxes: a mark beside the table, not on a field
        Label noConviction = new Label("Tick at least one value that means a conviction.");
        noConviction.setId("court-no-conviction");
        noConviction.getStyleClass().add(Styles.ERROR_TEXT);
        Runnable check = () -> {
            boolean none = !vm.dispositions.isEmpty() && vm.dispositions.stream().noneMatch(v -> v.conviction.get());
            noConviction.setVisible(none);
            noConviction.setManaged(none);
        };
        vm.dispositions.addListener((ListChangeListener<CourtImportViewModel.ValueChoice>) c -> check.run());
        vm.asRead.addListener((ListChangeListener<Object>) c -> check.run());
        check.run();
        getChildren().addAll(section("Columns"), grid, section("Level values of the file"), levels(),
                section("Disposition values that mean a conviction"), noConviction, dispositions);
        setPadding(new Insets(8));
        vm.preview.addListener((o, was, p) -> validation.showNow());
    }

    /** The form's validation (tests read the marks' messages through it). */
    FormValidation validation() {
        return validation;
    }

    private static Label fieldLabel(FieldSpec f) {
        Label label = new Label(f.label() + (f.required() ? " *" : ""));
        if (f.required()) {
            label.getStyleClass().add(Styles.SUBTITLE);
        }
        return label;
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    private ComboBox<String> fieldBox(FieldSpec f) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("court-field-" + f.key());
        box.setAccessibleText("Column for " + f.label() + (f.required() ? " (required)" : ""));
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(box, Priority.ALWAYS);
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
        if (f.required()) {
            validation.error(box, (String chosen) -> vm.preview.get() != null && (chosen == null || NONE.equals(chosen))
                    ? "Choose the column of " + f.label().toLowerCase(java.util.Locale.ROOT) + ": it is required."
                    : null);
        }
        return box;
    }

    /** What is wrong with a date format typed or chosen, or null. */
    static String datePatternProblem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "Choose how the file writes dates, e.g. MM/dd/yyyy.";
        }
        try {
            DatePattern.of(pattern.strip());
            return null;
        } catch (TableException e) {
            return e.getMessage();
        }
    }

    private TableView<CourtImportViewModel.ValueChoice> levels() {
        TableView<CourtImportViewModel.ValueChoice> levels = new TableView<>(vm.levels);
        levels.setId("court-levels");
        levels.setAccessibleText("Level values of the file and what each means");
        levels.setEditable(true);
        levels.setPrefHeight(150);
        levels.setPlaceholder(new Label("Choose the level column to see its values."));
        TableColumn<CourtImportViewModel.ValueChoice, String> means = new TableColumn<>("Means");
        means.setEditable(true);
        means.setCellValueFactory(c -> c.getValue().level);
        means.setCellFactory(ComboBoxTableCell.forTableColumn(CourtImportViewModel.LEVEL_WORDS.toArray(String[]::new)));
        means.setOnEditCommit(e -> {
            e.getRowValue().level.set(e.getNewValue());
            vm.refreshAsRead();
        });
        levels.getColumns().addAll(List.of(valueColumn(), rowsColumn(), means));
        ReadableRows.readable(levels, "Level values of the file and what each means");
        levels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return levels;
    }

    private TableView<CourtImportViewModel.ValueChoice> dispositions() {
        TableView<CourtImportViewModel.ValueChoice> dispositions = new TableView<>(vm.dispositions);
        dispositions.setId("court-dispositions");
        dispositions.setAccessibleText("Disposition values of the file and whether each means a conviction");
        dispositions.setPrefHeight(170);
        dispositions.setPlaceholder(new Label("Choose the disposition column to see its values."));
        TableColumn<CourtImportViewModel.ValueChoice, CourtImportViewModel.ValueChoice> conviction =
                new TableColumn<>("Means a conviction");
        conviction.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        conviction.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
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
        dispositions.getColumns().addAll(List.of(valueColumn(), rowsColumn(), conviction));
        ReadableRows.readable(dispositions, "Disposition values of the file and whether each means a conviction");
        dispositions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return dispositions;
    }

    private static TableColumn<CourtImportViewModel.ValueChoice, String> valueColumn() {
        TableColumn<CourtImportViewModel.ValueChoice, String> c = new TableColumn<>("Value");
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(x.getValue().value));
        return c;
    }

    private static TableColumn<CourtImportViewModel.ValueChoice, String> rowsColumn() {
        TableColumn<CourtImportViewModel.ValueChoice, String> c = new TableColumn<>("Rows");
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(String.format("%,d", x.getValue().rows)));
        return c;
    }

    private static Label section(String text) {
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
        validation.revalidate();
    }
}
