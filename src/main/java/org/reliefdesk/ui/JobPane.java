package org.reliefdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Shows the running job over the window: title, stage, progress, rows, rows/s, time left and Cancel. */
final class JobPane extends StackPane {
    private final Label title = new Label();
    private final Label stage = new Label();
    private final Label detail = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private Job job;

    JobPane() {
        setVisible(false);
        // only the box: a pane over the whole window makes its every appearance a full-window repaint
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        VBox box = new VBox(title, stage, bar, detail, cancel);
        box.getStyleClass().add(Styles.PROGRESS_PANE);
        box.setMaxHeight(USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        title.getStyleClass().add(Styles.SUBTITLE);
        detail.getStyleClass().add(Styles.MUTED);
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setId("job-cancel");
        bar.setAccessibleText("Progress");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        getChildren().add(box);
        getStyleClass().add("rd-job-overlay");
    }

    /** Applies CSS and creates the skins now (while hidden), not on the first job. */
    void prepare() {
        boolean was = isVisible();
        setVisible(true);
        applyCss();
        layout();
        setVisible(was);
    }

    void show(Job j) {
        job = j;
        if (j == null) {
            setVisible(false);
            return;
        }
        title.textProperty().bind(j.titleProperty());
        stage.textProperty().bind(j.stageProperty());
        detail.textProperty().bind(j.detailProperty());
        bar.progressProperty().bind(j.progressProperty());
        bar.accessibleTextProperty().bind(Bindings.concat(j.stageProperty(), " ", j.detailProperty()));
        visibleProperty().bind(j.runningProperty());
        cancel.requestFocus();
    }
}
