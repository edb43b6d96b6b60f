package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CaseDetail;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.TrailEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The selected conviction side by side: on the left the person and their whole history (cycle, step, count; the
 * convictions in bold, the selected one highlighted), on the right the decision, its explanation, the trail as a
 * checklist, the flags, the statute in plain words and the overrides.
 */
final class DetailView extends SplitPane {
    private final MainViewModel main;
    private final DetailViewModel vm;
    private final Label name = new Label();
    private final Label dob = new Label();
    private final Label cii = new Label();
    private final Label gender = new Label();
    private final Label ssn = new Label();
    private final Label cdl = new Label();
    private final Label fbi = new Label();
    private final TreeTableView<HistoryLine> history = new TreeTableView<>();
    private final CourtRowsPane courtRows;
    private final VBox decision = new VBox(6);
    private final ScrollPane decisionScroll = new ScrollPane(decision);
    private final OutcomeBadge badge = new OutcomeBadge();
    private final Label hint = new Label("Select a conviction in the grid to see the person's history and the "
            + "decision with its statute.");
    private final Label reason = new Label();
    private final Label section = new Label();
    private final Button reviewed = new Button();
    private final Label engine = new Label();
    private final Label explanation = new Label();
    private final VBox trailBox = new VBox(6);
    private final List<TrailRow> trailRows = new java.util.ArrayList<>();
    private final Label flagsHeading = new Label("FLAGS");
    private final VBox flagsBox = new VBox(6);
    private final Label statute = new Label();
    private final VBox overridesBox = new VBox(6);

    /** One line of the history tree: a cycle, a step or a count. */
    record HistoryLine(String label, String date, String what, String disposition, String sentence, HistoryRow row,
                       boolean selected) {
    }

    DetailView(MainViewModel main) {
        this.main = main;
        this.vm = main.detail();
        this.courtRows = new CourtRowsPane(main.dates());
        setId("detail-view");
        setOrientation(Orientation.HORIZONTAL);
        // the person's side scrolls when it no longer fits (large text) instead of being cut; a grid's preferred
        // height is a constant, so measuring the side for the scroll pane does not measure the history's rows
        ScrollPane person = new ScrollPane(personPane());
        person.setFitToWidth(true);
        person.setFitToHeight(true);
        person.setFocusTraversable(false);
        getItems().addAll(person, decisionPane());
        setDividerPositions(main.settings().number("layout.detail.0", 0.5));
        getDividers().get(0).positionProperty().addListener((o, was, now) ->
                main.settings().setNumbers("layout.detail", now.doubleValue()));
        vm.detailProperty().addListener((o, was, d) -> show(d));
        main.dates().styleProperty().addListener((o, was, now) -> show(vm.detailProperty().get()));
        ssn.textProperty().bind(vm.ssnProperty());
        cdl.textProperty().bind(vm.cdlProperty());
        fbi.textProperty().bind(vm.fbiProperty());
        show(null);
    }

    private VBox personPane() {
        Label head = new Label("PERSON");
        head.getStyleClass().add(Styles.SECTION);
        name.getStyleClass().add(Styles.SUBTITLE);
        name.setId("detail-name");
        // the facts flow onto more lines as the text grows (View › Text size), each the same width, so they align
        javafx.scene.layout.FlowPane facts = new javafx.scene.layout.FlowPane(8, 3);
        addFact(facts, "DOB", dob);
        addFact(facts, "CII", cii);
        addFact(facts, "Gender", gender);
        addFact(facts, "SSN", ssn);
        addFact(facts, "Licence", cdl);
        addFact(facts, "FBI no.", fbi);
        ssn.setId("detail-ssn");
        Button reveal = new Button("Reveal SSN / licence / FBI");
        reveal.setId("reveal-identifiers");
        reveal.setOnAction(e -> vm.reveal());
        Label hist = new Label("HISTORY (cycle › step › count)");
        hist.getStyleClass().add(Styles.SECTION);
        history.setId("detail-history");
        history.setShowRoot(false);
        history.setPlaceholder(new Label("Select a conviction in the grid."));
        history.setAccessibleText("History of the person by cycle, step and count");
        history.getColumns().add(col("Cycle / step / count", 150, HistoryLine::label));
        history.getColumns().add(col("Date", 75, HistoryLine::date));
        history.getColumns().add(col("Offense", 190, HistoryLine::what));
        history.getColumns().add(col("Disposition", 110, HistoryLine::disposition));
        history.getColumns().add(col("Sentence", 90, HistoryLine::sentence));
        history.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WindowStyler.scaleColumns(main.appearance(), history);
        history.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            public Object queryAccessibleAttribute(javafx.scene.AccessibleAttribute a, Object... p) {
                return a == javafx.scene.AccessibleAttribute.TEXT && !isEmpty() && getTreeItem() != null
                        ? ReadableRows.words(this) : super.queryAccessibleAttribute(a, p);
            }

            @Override
            protected void updateItem(HistoryLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.CONVICTION_ROW, Styles.SELECTED_CONVICTION);
                if (!empty && item != null && item.row() != null) {
                    if (item.row().isConviction()) {
                        getStyleClass().add(Styles.CONVICTION_ROW);
                    }
                    if (item.selected()) {
                        getStyleClass().add(Styles.SELECTED_CONVICTION);
                    }
                }
            }
        });
        javafx.scene.layout.FlowPane nameLine = new javafx.scene.layout.FlowPane(12, 4, name, reveal);
        nameLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        name.setWrapText(true);
        VBox box = new VBox(4, head, nameLine, facts, hist, history, courtRows);
        VBox.setVgrow(history, Priority.ALWAYS);
        history.getStyleClass().add("rd-history");
        box.setPadding(new Insets(6));
        box.setMinWidth(220);
        return box;
    }

    private static void addFact(javafx.scene.layout.FlowPane facts, String label, Label value) {
        Label l = new Label(label);
        l.getStyleClass().addAll(Styles.MUTED, "rd-fact-label");
        l.setLabelFor(value);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox pair = new HBox(6, l, value);
        pair.getStyleClass().add("rd-fact");
        facts.getChildren().add(pair);
    }

    private static TreeTableColumn<HistoryLine, String> col(String title, double width,
                                                          Function<HistoryLine, String> value) {
        TreeTableColumn<HistoryLine, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        // never squeezed below most of its width: at a large text size the history scrolls sideways instead
        c.setMinWidth(width * 0.7);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setCellFactory(x -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // an empty value is read as "blank", not skipped
                setAccessibleText(!empty && (item == null || item.isEmpty()) ? "blank" : null);
            }
        });
        return c;
    }

    private ScrollPane decisionPane() {
        buildDecision();
        decision.setPadding(new Insets(8));
        decision.setId("detail-decision");
        decisionScroll.setFitToWidth(true);
        decisionScroll.setMinWidth(260);
        decisionScroll.setAccessibleText("The decision, why, the rules checked, the statute and the overrides");
        return decisionScroll;
    }

    void focusDecision() {
        decisionScroll.requestFocus();
    }

    /**
     * Fills both sides for a conviction (null: none selected). The decision side's nodes are made once and filled
     * again for each selection, so selecting a row only sets texts: no new nodes to style and lay out.
     */
    private void show(CaseDetail d) {
        if (d == null) {
            name.setText("No conviction selected");
            for (Label l : List.of(dob, cii, gender)) {
                l.setText("");
            }
            history.setRoot(null);
            courtRows.show(List.of());
            decisionScroll.setContent(hint);
            return;
        }
        name.setText(d.person().name());
        dob.setText(main.dates().stored(d.person().dob()));
        cii.setText(d.person().cii());
        gender.setText(d.person().gender());
        history.setRoot(historyTree(d));
        selectHistoryRow();
        courtRows.show(d.courtRows());

        badge.show(d.row().effectiveOutcome(), d.row().overridden());
        reason.setText(d.decision().reasonText());
        section.setText(d.decision().section() + " · " + levelWord(d.decision().level()) + " · convicted "
                + orUnknown(main.dates().stored(d.row().convictionDate())) + " · case "
                + orUnknown(d.row().caseNumber()));
        reviewed.setText(d.row().reviewed() ? "Mark not reviewed" : "Mark reviewed");
        shown(engine, d.row().overridden());
        engine.setText(d.row().overridden() ? "The rules decided: " + d.row().decided().label()
                + ". The latest override (below) is what the office files." : "");
        explanation.setText(main.dates().style().inText(d.decision().explanation()));
        List<TrailEntry> trail = d.decision().trail();
        while (trailRows.size() < trail.size()) {
            trailRows.add(new TrailRow());
        }
        fill(trailBox, trail.size(), i -> trailRows.get(i).box);
        for (int i = 0; i < trail.size(); i++) {
            trailRows.get(i).show(trail.get(i), main.dates().style());
        }
        shown(flagsHeading, !d.flags().isEmpty());
        fillLabels(flagsBox, d.flags().stream().map(f -> "⚑ " + main.dates().style().inText(f.explanation())).toList());
        statute.setText(d.statuteText());
        List<String> overrides = d.overrides().isEmpty() ? List.of("None. The rules' decision stands.")
                : d.overrides().stream().map(o -> o.at().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + " · "
                + o.user() + " → " + o.outcome().label() + ": " + o.reason()).toList();
        fillLabels(overridesBox, overrides);
        overridesBox.getChildren().get(0).getStyleClass().remove(Styles.MUTED);
        if (d.overrides().isEmpty()) {
            overridesBox.getChildren().get(0).getStyleClass().add(Styles.MUTED);
        }
        if (decisionScroll.getContent() != decision) {
            decisionScroll.setContent(decision);
        }
    }

    /** The decision side's fixed layout, made once (see {@link #show}). */
    private void buildDecision() {
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        hint.setPadding(new Insets(8));
        section.setWrapText(true);
        section.getStyleClass().add(Styles.MUTED);
        Button override = new Button("Override…");
        override.setId("override-button");
        override.setOnAction(e -> openOverride(null));
        reviewed.setId("review-button");
        reviewed.setOnAction(e -> {
            CaseDetail d = vm.detailProperty().get();
            if (d != null) {
                vm.markReviewed(!d.row().reviewed());
            }
        });
        engine.setWrapText(true);
        reason.setWrapText(true);
        reason.setMinWidth(0);
        HBox.setHgrow(reason, Priority.ALWAYS);
        explanation.setId("detail-explanation");
        explanation.setWrapText(true);
        statute.setWrapText(true);
        flagsHeading.getStyleClass().add(Styles.SECTION);
        decision.getChildren().addAll(heading("DECISION"), new HBox(10, badge, reason), section,
                new HBox(8, override, reviewed), engine, new TimelinePane(vm, main.dates()), heading("WHY"), explanation,
                heading("RULES CHECKED (rules.md order)"), trailBox, flagsHeading, flagsBox,
                heading("THE STATUTE, IN PLAIN WORDS"), statute, heading("OVERRIDES"), overridesBox);
    }

    private static void shown(javafx.scene.Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    /** Keeps the first {@code n} nodes in {@code box}, adding or removing only at the end. */
    private static void fill(VBox box, int n, java.util.function.IntFunction<javafx.scene.Node> node) {
        List<javafx.scene.Node> kids = box.getChildren();
        while (kids.size() > n) {
            kids.remove(kids.size() - 1);
        }
        while (kids.size() < n) {
            kids.add(node.apply(kids.size()));
        }
    }

    /** One wrapped label per text in {@code box}, reusing the labels already there. */
    private static void fillLabels(VBox box, List<String> texts) {
        fill(box, texts.size(), i -> {
            Label l = new Label();
            l.setWrapText(true);
            return l;
        });
        for (int i = 0; i < texts.size(); i++) {
            ((Label) box.getChildren().get(i)).setText(texts.get(i));
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION);
        return l;
    }

    private TreeItem<HistoryLine> historyTree(CaseDetail d) {
        TreeItem<HistoryLine> root = new TreeItem<>();
        Map<String, TreeItem<HistoryLine>> cycles = new LinkedHashMap<>();
        Map<String, TreeItem<HistoryLine>> steps = new LinkedHashMap<>();
        for (HistoryRow r : d.history()) {
            String cycleKey = r.batch() + "/" + r.cycle();
            TreeItem<HistoryLine> cycle = cycles.computeIfAbsent(cycleKey, k -> {
                TreeItem<HistoryLine> item = new TreeItem<>(new HistoryLine("Cycle " + orUnknown(r.cycle()),
                        main.dates().stored(r.cycleDate()), "", "", "", null, false));
                item.setExpanded(true);
                root.getChildren().add(item);
                return item;
            });
            String stepKey = cycleKey + "/" + r.step();
            TreeItem<HistoryLine> step = steps.computeIfAbsent(stepKey, k -> {
                TreeItem<HistoryLine> item = new TreeItem<>(new HistoryLine(title(DojText.clean(r.stepType())),
                        main.dates().stored(r.stepDate()), DojText.clean(r.court()), "", "", null, false));
                item.setExpanded(true);
                cycle.getChildren().add(item);
                return item;
            });
            String sentence = (DojText.clean(r.sentenceLength()) + " " + DojText.clean(r.sentenceTimeCode()) + " "
                    + DojText.clean(r.sentenceLocation())).strip();
            step.getChildren().add(new TreeItem<>(new HistoryLine("Count " + countNumber(r.countKey()),
                    main.dates().stored(r.dispositionDate()), (DojText.clean(r.offense()) + " " + DojText.clean(r.offenseToc())
                    + " " + DojText.clean(r.convictionStatus())).strip(), DojText.clean(r.disposition()), sentence, r,
                    d.isSelected(r))));
        }
        return root;
    }

    /** Scrolls the selected conviction into view (after the new tree has been laid out). */
    private void selectHistoryRow() {
        Optional<TreeItem<HistoryLine>> sel = find(history.getRoot());
        // once the new tree is laid out (the next pulse), not by forcing a layout now
        sel.ifPresent(item -> javafx.application.Platform.runLater(() -> {
            int i = history.getRow(item);
            if (i >= 0) {
                history.scrollTo(Math.max(0, i - 1));
            }
        }));
    }

    /** The count's own number: the last three digits of CNT_ORDER (cycle, step and count are three each). */
    static String countNumber(String countOrder) {
        return countOrder.length() == 9 ? countOrder.substring(6) + "  (" + countOrder + ")" : countOrder;
    }

    private static Optional<TreeItem<HistoryLine>> find(TreeItem<HistoryLine> item) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() != null && item.getValue().selected()) {
            return Optional.of(item);
        }
        for (TreeItem<HistoryLine> c : item.getChildren()) {
            Optional<TreeItem<HistoryLine>> f = find(c);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** Opens the override dialog; {@code preset} pre-selects an outcome (from a grid shortcut). */
    void openOverride(Outcome preset) {
        CaseDetail d = vm.detailProperty().get();
        if (d == null) {
            return;
        }
        new OverrideDialog(d, preset, main.settings().userName(), getScene() == null ? null : getScene().getWindow())
                .showAndWait().ifPresent(choice -> vm.override(choice.outcome(), choice.reason()));
    }

    private static String title(String s) {
        if (s.isEmpty()) {
            return "Step";
        }
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static String levelWord(String level) {
        return switch (level) {
            case "FELONY" -> "felony";
            case "MISDEMEANOR" -> "misdemeanor";
            case "INFRACTION" -> "infraction";
            default -> "level unknown";
        };
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
