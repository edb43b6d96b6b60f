package org.reliefdesk.ui;

import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The app icon (icons/reliefdesk.svg rendered to PNG) for windows and dialogs. */
final class Icons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private Icons() {
    }

    static List<Image> appIcons() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            InputStream in = Icons.class.getResourceAsStream("/ui/icons/reliefdesk-" + s + ".png");
            if (in != null) {
                out.add(new Image(in));
            }
        }
        return out;
    }

    static void apply(Stage stage) {
        stage.getIcons().setAll(appIcons());
    }

    static void apply(Dialog<?> dialog) {
        if (dialog.getDialogPane().getScene() != null
                && dialog.getDialogPane().getScene().getWindow() instanceof Stage s) {
            apply(s);
        }
    }
}
