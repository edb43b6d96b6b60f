package org.reliefdesk.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own beside the main one (a report, the user guide): the app's icon, and Escape closes it. */
final class SideWindow {
    private SideWindow() {
    }

    /** A new window owned by {@code owner} (when there is one), titled {@code title}, not shown yet. */
    static Stage create(Window owner, String title) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        return stage;
    }

    /** Shows {@code root} in {@code stage} at the given size, with the keyboard focus on {@code focus}. */
    static Stage show(Stage stage, Parent root, double width, double height, Node focus) {
        Scene scene = new Scene(root, width, height);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        Icons.apply(stage);
        stage.show();
        focus.requestFocus();
        return stage;
    }
}
