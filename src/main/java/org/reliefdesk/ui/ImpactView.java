package org.reliefdesk.ui;

import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;

import java.util.Map;

/** The numbers a DA announces, beside "dismiss all Prop 64", and charts by section and outcome. */
final class ImpactView extends ScrollPane {
    private final MainViewModel main;
    private final GridPane headlines = new GridPane();
    private final Label scope = new Label();
    private final BarChart<String, Number> people;
    private final BarChart<String, Number> sections;

    private final javafx.beans.value.ObservableBooleanValue shown;

    /** {@code shown}: whether the view's tab is the selected one (the charts are counted only then). */
    ImpactView(MainViewModel main, javafx.beans.value.ObservableBooleanValue shown) {
        this.main = main;
        this.shown = shown;
        setId("impact-view");
        setFitToWidth(true);
        headlines.setHgap(24);
        headlines.setVgap(6);
        headlines.setId("impact-headlines");
        scope.setWrapText(true);
        scope.getStyleClass().add(Styles.MUTED);
        people = new BarChart<>(new CategoryAxis(), new NumberAxis());
        people.setTitle("People: this run vs \"Dismiss all Prop 64\"");
        people.setAnimated(false);
        people.setPrefHeight(300);
        people.getYAxis().setLabel("People");
        wholeNumbers((NumberAxis) people.getYAxis());
        sections = new BarChart<>(new CategoryAxis(), new NumberAxis());
        sections.getStyleClass().add("rd-outcome-chart");
        wholeNumbers((NumberAxis) sections.getYAxis());
        sections.setTitle("Convictions by section and outcome (overrides applied)");
        sections.setAnimated(false);
        sections.setPrefHeight(340);
        sections.getYAxis().setLabel("Convictions");
        HBox charts = new HBox(12, people, sections);
        HBox.setHgrow(people, Priority.ALWAYS);
        HBox.setHgrow(sections, Priority.ALWAYS);
        Label title = new Label("IMPACT");
        title.getStyleClass().add(Styles.SECTION);
        VBox box = new VBox(10, title, scope, headlines, charts);
        box.setPadding(new Insets(12));
        setContent(box);
        main.impactProperty().addListener((o, was, s) -> refresh());
        main.dates().styleProperty().addListener((o, was, now) -> refresh());
        main.cases().versionProperty().addListener((o, was, now) -> refresh());
        // counting 100,000 convictions for the charts waits until the tab is shown
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    private boolean stale;

    private void refresh() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        ImpactSummary s = main.impactProperty().get();
        headlines.getChildren().clear();
        people.getData().clear();
        sections.getData().clear();
        if (s == null) {
            scope.setText("No run yet: the impact appears once an evaluation has run.");
            return;
        }
        scope.setText(String.format("%s county, as of %s: %,d people with a Prop 64 conviction in the county; "
                + "%,d of them get some relief under this run.", s.county(), main.dates().style().format(s.computeAt()),
                s.subjectsWithProp64InCounty(), s.subjectsWithSomeRelief()));
        headlines.addRow(0, new Label(""), bold("This run"), bold("Dismiss all Prop 64"));
        XYChart.Series<String, Number> now = new XYChart.Series<>();
        now.setName("This run");
        XYChart.Series<String, Number> all = new XYChart.Series<>();
        all.setName("Dismiss all Prop 64");
        int row = 1;
        for (ImpactViewModel.Headline h : ImpactViewModel.headlines(s)) {
            Label n = new Label(String.format("%,d", h.now()));
            n.getStyleClass().add(Styles.NUMBER);
            Label a = new Label(String.format("%,d", h.dismissAll()));
            a.getStyleClass().add(Styles.NUMBER);
            headlines.addRow(row++, new Label(h.label()), n, a);
            String shortLabel = h.label().replace("People left with ", "").replace("People with ", "");
            now.getData().add(new XYChart.Data<>(shortLabel, h.now()));
            all.getData().add(new XYChart.Data<>(shortLabel, h.dismissAll()));
        }
        people.getData().add(now);
        people.getData().add(all);
        Map<String, Map<Outcome, Integer>> counts = ImpactViewModel.bySectionAndOutcome(main.cases().all());
        for (Outcome o : Outcome.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(o.label());
            counts.forEach((section, m) -> series.getData().add(new XYChart.Data<>(section, m.getOrDefault(o, 0))));
            sections.getData().add(series);
        }
    }

    /** Counts are whole numbers: no ticks at 2.5 or 7.5. */
    private static void wholeNumbers(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? String.format("%,d", (long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.SUBTITLE);
        return l;
    }
}
