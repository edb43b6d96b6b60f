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
            Image i = image(s);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The icon at one of the rendered sizes (16, 32, 48, 64, 128, 256), or null when it is missing. */
    static Image image(int size) {
        InputStream in = Icons.class.getResourceAsStream("/ui/icons/reliefdesk-" + size + ".png");
        return in == null ? null : new Image(in);
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
