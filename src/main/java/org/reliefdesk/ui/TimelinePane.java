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

    TimelinePane(DetailViewModel vm) {
        super(4);
        setId("detail-timeline");
        Label heading = new Label("FOLLOW-THROUGH (decided › filed › ordered › confirmed)");
        heading.getStyleClass().add(Styles.SECTION);
        grid.setId("timeline-steps");
        grid.setHgap(10);
        grid.setVgap(3);
        getChildren().addAll(heading, grid);
        vm.timelineProperty().addListener((o, was, steps) -> show(steps));
        show(vm.timelineProperty().get());
    }

    private void show(List<Timeline.Step> steps) {
        grid.getChildren().clear();
        for (int i = 0; i < steps.size(); i++) {
            Timeline.Step s = steps.get(i);
            Label stage = new Label(s.stage());
            stage.getStyleClass().add(Styles.SUBTITLE);
            stage.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label date = new Label(s.date() == null ? "date unknown" : s.date().toString());
            date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label who = new Label(s.who().isBlank() ? "" : "by " + s.who());
            who.getStyleClass().add(Styles.MUTED);
            Label text = new Label(s.text());
            text.setWrapText(true);
            stage.setAccessibleText(s.stage() + " on " + date.getText() + " " + who.getText() + ": " + s.text());
            grid.addRow(i, stage, date, who, text);
        }
    }
}
