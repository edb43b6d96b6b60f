package org.reliefdesk.ui;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** View › Text size (Ctrl+=, Ctrl+-, Ctrl+0) scales every window and is remembered; View › High contrast swaps the sheet. */
@ExtendWith(ApplicationExtension.class)
final class AppearanceUITest {
    @TempDir
    static Path dir;
    private UiApp app;
    private Path settingsFile;

    @Start
    void start(Stage stage) throws IOException {
        settingsFile = Files.createTempDirectory(dir, "settings").resolve("settings.properties");
        app = UiApp.show(stage, dir, new UserSettings(settingsFile));
    }

    @Test
    void textSizeShortcutsScaleTheWholeWindowAndAreRemembered(FxRobot robot) throws IOException {
        app.openDemo(robot);
        Label counts = robot.lookup("#case-counts").queryAs(Label.class);
        TableColumn<CaseRow, ?> dob = column("DOB");
        double dobWidth = dob.getWidth();
        java.util.List<Double> widths = app.grid().getColumns().stream().map(TableColumn::getWidth).toList();
        assertThat(fontSize(robot, counts)).isEqualTo(13.0, within(0.01));

        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);

        Parent root = app.stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains("rd-text-120").doesNotContain("rd-text-100");
        assertThat(fontSize(robot, counts)).as("every size is relative to the root's").isEqualTo(15.6, within(0.01));
        assertThat(fontSize(robot, robot.lookup("#status-text").queryAs(Label.class))).isEqualTo(15.6, within(0.01));
        assertThat(dob.getPrefWidth()).as("grid columns grow with the text").isEqualTo(88 * 1.2, within(0.01));
        assertThat(dob.getWidth()).isGreaterThan(dobWidth);
        assertThat(Files.readString(settingsFile)).contains("view.textSize=120");

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(root.getStyleClass()).contains("rd-text-110");
        robot.interact(() -> app.vm.appearance().setTextSize(200));
        robot.interact(() -> app.vm.appearance().setTextSize(110));
        assertThat(new UserSettings(settingsFile).textSize()).isEqualTo(110);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(root.getStyleClass()).contains("rd-text-100");
        assertThat(fontSize(robot, counts)).isEqualTo(13.0, within(0.01));
        assertThat(dob.getPrefWidth()).isEqualTo(88, within(0.01));
        robot.interact(() -> app.grid().layout());
        assertThat(app.grid().getColumns().stream().map(TableColumn::getWidth).toList())
                .as("back at 100 %, every column is as wide as before").usingElementComparator((x, y) ->
                        Math.abs(x - y) <= 6 ? 0 : Double.compare(x, y)).isEqualTo(widths);
        assertThat(new UserSettings(settingsFile).textSize()).isEqualTo(100);

        javafx.scene.control.Menu size = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-text-size".equals(i.getId()))
                .map(i -> (javafx.scene.control.Menu) i).findFirst().orElseThrow();
        robot.interact(() -> size.getItems().stream().filter(i -> "200 %".equals(i.getText())).findFirst()
                .orElseThrow().fire());
        assertThat(fontSize(robot, counts)).isEqualTo(26.0, within(0.01));
        assertThat(new UserSettings(settingsFile).textSize()).isEqualTo(200);
        robot.interact(() -> {
            var a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, "opened now");
            a.setTitle("A dialog opened now");
            a.show();
        });
        Stage alert = UiApp.dialog(robot, "A dialog opened now");
        assertThat(alert.getScene().getRoot().getStyleClass()).as("dialogs follow").contains("rd-text-200");
        robot.interact(() -> alert.getScene().getRoot().applyCss());
        assertThat(((Label) alert.getScene().getRoot().lookup(".content")).getFont().getSize()).isEqualTo(26.0,
                within(0.01));
        robot.interact(alert::close);

        app.assertNoProblem();
    }

    @Test
    void highContrastSwapsTheStylesheetOnEveryWindowAndIsRemembered(FxRobot robot) throws IOException {
        app.openDemo(robot);
        Parent root = app.stage.getScene().getRoot();
        Label counts = robot.lookup("#case-counts").queryAs(Label.class);
        assertThat(root.getStylesheets()).containsExactly(Styles.STYLESHEET);
        assertThat(textFill(robot, counts)).isEqualTo(Color.web("#555b62"));

        robot.clickOn("View").clickOn("High contrast");

        assertThat(root.getStylesheets()).as("the high-contrast sheet after the standard one")
                .containsExactly(Styles.STYLESHEET, WindowStyler.HIGH_CONTRAST);
        assertThat(textFill(robot, counts)).isEqualTo(Color.web("#d6d6d6"));
        assertThat(((Region) root).getBackground().getFills().get(0).getFill()).isEqualTo(Color.BLACK);
        assertThat(Files.readString(settingsFile)).contains("view.theme=high-contrast");

        robot.clickOn("Edit").clickOn("Office details…");
        Stage office = UiApp.dialog(robot, "Office details");
        assertThat(office.getScene().getRoot().getStylesheets()).contains(WindowStyler.HIGH_CONTRAST);
        robot.interact(office::close);

        robot.clickOn("View").clickOn("High contrast");
        assertThat(root.getStylesheets()).containsExactly(Styles.STYLESHEET);
        assertThat(textFill(robot, counts)).isEqualTo(Color.web("#555b62"));
        assertThat(new UserSettings(settingsFile).highContrast()).isFalse();
        app.assertNoProblem();
    }

    @Test
    void theWindowOpensWithTheRememberedSizeAndTheme(FxRobot robot) throws IOException {
        UserSettings remembered = new UserSettings(settingsFile);
        remembered.setTextSize(150);
        remembered.setHighContrast(true);
        robot.interact(() -> app = UiApp.show(app.stage, dir, new UserSettings(settingsFile)));
        Parent root = app.stage.getScene().getRoot();
        assertThat(root.getStyleClass()).contains("rd-text-150", WindowStyler.HIGH_CONTRAST_CLASS);
        assertThat(root.getStylesheets()).containsExactly(Styles.STYLESHEET, WindowStyler.HIGH_CONTRAST);
        assertThat(fontSize(robot, robot.lookup(".rd-title").queryAs(Label.class))).as("1.7em of 19.5 px")
                .isEqualTo(19.5 * 1.7, within(0.1));
    }

    private TableColumn<CaseRow, ?> column(String title) {
        return app.grid().getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
    }

    private static double fontSize(FxRobot robot, Label label) {
        robot.interact(() -> label.getScene().getRoot().applyCss());
        return label.getFont().getSize();
    }

    private static Color textFill(FxRobot robot, Label label) {
        robot.interact(() -> label.getScene().getRoot().applyCss());
        return (Color) label.getTextFill();
    }
}
