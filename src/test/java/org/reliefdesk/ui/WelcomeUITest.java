package org.reliefdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The welcome screen opens the demo workspace, which is marked DEMO in the banner and the title. */
@ExtendWith(ApplicationExtension.class)
final class WelcomeUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void opensTheDemoWorkspaceFromTheWelcomeScreenMarkedDemo(FxRobot robot) {
        assertThat(app.stage.getTitle()).isEqualTo("ReliefDesk");
        assertThat(robot.lookup("#demo-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#workspace-tabs").tryQuery()).isEmpty();

        app.openDemo(robot);

        HBox banner = robot.lookup("#demo-banner").queryAs(HBox.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.isManaged()).isTrue();
        assertThat(((Label) banner.getChildren().get(0)).getText()).startsWith("DEMO").contains("fabricated");
        assertThat(banner.getHeight()).as("the banner takes room, not drawn over the menu").isPositive();
        assertThat(app.stage.getTitle()).contains("DEMO");
        assertThat(robot.lookup("#welcome-demo").tryQuery()).as("the welcome screen is gone").isEmpty();

        int n = app.vm.cases().all().size();
        assertThat(n).isPositive();
        assertThat(app.grid().getItems()).hasSize(n);
        assertThat(robot.lookup("#case-counts").queryAs(Label.class).getText())
                .startsWith(String.format("%,d convictions · %,d shown", n, n));
        Node firstRow = UiApp.row(robot, app.grid(), 0);
        assertThat(firstRow.isVisible()).isTrue();
        assertThat(app.vm.runs()).hasSize(1);
    }

    @Test
    void aboutShowsTheVersionAndTheAppIcon(FxRobot robot) {
        robot.clickOn("Help").clickOn("About ReliefDesk");
        javafx.scene.control.DialogPane about = robot.lookup("#about-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("ReliefDesk " + org.reliefdesk.app.AppInfo.version());
        assertThat(about.getGraphic()).isInstanceOf(javafx.scene.image.ImageView.class);
        javafx.scene.image.Image icon = ((javafx.scene.image.ImageView) about.getGraphic()).getImage();
        assertThat(icon.getWidth()).isEqualTo(64);
        assertThat(((Stage) about.getScene().getWindow()).getIcons()).hasSizeGreaterThanOrEqualTo(6);
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    @Test
    void closingTheWorkspaceGoesBackToTheWelcomeScreen(FxRobot robot) {
        app.openDemo(robot);
        robot.interact(app.vm::closeWorkspace);
        assertThat(app.stage.getTitle()).isEqualTo("ReliefDesk");
        assertThat(robot.lookup("#demo-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#welcome-demo").tryQuery()).isPresent();
        assertThat(robot.lookup("#workspace-tabs").tryQuery()).isEmpty();
        app.assertNoProblem();
    }
}
