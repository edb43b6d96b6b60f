package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File › Import court records on a workspace with an evaluated DOJ file: the mapping dialog's real controls choose
 * the columns, formats and conviction values, the rows show as read, the mapping is saved and offered again for a
 * file with the same headers, and the import is decided by a new run whose grid has a Record column.
 */
@ExtendWith(ApplicationExtension.class)
final class CourtImportUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** A workspace with an evaluated DOJ file of Fresno and the matching court export; returns the export. */
    private Path workspaceWithCourtFile(FxRobot robot) throws Exception {
        Path doj = app.folder.resolve("fresno-doj.csv");
        Path court = app.folder.resolve("fresno-court.csv");
        new TestDataService().generate(doj, "FRESNO", 1500, 7, new TestDataService.CourtOutput(court,
                app.folder.resolve("mapping.json"), 0), Progress.NONE);
        robot.interact(() -> app.vm.create(app.folder.resolve("fresno.reliefdesk")));
        robot.interact(() -> app.vm.importFiles(List.of(doj), "FRESNO", o -> { }));
        robot.interact(() -> app.vm.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.STATUTE_MINIMUM.policy(),
                "FRESNO", RunSettings.DEFAULT_COMPUTE_AT)));
        assertThat(app.vm.runs()).hasSize(1);
        return court;
    }

    private static void choose(FxRobot robot, Stage d, String field, String item) {
        ComboBox<String> box = UiApp.in(robot, d, "#court-field-" + field);
        assertThat(box.getItems()).as("columns offered for %s", field).contains(item);
        robot.interact(() -> {
            box.getSelectionModel().select(item);
            box.fireEvent(new javafx.event.ActionEvent());
        });
    }

    /** The words ControlsFX's validation mark gives a field (its accessible help), or null when it has none. */
    private static String mark(javafx.scene.control.Control field) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return field.getAccessibleHelp();
    }

    @Test
    void unchosenRequiredColumnsAndAnUnknownDateFormatAreMarkedAtTheirFields(FxRobot robot) throws Exception {
        Path court = workspaceWithCourtFile(robot);
        robot.interact(() -> app.window.importCourtRecords(court));
        Stage d = UiApp.dialog(robot, "Import court records");
        ComboBox<String> caseNumber = UiApp.in(robot, d, "#court-field-courtCaseNumber");
        ComboBox<String> offenseDate = UiApp.in(robot, d, "#court-field-offenseDate");
        assertThat(mark(caseNumber)).as("required, not chosen").contains("court case number").contains("required");
        assertThat(mark(offenseDate)).as("optional: no mark").isNull();
        choose(robot, d, "courtCaseNumber", "1: Court Number");
        assertThat(mark(caseNumber)).isNull();

        ComboBox<String> dates = UiApp.in(robot, d, "#court-date-format");
        robot.interact(() -> dates.setValue("QQ/zz"));
        assertThat(mark(dates)).as("an unknown date format").isNotBlank();
        robot.interact(() -> dates.setValue("MM/dd/yyyy"));
        assertThat(mark(dates)).isNull();

        ComboBox<String> county = UiApp.in(robot, d, "#court-county");
        assertThat(county).as("the searchable county picker").isInstanceOf(org.controlsfx.control.SearchableComboBox.class);
        robot.interact(() -> county.setValue(null));
        assertThat(mark(county)).contains("county");
        robot.interact(d::close);
    }

    @Test
    void mapsImportsAndDecidesACourtExport(FxRobot robot) throws Exception {
        Path court = workspaceWithCourtFile(robot);
        robot.interact(() -> app.window.importCourtRecords(court));
        Stage d = UiApp.dialog(robot, "Import court records");
        TableView<?> raw = UiApp.in(robot, d, "#court-raw");
        assertThat(raw.getItems()).hasSize(CourtImportViewModel.PREVIEW_ROWS);
        assertThat(raw.getColumns().get(1).getText()).isEqualTo("1: Court Number");
        assertThat(((TextField) UiApp.in(robot, d, "#court-file")).getText()).endsWith("fresno-court.csv");
        assertThat(((ComboBox<?>) UiApp.in(robot, d, "#court-county")).getValue()).isEqualTo("FRESNO");

        Button importButton = UiApp.in(robot, d, "#court-import");
        robot.clickOn(importButton);
        assertThat(((Label) UiApp.in(robot, d, "#court-problems")).getText())
                .as("nothing chosen yet: the required fields are named").contains("courtCaseNumber");

        choose(robot, d, "courtCaseNumber", "1: Court Number");
        choose(robot, d, "name", "3: Truename");
        choose(robot, d, "dob", "4: DOB");
        choose(robot, d, "cii", "6: CII");
        choose(robot, d, "section", "15: Current Charge");
        choose(robot, d, "dispositionDate", "20: Dispo Date");
        choose(robot, d, "offenseDate", "13: Booked Charge Date");
        choose(robot, d, "level", "17: Current Level");
        choose(robot, d, "disposition", "18: Chg Disp");
        ComboBox<String> names = UiApp.in(robot, d, "#court-name-format");
        robot.interact(() -> names.setValue("LAST/FIRST/MIDDLE"));
        ComboBox<String> dates = UiApp.in(robot, d, "#court-date-format");
        robot.interact(() -> {
            dates.setValue("MMddyy");
            dates.fireEvent(new javafx.event.ActionEvent());
        });

        TableView<CourtImportViewModel.ValueChoice> dispositions = UiApp.in(robot, d, "#court-dispositions");
        assertThat(dispositions.getItems()).extracting(v -> v.value).contains("110", "190", "200", "300");
        assertThat(dispositions.getItems()).allSatisfy(v -> assertThat(v.rows).isPositive());
        javafx.scene.control.ScrollPane form = UiApp.in(robot, d, "#court-form");
        robot.interact(() -> form.setVvalue(1.0));
        for (String code : List.of("110", "190", "200")) {
            CheckBox box = robot.from(dispositions).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                    .filter(c -> c.getAccessibleText().startsWith("\"" + code + "\"")).findFirst().orElseThrow();
            robot.clickOn(box);
        }
        TableView<CourtImportViewModel.ValueChoice> levels = UiApp.in(robot, d, "#court-levels");
        assertThat(levels.getItems()).extracting(v -> v.value).contains("F", "M");
        robot.interact(() -> levels.getItems().forEach(v -> v.level.set(switch (v.value) {
            case "F", "FEL" -> "felony";
            case "M", "MISD" -> "misdemeanor";
            case "I" -> "infraction";
            default -> "unknown";
        })));

        TableView<Object> asRead = UiApp.in(robot, d, "#court-as-read");
        robot.interact(() -> dates.fireEvent(new javafx.event.ActionEvent()));
        assertThat(asRead.getItems()).isNotEmpty();
        assertThat(UiApp.column(asRead, "Name (DOJ form)")).allSatisfy(n -> assertThat(n).matches("[^/]*(,.*)?"));
        assertThat(UiApp.column(asRead, "Conviction")).contains("yes");
        assertThat(((Label) UiApp.in(robot, d, "#court-problems")).getText()).isEmpty();

        robot.clickOn((TextField) UiApp.in(robot, d, "#court-mapping-name")).write("Fresno Superior Court CMS");
        robot.clickOn((Button) UiApp.in(robot, d, "#court-save"));
        assertThat(app.vm.session().court().savedMappings()).extracting(m -> m.name())
                .containsExactly("Fresno Superior Court CMS");
        shoot(robot, d, "13-court-import");

        robot.clickOn(importButton);
        TextArea report = UiApp.in(robot, d, "#court-report");
        assertThat(report.getText()).startsWith("fresno-court.csv (CSV, fields separated by comma")
                .contains("Court people in all court files:").contains("Linked to a DOJ subject:")
                .contains("Run 2 decided them:");
        app.assertNoProblem();
        assertThat(app.vm.runs()).hasSize(2);
        assertThat(app.vm.currentRunProperty().get().id()).isEqualTo(2);
        assertThat(UiApp.column(app.grid(), "Record")).contains("Court", "Both");
        int both = UiApp.column(app.grid(), "Record").indexOf("Both");
        robot.interact(() -> app.grid().getSelectionModel().select(both));
        TableView<?> courtRows = robot.lookup("#detail-court-rows").query();
        assertThat(courtRows.getItems()).as("the linked court rows beside the DOJ history").isNotEmpty();
        assertThat(robot.lookup("#detail-court-linked").queryAs(Label.class).getText())
                .startsWith("The court's rows: linked by ");

        // a file with the same headers is offered the saved mapping
        Path again = Files.copy(court, app.folder.resolve("fresno-court-2.csv"));
        Files.writeString(again, "\n", java.nio.file.StandardOpenOption.APPEND);
        robot.interact(d::close);
        robot.interact(() -> app.window.importCourtRecords(again));
        Stage second = UiApp.dialog(robot, "Import court records");
        assertThat(((Label) UiApp.in(robot, second, "#court-message")).getText())
                .contains("The saved mapping \"Fresno Superior Court CMS\" fits this file's headers");
        assertThat(((ComboBox<?>) UiApp.in(robot, second, "#court-field-dispositionDate")).getValue())
                .isEqualTo("20: Dispo Date");
        robot.interact(second::close);
    }

    @Test
    void aFileThatCannotBeReadSaysWhy(FxRobot robot) throws Exception {
        workspaceWithCourtFile(robot);
        Path bad = Files.writeString(app.folder.resolve("one-column.csv"), "Court Number\nA1\nA2\n");
        robot.interact(() -> app.window.importCourtRecords(bad));
        Stage d = UiApp.dialog(robot, "Import court records");
        assertThat(((Label) UiApp.in(robot, d, "#court-message")).getText()).contains("single column");
        assertThat(((Button) UiApp.in(robot, d, "#court-import")).isDisabled()).isTrue();
        robot.interact(d::close);
    }

    private static void shoot(FxRobot robot, Stage stage, String name) throws java.io.IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        PngImages.write(image.get(), Path.of("target", "screenshots", name + ".png"));
    }
}
