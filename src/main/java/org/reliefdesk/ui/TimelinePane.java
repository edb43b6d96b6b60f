package org.reliefdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.reliefdesk.app.followthrough.Timeline;

import java.util.List;

/**
 * The selected conviction's follow-through in the detail: decided, filed, ordered, confirmed by DOJ, each with its
 * date and who recorded it, oldest first (follow-through.md, "Status of a conviction").
 */
final class TimelinePane extends VBox {
    private final GridPane grid = new GridPane();

    private final DateDisplay dates;

    TimelinePane(DetailViewModel vm, DateDisplay dates) {
        super(4);
        this.dates = dates;
        setId("detail-timeline");
        Label heading = new Label("FOLLOW-THROUGH (decided › filed › ordered › confirmed)");
        heading.getStyleClass().add(Styles.SECTION);
        heading.setWrapText(true);
        grid.setId("timeline-steps");
        grid.setHgap(10);
        grid.setVgap(3);
        getChildren().addAll(heading, grid);
        vm.timelineProperty().addListener((o, was, steps) -> show(steps));
        show(vm.timelineProperty().get());
        dates.styleProperty().addListener((o, was, now) -> show(vm.timelineProperty().get()));
    }

    private void show(List<Timeline.Step> steps) {
        grid.getChildren().clear();
        for (int i = 0; i < steps.size(); i++) {
            Timeline.Step s = steps.get(i);
            Label stage = new Label(s.stage());
            stage.getStyleClass().add(Styles.SUBTITLE);
            stage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label date = new Label(s.date() == null ? "date not on record" : dates.style().format(s.date()));
            date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label who = new Label(s.who().isBlank() ? "" : "by " + s.who());
            who.getStyleClass().add(Styles.MUTED);
            Label text = new Label(dates.style().inText(s.text()));
            text.setWrapText(true);
            stage.setAccessibleText(s.stage() + " on " + date.getText() + " " + who.getText() + ": " + text.getText());
            grid.addRow(i, stage, date, who, text);
        }
    }
}
