package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Import on a new workspace: the county comes from the file, and the report lists what was set aside. */
@ExtendWith(ApplicationExtension.class)
final class ImportDialogUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void importsAFileWithItsCountyPreSelectedAndShowsTheReport(FxRobot robot) throws IOException {
        robot.interact(() -> app.vm.create(app.folder.resolve("fresno.reliefdesk")));
        assertThat(app.vm.session().county()).isEmpty();
        Path file = fixture();

        robot.interact(() -> app.window.importFiles(List.of(file)));
        Stage dialog = UiApp.dialog(robot, "Import DOJ files");
        ComboBox<String> county = UiApp.in(robot, dialog, "#import-county");
        assertThat(county.getValue()).as("pre-selected from the file's rows").isEqualTo("FRESNO");
        assertThat(robot.from(dialog.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("most rows name FRESNO"));
        Button start = UiApp.in(robot, dialog, "#import-start");
        assertThat(start.isDisabled()).isFalse();

        robot.clickOn(start);

        TextArea report = UiApp.in(robot, dialog, "#import-report");
        assertThat(report.getText()).startsWith("fresno.csv: imported. 250 rows accepted, 2 set aside.\n")
                .contains("1 × it has 94 fields instead of 95")
                .contains("fresno.csv, line 252: it has 94 fields instead of 95")
                .contains("fresno.csv, line 253: it has no SUBJECT_ID");
        assertThat(start.isDisabled()).as("the files were imported; nothing left to import").isTrue();
        assertThat(app.vm.session().county()).contains("FRESNO");
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("Import finished: 1 file(s). Next: run an evaluation (Runs & policy).");
        app.assertNoProblem();

        robot.clickOn(UiApp.pane(dialog).lookupButton(ButtonType.CLOSE));
        assertThat(UiApp.window(robot, "Import DOJ files")).isEmpty();
    }

    @Test
    void importingTheSameFileAgainIsReportedAsADuplicate(FxRobot robot) throws IOException {
        robot.interact(() -> app.vm.create(app.folder.resolve("twice.reliefdesk")));
        Path file = fixture();
        robot.interact(() -> app.window.importFiles(List.of(file)));
        Stage first = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, first, "#import-start"));
        robot.interact(first::close);

        robot.interact(() -> app.window.importFiles(List.of(file)));
        Stage second = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, second, "#import-start"));
        TextArea report = UiApp.in(robot, second, "#import-report");
        assertThat(report.getText()).startsWith("fresno.csv: not imported, the same file was already imported on "
                + UiFixtures.NOW);
        robot.interact(second::close);
    }

    @Test
    void theRunFormTakesTheCountyChosenAtTheFirstImport(FxRobot robot) throws IOException {
        robot.interact(() -> app.vm.create(app.folder.resolve("form.reliefdesk")));
        Path file = fixture();
        robot.interact(() -> app.window.importFiles(List.of(file)));
        Stage dialog = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, dialog, "#import-start"));
        robot.interact(dialog::close);

        robot.clickOn("#tab-runs-policy");
        assertThat(app.runs(robot).policy().countyProperty().get()).isEqualTo("FRESNO");
        assertThat(robot.lookup("#policy-run").queryButton().isDisabled()).isFalse();
    }

    private Path fixture() throws IOException {
        return UiFixtures.dojFile(app.folder.resolve("fresno.csv"), "FRESNO", 250, 21,
                UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999")),
                UiFixtures.fields(95, Map.of(DojColumn.PRI_NAME, "NO SUBJECT")));
    }
}
