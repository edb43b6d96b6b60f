package org.reliefdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.reliefdesk.app.RunComparison;
import org.reliefdesk.app.RunInfo;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.PolicyException;
import org.reliefdesk.rules.PolicyJson;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.UnknownLevel;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

/** Policy and runs: the policy form (presets, options, compute-at, mode, county), the past runs, and a comparison. */
final class RunsView extends SplitPane {
    private final MainViewModel main;
    private final PolicyViewModel policy = new PolicyViewModel();
    private final TableView<RunInfo> runs = new TableView<>();
    private final TableView<RunComparison.Change> changes = new TableView<>();
    private final ObservableList<RunComparison.Change> changeRows = FXCollections.observableArrayList();
    private final Label comparison = new Label("Select two runs (Ctrl+click) and press Compare.");
    private final Label problem = new Label();
    private final FormValidation validation = new FormValidation();

    private final ObservableList<RunInfo> shownRuns = FXCollections.observableArrayList();

    /**
     * {@code shown}: whether the view's tab is selected. The list of runs follows the workspace's only while it is
     * (its first rows create the table's cells, a cost the window should not pay while an evaluation finishes).
     */
    RunsView(MainViewModel main, javafx.beans.value.ObservableBooleanValue shown) {
        this.main = main;
        shownRuns.setAll(main.runs());
        main.runs().addListener((javafx.collections.ListChangeListener<RunInfo>) c -> {
            if (shown.get()) {
                shownRuns.setAll(main.runs());
            }
        });
        shown.addListener((o, was, now) -> {
            if (now && !shownRuns.equals(main.runs())) {
                shownRuns.setAll(main.runs());
            }
        });
        setId("runs-view");
        policy.countyProperty().set(main.countyProperty().get());
        main.countyProperty().addListener((o, was, now) -> {
            if (now != null && (policy.countyProperty().get() == null || policy.countyProperty().get().equals(was))) {
                policy.countyProperty().set(now);
            }
        });
        ScrollPane form = new ScrollPane(FormValidation.decorated(form()));
        form.setFitToWidth(true);
        form.setMinWidth(360);
        getItems().addAll(form, runsPane());
        setDividerPositions(0.36);
    }

    PolicyViewModel policy() {
        return policy;
    }

    private VBox form() {
        ComboBox<Preset> preset = new ComboBox<>(FXCollections.observableArrayList(Preset.values()));
        preset.setId("policy-preset");
        preset.setPromptText("Start from a preset");
        preset.setAccessibleText("Preset");
        preset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Preset p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Preset fromString(String s) {
                return Preset.find(s).orElse(null);
            }
        });
        preset.valueProperty().addListener((o, was, p) -> {
            if (p != null) {
                policy.applyPreset(p);
            }
        });
        GridPane sections = new GridPane();
        sections.setHgap(8);
        sections.setVgap(4);
        int row = 0;
        for (String s : PolicyViewModel.SECTIONS) {
            ComboBox<PolicyViewModel.SectionChoice> c = new ComboBox<>(FXCollections.observableArrayList(
                    PolicyViewModel.SectionChoice.values()));
            c.setId("policy-section-" + s);
            c.valueProperty().bindBidirectional(policy.section(s));
            c.setAccessibleText("H&S " + s);
            sections.addRow(row++, labelFor("H&S " + s, c), c);
        }
        GridPane relief = new GridPane();
        relief.setHgap(8);
        relief.setVgap(4);
        CheckBox under21 = check("Under 21 at conviction (R9)", policy.under21Property());
        TextField age = number("policy-age", policy.ageProperty());
        TextField since = number("policy-years-since", policy.yearsSinceProperty());
        TextField crimeFree = number("policy-crime-free", policy.crimeFreeProperty());
        relief.addRow(0, labelFor("Age threshold (R10)", age), age, hint("0 = off, or 40-65"));
        relief.addRow(1, labelFor("Years since conviction (R11)", since), since, hint("0 = off, or 1-15"));
        relief.addRow(2, labelFor("Years crime-free (R12)", crimeFree), crimeFree, hint("0 = off, or 1-15"));
        validation.error(age, (String v) -> policy.problemOf(policy.ageProperty()));
        validation.error(since, (String v) -> policy.problemOf(policy.yearsSinceProperty()));
        validation.error(crimeFree, (String v) -> policy.problemOf(policy.crimeFreeProperty()));
        CheckBox only64 = check("Only Prop 64 convictions (R13)", policy.onlyProp64Property());
        CheckBox deceased = check("Person is deceased (R14)", policy.deceasedProperty());
        CheckBox disq = check("Apply disqualifiers (R5-R7)", policy.disqualifiersProperty());
        CheckBox related = check("Dismiss related charges in the same cycle", policy.relatedChargesProperty());
        ComboBox<UnknownLevel> unknown = new ComboBox<>(FXCollections.observableArrayList(UnknownLevel.values()));
        unknown.valueProperty().bindBidirectional(policy.unknownLevelProperty());
        unknown.setConverter(converter(u -> u == UnknownLevel.MISDEMEANOR ? "Treat as misdemeanor" : "Needs review"));
        DatePicker computeAt = new DatePicker();
        computeAt.setId("policy-compute-at");
        computeAt.valueProperty().bindBidirectional(policy.computeAtProperty());
        computeAt.setConverter(dateConverter());
        computeAt.setPromptText(main.dates().style().label());
        main.dates().styleProperty().addListener((o, was, now) -> {
            computeAt.setConverter(dateConverter());
            computeAt.setPromptText(now.label());
        });
        ComboBox<EvaluationMode> mode = new ComboBox<>(FXCollections.observableArrayList(EvaluationMode.values()));
        mode.valueProperty().bindBidirectional(policy.modeProperty());
        mode.setConverter(converter(m -> m == EvaluationMode.GOGEN ? "gogen 0.2.13 compatible" : "Default (rules.md)"));
        ComboBox<String> county = CountyPicker.create();
        county.setId("policy-county");
        county.valueProperty().bindBidirectional(policy.countyProperty());
        validation.error(computeAt, (java.time.LocalDate v) -> policy.computeAtProblem());
        validation.error(county, (String v) -> policy.countyProblem());
        GridPane other = new GridPane();
        other.setHgap(8);
        other.setVgap(4);
        other.addRow(0, labelFor("Unknown level", unknown), unknown);
        other.addRow(1, labelFor("Compute as of", computeAt), computeAt);
        other.addRow(2, labelFor("Mode", mode), mode);
        other.addRow(3, labelFor("County", county), county);

        problem.setId("policy-problem");
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = policy.problem();
            return p == null ? "" : p;
        }, policy.ageProperty(), policy.yearsSinceProperty(), policy.crimeFreeProperty(), policy.computeAtProperty(),
                policy.countyProperty(), policy.section("11357"), policy.section("11358"), policy.section("11359"),
                policy.section("11360")));
        Button run = new Button("Run evaluation");
        run.setId("policy-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(problem.textProperty().isNotEmpty());
        run.setOnAction(e -> runEvaluation());
        Button load = new Button("Load options JSON…");
        load.setOnAction(e -> loadJson());
        Button save = new Button("Save options JSON…");
        save.setOnAction(e -> saveJson());
        VBox box = new VBox(6, heading("PRESET"), preset, heading("PER SECTION (R8, R15)"), sections,
                heading("ADDITIONAL RELIEF"), under21, relief, only64, deceased, heading("DISQUALIFIERS AND LEVELS"),
                disq, related, other, problem, new HBox(8, run), new HBox(8, load, save));
        box.setPadding(new Insets(10));
        return box;
    }

    private static <T> javafx.util.StringConverter<T> converter(Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A field's label, which a screen reader reads as the field's name. */
    private static Label labelFor(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.SECTION);
        return l;
    }

    private static Label hint(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static TextField number(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(4);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private void runEvaluation() {
        try {
            main.evaluate(policy.settings());
        } catch (PolicyException e) {
            main.problem("The options are not valid", e);
        }
    }

    private void loadJson() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Options JSON", "*.json"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            try {
                policy.apply(PolicyJson.parse(Files.readString(f.toPath())));
            } catch (PolicyException | java.io.IOException e) {
                main.problem("The options file was not loaded", e);
            }
        }
    }

    private void saveJson() {
        try {
            String json = PolicyJson.write(policy.policy());
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("eligibility-options.json");
            File f = fc.showSaveDialog(getScene().getWindow());
            if (f != null) {
                Files.writeString(f.toPath(), json);
            }
        } catch (PolicyException | java.io.IOException e) {
            main.problem("The options were not saved", e);
        }
    }

    private VBox runsPane() {
        runs.setId("runs-table");
        runs.setItems(shownRuns);
        runs.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.getColumns().add(col("Run", 45, r -> Integer.toString(r.id())));
        runs.getColumns().add(col("Finished", 150, r -> r.finishedAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")));
        runs.getColumns().add(col("Mode", 65, RunInfo::mode));
        runs.getColumns().add(col("County", 100, RunInfo::county));
        runs.getColumns().add(col("As of", 85, r -> main.dates().stored(r.computeAt())));
        main.dates().styleProperty().addListener((o, was, now) -> runs.refresh());
        runs.getColumns().add(col("Policy", 260, RunInfo::policySummary));
        runs.getColumns().add(col("Convictions", 85, r -> String.format("%,d", r.decisions())));
        runs.getColumns().add(col("Dismiss / reduce / not eligible / review", 250, RunsView::outcomeCounts));
        runs.setPlaceholder(new Label("No runs yet: choose the policy on the left and press Run evaluation."));
        runs.setAccessibleText("Past runs");
        ReadableRows.install(runs, null);
        WindowStyler.scaleColumns(main.appearance(), runs);
        Button show = new Button("Show in Cases");
        show.setOnAction(e -> {
            RunInfo r = runs.getSelectionModel().getSelectedItem();
            if (r != null) {
                main.currentRunProperty().set(r);
            }
        });
        Button compare = new Button("Compare");
        compare.setId("runs-compare");
        compare.setOnAction(e -> compareSelected());
        Button export = new Button("Export results… (Ctrl+E)");
        export.setOnAction(e -> ((MainWindow) getScene().getRoot()).exportResults());
        Label current = new Label();
        current.textProperty().bind(Bindings.createStringBinding(() -> main.currentRunProperty().get() == null
                ? "No run shown" : "Shown in Cases: run " + main.currentRunProperty().get().id(),
                main.currentRunProperty()));
        current.getStyleClass().add(Styles.MUTED);
        changes.setId("comparison-table");
        changes.setItems(changeRows);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().add(col2("Person", 170, RunComparison.Change::name));
        changes.getColumns().add(col2("Section", 80, RunComparison.Change::section));
        changes.getColumns().add(col2("Case", 100, RunComparison.Change::caseNumber));
        changes.getColumns().add(col2("Before", 130, c -> label(c.before())));
        changes.getColumns().add(col2("After", 130, c -> label(c.after())));
        changes.getColumns().add(col2("Reason after", 240, RunComparison.Change::reasonAfter));
        changes.setPlaceholder(new Label("No comparison yet."));
        changes.setAccessibleText("Convictions whose outcome changes between the two runs");
        ReadableRows.install(changes, null);
        WindowStyler.scaleColumns(main.appearance(), changes);
        comparison.setId("comparison-summary");
        comparison.setWrapText(true);
        comparison.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading("PAST RUNS"), runs, new HBox(8, show, compare, export, current),
                heading("COMPARISON OF TWO RUNS"), comparison, changes);
        VBox.setVgrow(runs, Priority.ALWAYS);
        VBox.setVgrow(changes, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    static String outcomeCounts(RunInfo r) {
        StringBuilder b = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            b.append(b.length() > 0 ? " / " : "").append(String.format("%,d", r.byOutcome().getOrDefault(o.name(), 0)));
        }
        return b.toString();
    }


    private static String label(Outcome o) {
        return o == null ? "(not decided)" : o.label();
    }

    private void compareSelected() {
        List<RunInfo> sel = List.copyOf(runs.getSelectionModel().getSelectedItems());
        if (sel.size() != 2) {
            main.problem("Choose two runs", new IllegalArgumentException("Select exactly two runs (hold Ctrl and click "
                    + "the second) to compare them."));
            return;
        }
        compare(sel.get(0), sel.get(1));
    }

    /** Compares two runs (the older first) and lists the convictions whose outcome differs. */
    void compare(RunInfo a, RunInfo b) {
        RunInfo before = a.id() < b.id() ? a : b;
        RunInfo after = a.id() < b.id() ? b : a;
        var s = main.session();
        main.runner().start("Comparing runs", (p, c) -> s.compare(before.id(), after.id()), result -> {
            changeRows.setAll(result.changes());
            comparison.setText(String.format("Run %d (%s) → run %d (%s): %,d of %,d convictions change outcome.",
                    before.id(), before.policySummary(), after.id(), after.policySummary(),
                    result.changes().size(), Math.max(result.convictionsBefore(), result.convictionsAfter())));
        }, e -> main.problem("The runs could not be compared", e));
    }

    private static TableColumn<RunInfo, String> col(String t, double w, Function<RunInfo, String> f) {
        TableColumn<RunInfo, String> c = new TableColumn<>(t);
        c.setPrefWidth(w);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private static TableColumn<RunComparison.Change, String> col2(String t, double w,
                                                                   Function<RunComparison.Change, String> f) {
        TableColumn<RunComparison.Change, String> c = new TableColumn<>(t);
        c.setPrefWidth(w);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    /** The compute-at date in the chosen format; typed text in that format, ISO or as the DOJ writes dates. */
    private javafx.util.StringConverter<java.time.LocalDate> dateConverter() {
        org.reliefdesk.app.DateStyle style = main.dates().style();
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : style.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return style.parse(text).orElse(null);
            }
        };
    }
}
