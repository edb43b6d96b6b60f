package org.reliefdesk.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.DateStyle;
import org.reliefdesk.app.LookupResult;
import org.reliefdesk.doj.DojDates;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One date format in the window: MM/DD/YYYY by default in the grid, the detail and the look-up; Edit › Preferences
 * changes it everywhere at once, keeps it in the settings, and the grid still sorts by date.
 */
@ExtendWith(ApplicationExtension.class)
final class DateFormatUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    private static LocalDate dob(CaseRow r) {
        return DojDates.parse(r.dob()).orElseThrow();
    }

    private CaseRow aRowWithADateOfBirth() {
        return app.vm.cases().all().stream().filter(r -> DojDates.parse(r.dob()).isPresent()
                && dob(r).getDayOfMonth() > 12).findFirst().orElseThrow();
    }

    @Test
    void datesReadMmDdYyyyByDefaultAndPreferencesChangeThemEverywhere(FxRobot robot) {
        app.openDemo(robot);
        TableView<CaseRow> grid = app.grid();
        CaseRow row = aRowWithADateOfBirth();
        int index = grid.getItems().indexOf(row);
        assertThat(UiApp.column(grid, "DOB").get(index)).isEqualTo(DateStyle.US.format(dob(row)));
        assertThat(UiApp.column(grid, "Convicted")).allMatch(t -> t.isEmpty() || t.matches("\\d\\d/\\d\\d/\\d{4}"));
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(index));
        assertThat(robot.lookup("#detail-view .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo(DateStyle.US.format(dob(row))));

        robot.clickOn("Edit").clickOn("Preferences…");
        DialogPane prefs = robot.lookup("#preferences-dialog").queryAs(DialogPane.class);
        ComboBox<DateStyle> choice = robot.from(prefs).lookup("#prefs-date-format").queryComboBox();
        assertThat(choice.getValue()).isEqualTo(DateStyle.US);
        assertThat(choice.getItems()).containsExactly(DateStyle.US, DateStyle.ISO, DateStyle.DAY_FIRST);
        robot.clickOn(choice).clickOn("DD/MM/YYYY (31/01/1980)");
        robot.clickOn(robot.from(prefs).lookup("OK").queryButton());

        assertThat(app.vm.dates().style()).isEqualTo(DateStyle.DAY_FIRST);
        assertThat(app.vm.settings().text(DateDisplay.KEY, null)).as("remembered").isEqualTo("day-first");
        assertThat(UiApp.column(grid, "DOB").get(index)).isEqualTo(DateStyle.DAY_FIRST.format(dob(row)));
        assertThat(robot.lookup("#detail-view .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo(DateStyle.DAY_FIRST.format(dob(row))));

        // the grid sorts by date, not by the text shown (day first would sort by day)
        robot.clickOn(UiApp.header(robot, grid, "DOB"));
        List<LocalDate> sorted = new ArrayList<>();
        for (CaseRow r : grid.getItems()) {
            DojDates.parse(r.dob()).ifPresent(sorted::add);
        }
        assertThat(sorted).isSorted();

        // the look-up shows and reads dates in the chosen format
        robot.clickOn("#tab-look-up");
        TextField dobField = robot.lookup("#lookup-dob").queryAs(TextField.class);
        assertThat(dobField.getPromptText()).isEqualTo("e.g. 31/01/1980");
        robot.clickOn("#lookup-name").write(row.name().split(",")[0]);
        robot.clickOn(dobField).write(DateStyle.DAY_FIRST.format(dob(row)));
        robot.type(KeyCode.ENTER);
        ListView<LookupResult> results = robot.lookup("#lookup-results").queryListView();
        assertThat(results.getItems()).anySatisfy(r -> assertThat(r.person().subjectId()).isEqualTo(row.subjectId()));
        assertThat(robot.from(results).lookup(".label").queryAllAs(Label.class)).anySatisfy(l -> assertThat(
                l.getText()).startsWith(row.name() + " · DOB " + DateStyle.DAY_FIRST.format(dob(row))));
        app.assertNoProblem();
    }

    @Test
    void aDateFormatTheSettingsDoNotKnowFallsBackToMmDdYyyy() {
        UserSettings settings = UserSettings.inMemory();
        settings.setText(DateDisplay.KEY, "yy.mm.dd");
        assertThat(new DateDisplay(settings).style()).isEqualTo(DateStyle.US);
        settings.setText(DateDisplay.KEY, "iso");
        assertThat(new DateDisplay(settings).style()).isEqualTo(DateStyle.ISO);
    }
}
