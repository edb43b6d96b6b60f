package org.reliefdesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.OfficeDetails;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ControlsFX validation on the forms: a wrong policy value and a missing office detail are marked at their field,
 * with the message as the mark's and the field's accessible text; a fixed value loses its mark.
 */
@ExtendWith(ApplicationExtension.class)
final class ValidationUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void anInvalidPolicyValueIsMarkedAtItsFieldWithTheRulesMessage(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        TextField age = robot.lookup("#policy-age").queryAs(TextField.class);
        TextField since = robot.lookup("#policy-years-since").queryAs(TextField.class);
        assertThat(marks(robot, age)).isEmpty();

        type(robot, age, "30");
        type(robot, since, "x");

        assertThat(marks(robot, age)).singleElement().satisfies(m -> assertThat(m.getAccessibleText())
                .startsWith("Error: ").contains("subjectAgeThreshold").contains("40 to 65"));
        assertThat(age.getAccessibleHelp()).as("a screen reader hears why").contains("40 to 65");
        assertThat(marks(robot, since)).as("each wrong field is marked, not only the first")
                .singleElement().satisfies(m -> assertThat(m.getAccessibleText()).contains("1 to 15"));
        assertThat(robot.lookup("#policy-run").queryButton().isDisabled()).isTrue();
        assertThat(marks(robot, robot.lookup("#policy-crime-free").queryAs(TextField.class))).isEmpty();

        type(robot, age, "45");
        type(robot, since, "5");
        assertThat(marks(robot, age)).isEmpty();
        assertThat(marks(robot, since)).isEmpty();
        assertThat(age.getAccessibleHelp()).isNull();
        assertThat(robot.lookup("#policy-run").queryButton().isDisabled()).isFalse();
        app.assertNoProblem();
    }

    @Test
    void theOfficeDialogMarksEveryMissingDetailAsSoonAsItOpens(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("Edit").clickOn("Office details…");
        Stage office = UiApp.dialog(robot, "Office details");
        WaitForAsyncUtils.waitForFxEvents();
        Button save = (Button) UiApp.pane(office).lookupButton(UiApp.pane(office).getButtonTypes().get(0));
        for (String key : OfficeDetails.KEYS) {
            TextField f = UiApp.in(robot, office, "#office-" + key);
            if (key.equals("county")) {
                assertThat(marks(robot, f)).as("the county is filled in from the workspace").isEmpty();
            } else {
                assertThat(marks(robot, f)).as(key).singleElement().satisfies(m -> assertThat(m.getAccessibleText())
                        .startsWith("Error: ").endsWith("is required: the court papers print it."));
            }
        }
        for (String key : OfficeDetails.KEYS) {
            TextField f = UiApp.in(robot, office, "#office-" + key);
            if (f.getText().isBlank()) {
                robot.interact(() -> f.setText(key.equals("email") ? "not an address" : "DEMO " + key));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        TextField email = UiApp.in(robot, office, "#office-email");
        assertThat(marks(robot, email)).singleElement().satisfies(m -> assertThat(m.getAccessibleText())
                .startsWith("Warning: ").contains("does not look like an email address"));
        assertThat(marks(robot, UiApp.in(robot, office, "#office-daName"))).isEmpty();
        assertThat(save.isDisabled()).as("a warning does not block saving").isFalse();

        robot.interact(() -> email.setText("da@county.example"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks(robot, email)).isEmpty();
        robot.interact(office::close);
    }

    @Test
    void aBlankNameInPreferencesIsMarkedAndCannotBeSaved(FxRobot robot) {
        robot.clickOn("Edit").clickOn("Preferences…");
        Stage prefs = UiApp.dialog(robot, "Preferences");
        TextField name = UiApp.in(robot, prefs, "#prefs-name");
        Button ok = (Button) UiApp.pane(prefs).lookupButton(javafx.scene.control.ButtonType.OK);
        robot.interact(() -> name.setText("  "));
        assertThat(marks(robot, name)).singleElement().satisfies(m -> assertThat(m.getAccessibleText())
                .contains("Your name is required"));
        assertThat(ok.isDisabled()).isTrue();
        assertThat(prefs.getScene().getRoot()).as("the dialog keeps its own root").isSameAs(UiApp.pane(prefs));
        robot.interact(() -> name.setText("A. Attorney"));
        assertThat(marks(robot, name)).isEmpty();
        robot.clickOn(ok);
        assertThat(app.vm.settings().userName()).isEqualTo("A. Attorney");
    }

    /** The validation marks ControlsFX drew on a field (visible ones). */
    private static List<Control> marks(FxRobot robot, Control field) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(field).lookup(".rd-validation-mark").queryAll().stream().filter(Node::isVisible)
                .map(n -> (Control) n).toList();
    }

    private static void type(FxRobot robot, TextField f, String text) {
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
        assertThat(f.getText()).isEqualTo(text);
    }
}
