package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.OfficeDetails;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Export writes the court papers of the shown run into a folder; the office details come from Edit. */
@ExtendWith(ApplicationExtension.class)
final class ExportUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    private Stage openExport(FxRobot robot, Path out) {
        robot.interact(app.window::exportResults);
        Stage export = UiApp.dialog(robot, "Export");
        TextField folder = UiApp.in(robot, export, "#export-folder");
        robot.interact(() -> folder.setText(out.toString()));
        return export;
    }

    @Test
    void exportsTheWorkbookMotionAndNoticeOfTheShownRunIntoTheFolder(FxRobot robot) throws IOException {
        app.openDemo(robot);
        robot.interact(() -> app.vm.session().saveOffice(new OfficeDetails("San Joaquin", "Superior Court of "
                + "California, County of San Joaquin", "180 E Weber Ave, Stockton", "DEMO District Attorney",
                "DEMO Deputy", "000000", "222 E Weber Ave, Stockton", "(209) 000-0000", "demo@example.invalid")));
        Path out = Files.createDirectories(app.folder.resolve("out"));
        Stage export = openExport(robot, out);
        robot.interact(() -> ((CheckBox) UiApp.in(robot, export, "#export-notice")).setSelected(true));
        robot.clickOn(UiApp.<Button>in(robot, export, "#export-start"));

        Label result = UiApp.in(robot, export, "#export-result");
        assertThat(result.getText()).startsWith("3 file(s) written to");
        assertThat(UiApp.<Button>in(robot, export, "#export-open-folder").isDisabled()).isFalse();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "Prop64-motion-run1.pdf", "Prop64-notice-run1.pdf", "Prop64-workbook-run1.xlsx");
        }
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("Prop64-workbook-run1.xlsx")))) {
            assertThat(wb.getSheet("All convictions").getLastRowNum()).isEqualTo(app.vm.cases().all().size());
            assertThat(wb.getSheet("All convictions").getRow(0).getLastCellNum()).as("no identifier columns")
                    .isEqualTo((short) 18);
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("Prop64-motion-run1.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SUPERIOR COURT OF CALIFORNIA").contains("11361.8");
        }
        app.assertNoProblem();
    }

    @Test
    void identifiersGoInTheWorkbookOnlyWhenTickedAndOnlyWithTheWorkbook(FxRobot robot) throws IOException {
        app.openDemo(robot);
        Path out = Files.createDirectories(app.folder.resolve("ids"));
        Stage export = openExport(robot, out);
        CheckBox workbook = UiApp.in(robot, export, "#export-workbook");
        CheckBox identifiers = UiApp.in(robot, export, "#export-identifiers");
        assertThat(identifiers.isSelected()).as("off unless asked").isFalse();
        robot.interact(() -> workbook.setSelected(false));
        assertThat(identifiers.isDisabled()).isTrue();
        robot.interact(() -> {
            workbook.setSelected(true);
            identifiers.setSelected(true);
            ((CheckBox) UiApp.in(robot, export, "#export-motion")).setSelected(false);
        });
        robot.clickOn(UiApp.<Button>in(robot, export, "#export-start"));
        assertThat(UiApp.<Label>in(robot, export, "#export-result").getText()).startsWith("1 file(s) written to");
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("Prop64-workbook-run1.xlsx")))) {
            var all = wb.getSheet("All convictions");
            assertThat(all.getRow(0).getCell(18).getStringCellValue()).isEqualTo("SSN");
            assertThat(all.getRow(1).getCell(18).getStringCellValue()).matches("\\d{3}-\\d{2}-\\d{4}");
        }
        app.assertNoProblem();
    }

    @Test
    void papersWithoutOfficeDetailsAreRefusedAndNothingIsWritten(FxRobot robot) throws IOException {
        app.openDemo(robot);
        Path out = Files.createDirectories(app.folder.resolve("out2"));
        Stage export = openExport(robot, out);
        robot.clickOn(UiApp.<Button>in(robot, export, "#export-start"));

        assertThat(UiApp.<Label>in(robot, export, "#export-result").getText()).startsWith("Nothing was written")
                .containsIgnoringCase("office");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).isEmpty();
        }
        assertThat(app.problems).extracting(MainViewModel.Problem::title)
                .containsExactly("The export did not finish; no half-written file was left");
        robot.interact(() -> UiApp.window(robot, "The export did not finish; no half-written file was left")
                .ifPresent(Stage::close));
    }

    @Test
    void officeDetailsAreEditedFromTheEditMenuAndKeptInTheWorkspace(FxRobot robot) throws Exception {
        app.openDemo(robot);
        robot.clickOn("Edit").clickOn("Office details…");
        Stage office = UiApp.dialog(robot, "Office details");
        Button save = (Button) UiApp.pane(office).lookupButton(UiApp.pane(office).getButtonTypes().get(0));
        assertThat(save.isDisabled()).as("only the county is filled in").isTrue();
        for (String key : OfficeDetails.KEYS) {
            TextField f = UiApp.in(robot, office, "#office-" + key);
            if (f.getText().isBlank()) {
                robot.interact(() -> f.setText("DEMO " + key));
            }
        }
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        OfficeDetails kept = app.vm.session().office().orElseThrow();
        assertThat(kept.county()).isEqualTo("San Joaquin");
        assertThat(kept.daName()).isEqualTo("DEMO daName");
        assertThat(kept.missingKeys()).isEmpty();
        app.assertNoProblem();
    }

    @Test
    void anEmptyFolderFieldIsRefusedInTheDialog(FxRobot robot) {
        app.openDemo(robot);
        Stage export = openExport(robot, Path.of(""));
        robot.interact(() -> ((TextField) UiApp.in(robot, export, "#export-folder")).setText(""));
        robot.clickOn(UiApp.<Button>in(robot, export, "#export-start"));
        assertThat(UiApp.<Label>in(robot, export, "#export-result").getText())
                .isEqualTo("Choose an existing folder to write into.");
        assertThat(List.of(app.problems)).allMatch(List::isEmpty);
    }
}
