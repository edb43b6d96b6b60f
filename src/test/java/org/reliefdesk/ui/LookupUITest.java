package org.reliefdesk.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.LookupResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Has my record been cleared?": a person found by CII or name and DOB, with their convictions and outcomes. */
@ExtendWith(ApplicationExtension.class)
final class LookupUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void findsAPersonByCiiWithTheirConvictions(FxRobot robot) {
        app.openDemo(robot);
        CaseRow row = app.vm.cases().all().get(5);
        List<Long> theirs = app.vm.cases().all().stream().filter(r -> r.subjectId().equals(row.subjectId()))
                .map(CaseRow::decisionId).toList();
        robot.clickOn("#tab-look-up");
        robot.clickOn("#lookup-cii").write(row.cii());
        robot.clickOn("#lookup-find");

        app.assertNoProblem();
        assertThat(robot.lookup("#lookup-summary").queryAs(Label.class).getText()).isEqualTo("1 person found (run 1).");
        ListView<LookupResult> results = robot.lookup("#lookup-results").queryListView();
        assertThat(results.getItems()).singleElement().satisfies(r -> {
            assertThat(r.person().cii()).isEqualTo(row.cii());
            assertThat(r.convictions()).extracting(CaseRow::decisionId).containsExactlyElementsOf(theirs);
        });
        assertThat(robot.from(results).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).startsWith(row.name() + " · DOB "
                        + org.reliefdesk.app.DateStyle.US.stored(row.dob())))
                .anySatisfy(l -> assertThat(l.getText()).startsWith(row.effectiveOutcome().label()))
                .anySatisfy(l -> assertThat(l.getText()).contains("case " + row.caseNumber()));
    }

    @Test
    void findsAPersonByNameAndDateOfBirth(FxRobot robot) {
        app.openDemo(robot);
        CaseRow row = app.vm.cases().all().get(7);
        robot.clickOn("#tab-look-up");
        robot.clickOn("#lookup-name").write(row.name().split(",")[0]);
        robot.clickOn("#lookup-dob").write(row.dob());
        robot.clickOn("#lookup-find");

        ListView<LookupResult> results = robot.lookup("#lookup-results").queryListView();
        assertThat(results.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.person().dob()).isEqualTo(row.dob()))
                .anySatisfy(r -> assertThat(r.person().subjectId()).isEqualTo(row.subjectId()));
    }

    @Test
    void saysSoWhenNoOneMatches(FxRobot robot) {
        app.openDemo(robot);
        robot.clickOn("#tab-look-up");
        robot.clickOn("#lookup-find");
        assertThat(robot.lookup("#lookup-summary").queryAs(Label.class).getText())
                .isEqualTo("Enter a name, a CII or a case number.");
        robot.clickOn("#lookup-cii").write("A999999999X");
        robot.clickOn("#lookup-find");
        assertThat(robot.lookup("#lookup-summary").queryAs(Label.class).getText())
                .isEqualTo("No one in this workspace matches.");
        assertThat(robot.lookup("#lookup-results").queryListView().getItems()).isEmpty();
    }
}
