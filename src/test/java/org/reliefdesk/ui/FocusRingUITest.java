package org.reliefdesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visible focus (WCAG 2.4.7): every focusable control of the main screens, given the keyboard focus, gets a ring in
 * the theme's focus colour around it, in both themes. Measured on the rendered pixels: the ring's colour around
 * the control before and after it takes the focus.
 */
@ExtendWith(ApplicationExtension.class)
final class FocusRingUITest {
    private static final Color STANDARD_RING = Color.web("#1f4e79");
    private static final Color HIGH_CONTRAST_RING = Color.web("#ffff00");
    @TempDir
    static Path dir;
    private UiApp app;
    private final List<String> missing = new ArrayList<>();
    private int checked;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void everyFocusableControlShowsARingInTheFocusColourInBothThemes(FxRobot robot) {
        checkScreen(robot, "welcome", STANDARD_RING);
        app.openDemo(robot);
        robot.clickOn(UiApp.row(robot, app.grid(), 2));
        checkScreen(robot, "cases", STANDARD_RING);
        robot.clickOn("#tab-runs-policy");
        checkScreen(robot, "runs & policy", STANDARD_RING);
        robot.clickOn("#tab-look-up");
        checkScreen(robot, "look-up", STANDARD_RING);

        robot.interact(() -> app.vm.appearance().highContrastProperty().set(true));
        checkScreen(robot, "look-up, high contrast", HIGH_CONTRAST_RING);
        robot.clickOn("#tab-runs-policy");
        checkScreen(robot, "runs & policy, high contrast", HIGH_CONTRAST_RING);
        robot.clickOn("#tab-cases");
        checkScreen(robot, "cases, high contrast", HIGH_CONTRAST_RING);

        assertThat(checked).as("controls checked").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    private void checkScreen(FxRobot robot, String screen, Color ring) {
        Parent root = app.stage.getScene().getRoot();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        List<Node> controls = AccessibleNames.focusable(root).stream().filter(n -> inside(n, root)).toList();
        for (Node n : controls) {
            // a tab pane shows its focus on its selected tab
            Node ringed = n instanceof javafx.scene.control.TabPane t ? t.lookupAll(".tab").stream().filter(x ->
                    x.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected"))).findFirst()
                    .orElseThrow() : n;
            int[] pixels = new int[2];
            robot.interact(() -> {
                app.stage.getScene().getRoot().requestFocus();
                pixels[0] = ringPixels(ringed, ring);
                n.requestFocus();
                pixels[1] = ringPixels(ringed, ring);
            });
            int before = pixels[0];
            int after = pixels[1];
            assertThat(n.isFocused()).as(screen + ": " + n + " takes the focus").isTrue();
            Bounds b = ringed.localToScene(ringed.getLayoutBounds());
            double perimeter = 2 * (b.getWidth() + b.getHeight());
            checked++;
            if (after - before < 0.5 * perimeter) {
                missing.add(String.format("%s: %s%s — %d ring pixels before, %d after (perimeter %.0f)", screen,
                        n.getClass().getSimpleName(), n.getId() == null ? "" : "#" + n.getId(), before, after,
                        perimeter));
            }
        }
    }

    /** Pixels of the ring colour in a band from 6 px outside the control to 1 px inside its edge. */
    private int ringPixels(Node n, Color ring) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        double sceneW = app.stage.getScene().getWidth();
        double sceneH = app.stage.getScene().getHeight();
        int x0 = (int) Math.max(0, b.getMinX() - 6);
        int y0 = (int) Math.max(0, b.getMinY() - 6);
        int x1 = (int) Math.min(sceneW - 1, b.getMaxX() + 6);
        int y1 = (int) Math.min(sceneH - 1, b.getMaxY() + 6);
        javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
        p.setViewport(new javafx.geometry.Rectangle2D(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
        WritableImage shot = app.stage.getScene().getRoot().snapshot(p, null);
        PixelReader px = shot.getPixelReader();
        int count = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                boolean inner = x > b.getMinX() + 1 && x < b.getMaxX() - 1 && y > b.getMinY() + 1 && y < b.getMaxY() - 1;
                if (!inner && close(px.getColor(x - x0, y - y0), ring)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    /** Wholly inside the window, with room for a ring (controls at the window's edge keep most of theirs). */
    private static boolean inside(Node n, Parent root) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= root.getScene().getWidth()
                && b.getMaxY() <= root.getScene().getHeight();
    }
}
