package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.followthrough.ProgressReport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Progress (follow-through.md): the funnel decided → filed → ordered → confirmed with a chart, by court, filing or
 * code section in a table; the median days from filing to order and from order to confirmation; and the headline
 * figures on confirmed relief beside the projected ones, with a chart. Counted in the background when the tab shows.
 */
final class ProgressView extends ScrollPane {
    private final MainViewModel main;
    private final javafx.beans.value.ObservableBooleanValue shown;
    private final Label scope = new Label();
    private final GridPane headlines = new GridPane();
    private final Label medians = new Label();
    private final BarChart<String, Number> funnel;
    private final BarChart<String, Number> people;
    private final ChoiceBox<String> groupBy = new ChoiceBox<>();
    private final TableView<Map.Entry<String, ProgressReport.Funnel>> table = new TableView<>();
    private boolean stale = true;

    ProgressView(MainViewModel main, javafx.beans.value.ObservableBooleanValue shown) {
        this.main = main;
        this.shown = shown;
        setId("progress-view");
        setFitToWidth(true);
        scope.setWrapText(true);
        scope.getStyleClass().add(Styles.MUTED);
        headlines.setId("progress-headlines");
        headlines.setHgap(24);
        headlines.setVgap(6);
        medians.setId("progress-medians");
        funnel = chart("Convictions at each stage", "Convictions");
        funnel.setId("progress-funnel");
        funnel.setLegendVisible(false);
        people = chart("People: projected relief vs relief confirmed by DOJ", "People");
        people.setId("progress-people");
        groupBy.setId("progress-group");
        groupBy.getItems().setAll("Court", "Filing", "Code section");
        groupBy.setValue("Court");
        groupBy.valueProperty().addListener((o, was, now) -> fillTable(main.followUp().progressProperty().get()));
        table.setId("progress-table");
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing decided for relief yet."));
        TableColumn<Map.Entry<String, ProgressReport.Funnel>, String> name = new TableColumn<>("Group");
        name.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().getKey()));
        name.setPrefWidth(260);
        table.getColumns().add(name);
        table.getColumns().add(count("Decided", ProgressReport.Funnel::decided));
        table.getColumns().add(count("Filed", ProgressReport.Funnel::filed));
        table.getColumns().add(count("Ordered", ProgressReport.Funnel::ordered));
        table.getColumns().add(count("Granted", ProgressReport.Funnel::granted));
        table.getColumns().add(count("Confirmed", ProgressReport.Funnel::confirmed));
        ReadableRows.readable(table, "Convictions at each stage by court, filing or code section");
        groupBy.setAccessibleText("Group the stages by");
        Label title = new Label("PROGRESS");
        title.getStyleClass().add(Styles.SECTION);
        HBox charts = new HBox(12, funnel, people);
        HBox.setHgrow(funnel, Priority.ALWAYS);
        HBox.setHgrow(people, Priority.ALWAYS);
        VBox box = new VBox(10, title, scope, headlines, medians, charts, new HBox(8, new Label("By"), groupBy), table);
        box.setPadding(new Insets(12));
        setContent(box);
        main.followUp().progressProperty().addListener((o, was, r) -> show(r));
        main.cases().versionProperty().addListener((o, was, now) -> refresh());
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        show(null);
    }

    private static BarChart<String, Number> chart(String title, String axis) {
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(title);
        c.setAnimated(false);
        c.setPrefHeight(300);
        c.getYAxis().setLabel(axis);
        ((NumberAxis) c.getYAxis()).setMinorTickVisible(false);
        return c;
    }

    private static TableColumn<Map.Entry<String, ProgressReport.Funnel>, Number> count(String title,
            ToIntFunction<ProgressReport.Funnel> value) {
        TableColumn<Map.Entry<String, ProgressReport.Funnel>, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyIntegerWrapper(value.applyAsInt(f.getValue()
                .getValue())));
        c.setPrefWidth(90);
        return c;
    }

    /** Counts again, now when the tab shows, else when it next does. */
    private void refresh() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        main.followUp().refreshProgress();
    }

    private void show(ProgressReport r) {
        headlines.getChildren().clear();
        funnel.getData().clear();
        people.getData().clear();
        if (r == null) {
            scope.setText("No figures yet: they are counted from the shown run once an evaluation has run.");
            medians.setText("");
            table.getItems().clear();
            return;
        }
        ProgressReport.Funnel t = r.total();
        scope.setText(String.format(Locale.ROOT, "Run %d: %,d convictions decided for relief; %,d filed, %,d with a "
                + "court order, %,d granted, %,d confirmed by a DOJ pull.", r.runId(), t.decided(), t.filed(),
                t.ordered(), t.granted(), t.confirmed()));
        medians.setText("Median days from filing to order: " + days(r.medianDaysFilingToOrder())
                + " · from order to confirmation by DOJ: " + days(r.medianDaysOrderToConfirmation()));
        headlines.addRow(0, new Label(""), bold("Projected (decisions)"), bold("Confirmed by DOJ"));
        List<String[]> rows = List.of(
                new String[] {"People left with no felony", n(r.projected().noFelony()), n(r.confirmed().noFelony())},
                new String[] {"People left with no conviction", n(r.projected().noConviction()),
                    n(r.confirmed().noConviction())},
                new String[] {"People with no conviction in the last 7 years", n(r.projected().noConvictionLast7Years()),
                    n(r.confirmed().noConvictionLast7Years())});
        XYChart.Series<String, Number> projected = new XYChart.Series<>();
        projected.setName("Projected");
        XYChart.Series<String, Number> confirmed = new XYChart.Series<>();
        confirmed.setName("Confirmed by DOJ");
        int[][] values = {{r.projected().noFelony(), r.confirmed().noFelony()},
            {r.projected().noConviction(), r.confirmed().noConviction()},
            {r.projected().noConvictionLast7Years(), r.confirmed().noConvictionLast7Years()}};
        for (int i = 0; i < rows.size(); i++) {
            Label p = new Label(rows.get(i)[1]);
            p.getStyleClass().add(Styles.NUMBER);
            Label c = new Label(rows.get(i)[2]);
            c.getStyleClass().add(Styles.NUMBER);
            p.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            headlines.addRow(i + 1, wrapping(rows.get(i)[0]), p, c);
            String label = rows.get(i)[0].replace("People left with ", "").replace("People with ", "");
            projected.getData().add(new XYChart.Data<>(label, values[i][0]));
            confirmed.getData().add(new XYChart.Data<>(label, values[i][1]));
        }
        people.getData().add(projected);
        people.getData().add(confirmed);
        XYChart.Series<String, Number> stages = new XYChart.Series<>();
        stages.getData().add(new XYChart.Data<>("Decided", t.decided()));
        stages.getData().add(new XYChart.Data<>("Filed", t.filed()));
        stages.getData().add(new XYChart.Data<>("Ordered", t.ordered()));
        stages.getData().add(new XYChart.Data<>("Granted", t.granted()));
        stages.getData().add(new XYChart.Data<>("Confirmed", t.confirmed()));
        funnel.getData().add(stages);
        fillTable(r);
    }

    private void fillTable(ProgressReport r) {
        if (r == null) {
            table.getItems().clear();
            return;
        }
        Map<String, ProgressReport.Funnel> m = switch (groupBy.getValue()) {
            case "Filing" -> r.byFiling();
            case "Code section" -> r.bySection();
            default -> r.byCourt();
        };
        table.getItems().setAll(m.entrySet());
    }

    private static String days(Double d) {
        return d == null ? "none yet" : d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", d.longValue())
                : String.format(Locale.ROOT, "%,.1f", d);
    }

    private static String n(int v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static Label bold(String s) {
        Label l = wrapping(s);
        l.getStyleClass().add(Styles.SUBTITLE);
        return l;
    }

    /** A label that wraps rather than ends in "…" when the window is narrow or the text large. */
    private static Label wrapping(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinWidth(80);
        return l;
    }
}
