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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.CaseDetail;
import org.reliefdesk.app.OverrideEntry;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.doj.DojText;
import org.reliefdesk.rules.Flag;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.RuleResult;
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
    private final VBox decision = new VBox(6);
    private final ScrollPane decisionScroll = new ScrollPane(decision);
    private final OutcomeBadge badge = new OutcomeBadge();

    /** One line of the history tree: a cycle, a step or a count. */
    record HistoryLine(String label, String date, String what, String disposition, String sentence, HistoryRow row,
                       boolean selected) {
    }

    DetailView(MainViewModel main) {
        this.main = main;
        this.vm = main.detail();
        setId("detail-view");
        setOrientation(Orientation.HORIZONTAL);
        getItems().addAll(personPane(), decisionPane());
        setDividerPositions(main.settings().number("layout.detail.0", 0.5));
        getDividers().get(0).positionProperty().addListener((o, was, now) ->
                main.settings().setNumbers("layout.detail", now.doubleValue()));
        vm.detailProperty().addListener((o, was, d) -> show(d));
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
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(3);
        addFact(facts, 0, 0, "DOB", dob);
        addFact(facts, 0, 2, "CII", cii);
        addFact(facts, 0, 4, "Gender", gender);
        addFact(facts, 1, 0, "SSN", ssn);
        addFact(facts, 1, 2, "Licence", cdl);
        addFact(facts, 1, 4, "FBI no.", fbi);
        ssn.setId("detail-ssn");
        Button reveal = new Button("Reveal SSN / licence / FBI");
        reveal.setId("reveal-identifiers");
        reveal.setOnAction(e -> vm.reveal());
        Label hist = new Label("HISTORY (cycle › step › count)");
        hist.getStyleClass().add(Styles.SECTION);
        history.setId("detail-history");
        history.setShowRoot(false);
        history.setPlaceholder(new Label("Select a conviction in the grid."));
        history.getColumns().add(col("Cycle / step / count", 150, HistoryLine::label));
        history.getColumns().add(col("Date", 75, HistoryLine::date));
        history.getColumns().add(col("Offense", 190, HistoryLine::what));
        history.getColumns().add(col("Disposition", 110, HistoryLine::disposition));
        history.getColumns().add(col("Sentence", 90, HistoryLine::sentence));
        history.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setRowFactory(t -> new TreeTableRow<>() {
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
        HBox nameLine = new HBox(12, name, reveal);
        nameLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, nameLine, facts, hist, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        box.setMinWidth(220);
        return box;
    }

    private static void addFact(GridPane g, int row, int col, String label, Label value) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.MUTED);
        g.add(l, col, row);
        g.add(value, col + 1, row);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static TreeTableColumn<HistoryLine, String> col(String title, double width,
                                                          Function<HistoryLine, String> value) {
        TreeTableColumn<HistoryLine, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        return c;
    }

    private ScrollPane decisionPane() {
        decision.setPadding(new Insets(8));
        decision.setId("detail-decision");
        decisionScroll.setFitToWidth(true);
        decisionScroll.setMinWidth(260);
        return decisionScroll;
    }

    void focusDecision() {
        decisionScroll.requestFocus();
    }

    private void show(CaseDetail d) {
        decision.getChildren().clear();
        if (d == null) {
            name.setText("No conviction selected");
            for (Label l : List.of(dob, cii, gender)) {
                l.setText("");
            }
            history.setRoot(null);
            Label hint = new Label("Select a conviction in the grid to see the person's history and the decision "
                    + "with its statute.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            decision.getChildren().add(hint);
            return;
        }
        name.setText(d.person().name());
        dob.setText(d.person().dob());
        cii.setText(d.person().cii());
        gender.setText(d.person().gender());
        history.setRoot(historyTree(d));
        selectHistoryRow();

        Outcome effective = d.row().effectiveOutcome();
        badge.show(effective, d.row().overridden());
        Label section = new Label(d.decision().section() + " · " + levelWord(d.decision().level()) + " · convicted "
                + orUnknown(d.row().convictionDate()) + " · case " + orUnknown(d.row().caseNumber()));
        section.setWrapText(true);
        section.getStyleClass().add(Styles.MUTED);
        HBox top = new HBox(10, badge, new Label(d.decision().reasonText()));
        Button override = new Button("Override…");
        override.setId("override-button");
        override.setOnAction(e -> openOverride(null));
        Button reviewed = new Button(d.row().reviewed() ? "Mark not reviewed" : "Mark reviewed");
        reviewed.setId("review-button");
        reviewed.setOnAction(e -> vm.markReviewed(!d.row().reviewed()));
        HBox actions = new HBox(8, override, reviewed);

        decision.getChildren().addAll(heading("DECISION"), top, section, actions);
        if (d.row().overridden()) {
            Label engine = new Label("The rules decided: " + d.row().decided().label() + ". The latest override "
                    + "(below) is what the office files.");
            engine.setWrapText(true);
            decision.getChildren().add(engine);
        }
        Label explanation = new Label(d.decision().explanation());
        explanation.setId("detail-explanation");
        explanation.setWrapText(true);
        decision.getChildren().addAll(heading("WHY"), explanation, heading("RULES CHECKED (rules.md order)"));
        for (TrailEntry t : d.decision().trail()) {
            decision.getChildren().add(trailRow(t));
        }
        if (!d.flags().isEmpty()) {
            decision.getChildren().add(heading("FLAGS"));
            for (Flag f : d.flags()) {
                Label l = new Label("⚑ " + f.explanation());
                l.setWrapText(true);
                decision.getChildren().add(l);
            }
        }
        Label statute = new Label(d.statuteText());
        statute.setWrapText(true);
        decision.getChildren().addAll(heading("THE STATUTE, IN PLAIN WORDS"), statute);
        decision.getChildren().add(heading("OVERRIDES"));
        if (d.overrides().isEmpty()) {
            Label none = new Label("None. The rules' decision stands.");
            none.getStyleClass().add(Styles.MUTED);
            decision.getChildren().add(none);
        }
        for (OverrideEntry o : d.overrides()) {
            Label l = new Label(o.at().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z") + " · " + o.user() + " → "
                    + o.outcome().label() + ": " + o.reason());
            l.setWrapText(true);
            decision.getChildren().add(l);
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION);
        return l;
    }

    private static HBox trailRow(TrailEntry t) {
        String mark = switch (t.result()) {
            case APPLIED -> "●";
            case PASSED -> "✓";
            case NOT_APPLICABLE -> "–";
            case UNDECIDED -> "?";
        };
        Label icon = new Label(mark);
        icon.setMinWidth(16);
        Label rule = new Label(t.ruleNumber());
        rule.setMinWidth(34);
        rule.getStyleClass().add(Styles.MUTED);
        Label title = new Label(t.rule().title() + " — " + t.result().word());
        title.setStyle(null);
        Label cites = new Label(t.cites() + (t.facts().isEmpty() ? "" : " · " + t.facts()));
        cites.setWrapText(true);
        cites.getStyleClass().add(Styles.MUTED);
        VBox text = new VBox(1, title, cites);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(icon, rule, text);
        row.getStyleClass().add(Styles.TRAIL_ROW);
        if (t.result() == RuleResult.APPLIED || t.result() == RuleResult.UNDECIDED) {
            row.getStyleClass().add(Styles.TRAIL_DECIDED);
        }
        row.setAccessibleText(t.ruleNumber() + " " + t.rule().title() + ": " + t.result().word());
        return row;
    }

    private TreeItem<HistoryLine> historyTree(CaseDetail d) {
        TreeItem<HistoryLine> root = new TreeItem<>();
        Map<String, TreeItem<HistoryLine>> cycles = new LinkedHashMap<>();
        Map<String, TreeItem<HistoryLine>> steps = new LinkedHashMap<>();
        for (HistoryRow r : d.history()) {
            String cycleKey = r.batch() + "/" + r.cycle();
            TreeItem<HistoryLine> cycle = cycles.computeIfAbsent(cycleKey, k -> {
                TreeItem<HistoryLine> item = new TreeItem<>(new HistoryLine("Cycle " + orUnknown(r.cycle()),
                        DojText.clean(r.cycleDate()), "", "", "", null, false));
                item.setExpanded(true);
                root.getChildren().add(item);
                return item;
            });
            String stepKey = cycleKey + "/" + r.step();
            TreeItem<HistoryLine> step = steps.computeIfAbsent(stepKey, k -> {
                TreeItem<HistoryLine> item = new TreeItem<>(new HistoryLine(title(DojText.clean(r.stepType())),
                        DojText.clean(r.stepDate()), DojText.clean(r.court()), "", "", null, false));
                item.setExpanded(true);
                cycle.getChildren().add(item);
                return item;
            });
            String sentence = (DojText.clean(r.sentenceLength()) + " " + DojText.clean(r.sentenceTimeCode()) + " "
                    + DojText.clean(r.sentenceLocation())).strip();
            step.getChildren().add(new TreeItem<>(new HistoryLine("Count " + countNumber(r.countKey()),
                    DojText.clean(r.dispositionDate()), (DojText.clean(r.offense()) + " " + DojText.clean(r.offenseToc())
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
