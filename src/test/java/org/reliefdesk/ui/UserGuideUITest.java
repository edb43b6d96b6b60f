package org.reliefdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Help › User guide opens the bundled guide with its screenshots, offline, and reads at 200 % text. */
@ExtendWith(ApplicationExtension.class)
final class UserGuideUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void theUserGuideOpensFromTheHelpMenuWithEverySectionAndScreenshot(FxRobot robot) {
        robot.clickOn("Help").clickOn("User guide");
        Stage guide = UiApp.dialog(robot, UserGuide.TITLE);
        List<String> texts = robot.from(guide.getScene().getRoot()).lookup(".rd-guide-h2")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).containsExactlyElementsOf(UserGuide.sections()).hasSizeGreaterThanOrEqualTo(10);
        List<ImageView> shots = List.copyOf(robot.from(guide.getScene().getRoot()).lookup(".rd-guide-shot")
                .queryAllAs(ImageView.class));
        long pictures = GuideText.bundled().stream().filter(b -> b instanceof GuideText.Picture).count();
        assertThat(shots).hasSize((int) pictures).allSatisfy(v -> {
            assertThat(v.getImage().isError()).isFalse();
            assertThat(v.getImage().getWidth()).isGreaterThan(300);
            assertThat(v.getAccessibleText()).startsWith("Screenshot: ");
        });
        robot.interact(guide::close);
    }

    @Test
    void theGuideReadsAt200PercentWithTextThatWrapsToTheWindow(FxRobot robot) {
        robot.interact(() -> app.vm.appearance().setTextSize(200));
        robot.clickOn("Help").clickOn("User guide");
        Stage guide = UiApp.dialog(robot, UserGuide.TITLE);
        assertThat(guide.getScene().getRoot().getStyleClass()).contains("rd-text-200");
        robot.interact(() -> guide.getScene().getRoot().applyCss());
        Label section = robot.from(guide.getScene().getRoot()).lookup(".rd-guide-h2").queryAs(Label.class);
        assertThat(section.getFont().getSize()).isEqualTo(26 * 1.3, within(0.05));
        javafx.scene.control.ScrollPane scroll = robot.from(guide.getScene().getRoot()).lookup("#guide-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        Label paragraph = robot.from(guide.getScene().getRoot()).lookup(".rd-guide-text").queryAllAs(Label.class)
                .stream().filter(l -> l.getText().length() > 300).findFirst().orElseThrow();
        assertThat(paragraph.getFont().getSize()).isEqualTo(26, within(0.05));
        assertThat(paragraph.getWidth()).as("wraps within the page, no sideways scrolling")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth());
        assertThat(paragraph.getHeight()).as("on several lines").isGreaterThan(26 * 3);
        assertThat(((javafx.scene.layout.Region) scroll.getContent()).getWidth()).as("the page fits the window")
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
        robot.interact(guide::close);
    }
}
