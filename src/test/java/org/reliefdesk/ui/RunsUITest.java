package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.RunComparison;
import org.reliefdesk.app.RunInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs & policy: a preset runs a new evaluation, a bad value blocks Run with the allowed range, runs compare. */
@ExtendWith(ApplicationExtension.class)
final class RunsUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void runsAPresetAndShowsTheNewRunInTheTableAndTheGrid(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        TableView<RunInfo> runs = robot.lookup("#runs-table").queryTableView();
        assertThat(runs.getItems()).hasSize(1);

        choosePreset(robot, "Dismiss all Prop 64");
        ComboBox<?> s11360 = robot.lookup("#policy-section-11360").queryComboBox();
        assertThat(s11360.getValue()).isEqualTo(PolicyViewModel.SectionChoice.DISMISS);
        robot.clickOn("#policy-run");

        app.assertNoProblem();
        assertThat(runs.getItems()).extracting(RunInfo::id).containsExactly(1, 2);
        assertThat(UiApp.column(runs, "Policy").get(1)).startsWith("dismiss 11357 11358 11359 11360")
                .contains("unknown level = misdemeanor");
        assertThat(UiApp.column(runs, "County").get(1)).isEqualTo("SAN JOAQUIN");
        assertThat(app.vm.currentRunProperty().get().id()).as("the new run is shown").isEqualTo(2);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anySatisfy(l ->
                assertThat(l.getText()).isEqualTo("Shown in Cases: run 2"));
        assertThat(app.vm.cases().all()).hasSize((int) runs.getItems().get(1).decisions());
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).startsWith("Run 2");
    }

    @Test
    void anAgeOutOfRangeDisablesRunAndShowsTheAllowedRange(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        Button run = robot.lookup("#policy-run").queryButton();
        Label problem = robot.lookup("#policy-problem").queryAs(Label.class);
        assertThat(run.isDisabled()).isFalse();
        assertThat(problem.getText()).isEmpty();

        type(robot, "#policy-age", "30");
        assertThat(run.isDisabled()).isTrue();
        assertThat(problem.getText()).contains("subjectAgeThreshold").contains("30").contains("40 to 65");
        assertThat(problem.isVisible()).isTrue();

        type(robot, "#policy-age", "45");
        assertThat(run.isDisabled()).isFalse();
        assertThat(problem.getText()).isEmpty();

        type(robot, "#policy-years-since", "x");
        assertThat(run.isDisabled()).isTrue();
        assertThat(problem.getText()).contains("yearsSinceConvictionThreshold").contains("1 to 15");
        app.assertNoProblem();
    }

    @Test
    void comparesTwoSelectedRunsAndSummarisesWhatChanged(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        choosePreset(robot, "Statute minimum");
        robot.clickOn("#policy-run");
        TableView<RunInfo> runs = robot.lookup("#runs-table").queryTableView();
        assertThat(runs.getItems()).hasSize(2);

        robot.clickOn(UiApp.row(robot, runs, 0));
        robot.press(KeyCode.CONTROL).clickOn(UiApp.row(robot, runs, 1)).release(KeyCode.CONTROL);
        assertThat(runs.getSelectionModel().getSelectedItems()).hasSize(2);
        robot.clickOn("#runs-compare");

        app.assertNoProblem();
        RunComparison expected = app.vm.session().compare(1, 2);
        int n = expected.changes().size();
        assertThat(n).as("BEAR default and statute minimum differ on the demo data").isPositive();
        Label summary = robot.lookup("#comparison-summary").queryAs(Label.class);
        assertThat(summary.getText()).startsWith("Run 1 (dismiss 11357 11358 11359 11360; 5 years since conviction")
                .contains("→ run 2 (statute minimum): ")
                .endsWith(String.format("%,d of %,d convictions change outcome.", n, expected.convictionsAfter()));
        TableView<RunComparison.Change> table = robot.lookup("#comparison-table").queryTableView();
        assertThat(table.getItems()).containsExactlyElementsOf(expected.changes());
        assertThat(UiApp.column(table, "Before")).allSatisfy(v -> assertThat(v).isNotBlank());
    }

    @Test
    void comparingWithOneRunSelectedAsksForTwo(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-runs-policy");
        robot.clickOn(UiApp.row(robot, robot.lookup("#runs-table").queryTableView(), 0));
        robot.clickOn("#runs-compare");
        assertThat(app.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("exactly two runs"));
        Stage alert = UiApp.dialog(robot, "Choose two runs");
        robot.interact(alert::close);
    }

    private static void choosePreset(FxRobot robot, String label) {
        robot.clickOn("#policy-preset");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && label.equals(c.getText())).<javafx.scene.Node>query());
        ComboBox<org.reliefdesk.rules.Preset> preset = robot.lookup("#policy-preset").queryComboBox();
        assertThat(preset.getValue().label()).isEqualTo(label);
    }

    /** Replaces a field's text by typing, as a user selecting all and typing over it. */
    private static void type(FxRobot robot, String query, String text) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text);
        assertThat(f.getText()).isEqualTo(text);
    }
}
