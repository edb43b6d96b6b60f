package org.reliefdesk.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.CaliforniaCounties;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The county picker (ControlsFX SearchableComboBox): all 58 counties; typing part of a name narrows the list. */
@ExtendWith(ApplicationExtension.class)
final class CountyPickerUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void typingPartOfANameNarrowsTheListAndEnterChoosesIt(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        ComboBox<String> county = robot.lookup("#policy-county").queryComboBox();
        assertThat(county.getItems()).containsExactlyElementsOf(CaliforniaCounties.ALL).hasSize(58);
        assertThat(county.getValue()).isEqualTo("SAN JOAQUIN");

        robot.interact(county::requestFocus);
        robot.type(KeyCode.L, KeyCode.U, KeyCode.I, KeyCode.S);
        assertThat(county.isShowing()).as("a letter opens the list with a search field").isTrue();
        assertThat(county.lookup("#search").getAccessibleText()).isEqualTo("Search the counties");
        javafx.scene.control.ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(
                javafx.scene.control.ListView.class);
        assertThat(list.getItems().stream().map(String::valueOf).toList()).as("only the counties whose name has luis")
                .containsExactly("SAN LUIS OBISPO");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(county.getValue()).isEqualTo("SAN LUIS OBISPO");
        assertThat(app.runs(robot).policy().countyProperty().get()).isEqualTo("SAN LUIS OBISPO");

        robot.interact(county::requestFocus);
        robot.type(KeyCode.S, KeyCode.A, KeyCode.N, KeyCode.T, KeyCode.A);
        robot.type(KeyCode.ESCAPE);
        assertThat(county.getValue()).as("Escape keeps the county chosen before").isEqualTo("SAN LUIS OBISPO");
    }
}
