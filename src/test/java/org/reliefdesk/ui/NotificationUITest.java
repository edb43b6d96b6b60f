package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.doj.DojColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-modal results (ControlsFX NotificationPane): "Import finished: 2 rows set aside" whose View report opens the
 * report, and "Export finished" whose Open folder opens the folder; Escape closes the bar.
 */
@ExtendWith(ApplicationExtension.class)
final class NotificationUITest {
    @TempDir
    static Path dir;
    private UiApp app;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
        app.window.setFolderOpener(opened::add);
    }

    @Test
    void anImportSaysHowManyRowsWereSetAsideAndViewReportOpensTheReport(FxRobot robot) throws IOException {
        robot.interact(() -> app.vm.create(app.folder.resolve("fresno.reliefdesk")));
        Path file = UiFixtures.dojFile(app.folder.resolve("fresno.csv"), "FRESNO", 250, 21,
                UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999")),
                UiFixtures.fields(95, Map.of(DojColumn.PRI_NAME, "NO SUBJECT")));
        ResultBar bar = app.window.results();
        assertThat(bar.isShowing()).isFalse();

        robot.interact(() -> app.window.importFiles(List.of(file)));
        Stage dialog = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, dialog, "#import-start"));
        robot.interact(dialog::close);

        assertThat(bar.isShowing()).isTrue();
        assertThat(bar.getText()).isEqualTo("Import finished: 2 rows set aside");
        Button view = bar.actionButton();
        assertThat(view.getText()).isEqualTo("View report");
        robot.interact(view::requestFocus);
        robot.type(KeyCode.SPACE);

        Stage report = UiApp.dialog(robot, "Import report");
        assertThat(UiApp.<TextArea>in(robot, report, "#report-text").getText())
                .startsWith("fresno.csv: imported. 250 rows accepted, 2 set aside.")
                .contains("fresno.csv, line 252: it has 94 fields instead of 95");
        assertThat(bar.isShowing()).as("the bar closes once its action is taken").isFalse();
        robot.type(KeyCode.ESCAPE);
        assertThat(UiApp.window(robot, "Import report")).as("Escape closes the report").isEmpty();
        app.assertNoProblem();
    }

    @Test
    void anExportSaysWhereItWroteAndOpenFolderOpensIt(FxRobot robot) throws IOException {
        app.openDemo(robot);
        robot.interact(() -> app.vm.session().saveOffice(new OfficeDetails("San Joaquin", "Superior Court",
                "180 E Weber Ave, Stockton", "DEMO District Attorney", "DEMO Deputy", "000000",
                "222 E Weber Ave, Stockton", "(209) 000-0000", "demo@example.invalid")));
        Path out = Files.createDirectories(app.folder.resolve("out"));
        robot.interact(app.window::exportResults);
        Stage export = UiApp.dialog(robot, "Export");
        robot.interact(() -> {
            ((TextField) UiApp.in(robot, export, "#export-folder")).setText(out.toString());
            ((CheckBox) UiApp.in(robot, export, "#export-workbook")).setSelected(false);
        });
        robot.clickOn(UiApp.<Button>in(robot, export, "#export-start"));
        robot.interact(export::close);

        ResultBar bar = app.window.results();
        assertThat(bar.getText()).isEqualTo("Export finished: 1 file(s) written to " + out);
        assertThat(opened).isEmpty();
        robot.interact(() -> bar.actionButton().fire());
        assertThat(opened).containsExactly(out);
        assertThat(bar.isShowing()).isFalse();
        app.assertNoProblem();
    }

    @Test
    void escapeClosesTheBarFromTheKeyboard(FxRobot robot) {
        app.openDemo(robot);
        ResultBar bar = app.window.results();
        robot.interact(() -> bar.show("Something finished", "Do it", () -> { }));
        assertThat(bar.isShowing()).isTrue();
        robot.interact(() -> bar.actionButton().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(bar.isShowing()).isFalse();
        assertThat(app.stage.getScene().getFocusOwner()).as("focus goes back to the window's content")
                .isNotNull();
    }
}
