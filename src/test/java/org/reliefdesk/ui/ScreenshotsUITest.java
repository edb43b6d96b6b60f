package org.reliefdesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.RunInfo;
import org.reliefdesk.app.WorkspaceService;
import org.reliefdesk.doj.DojColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A picture of each main screen of the demo workspace at 1280x800 (and of the cases at 200 % text and in high
 * contrast), written to target/screenshots and, with
 * {@code -Dscreenshots.update=true}, to docs/screenshots (or {@code -Dscreenshots.docs=folder}). Each must show
 * something: a blank image fails the test.
 */
@ExtendWith(ApplicationExtension.class)
final class ScreenshotsUITest {
    private static final Path TARGET = Path.of("target", "screenshots");
    @TempDir
    static Path dir;
    private UiApp app;
    private final List<Path> written = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void writesANonBlankPictureOfEachMainScreen(FxRobot robot) throws IOException {
        assertThat(app.stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(app.stage.getScene().getHeight()).isEqualTo(800);
        shoot(robot, app.stage.getScene(), "01-welcome");

        app.openDemo(robot);
        robot.clickOn(UiApp.row(robot, app.grid(), 2));
        assertThat(app.vm.detail().detailProperty().get()).isNotNull();
        shoot(robot, app.stage.getScene(), "02-cases-detail");

        robot.clickOn("#tab-runs-policy");
        robot.clickOn("#policy-preset");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Statute minimum".equals(c.getText())).<javafx.scene.Node>query());
        robot.clickOn("#policy-run");
        TableView<RunInfo> runs = robot.lookup("#runs-table").queryTableView();
        assertThat(runs.getItems()).hasSize(2);
        robot.clickOn(UiApp.row(robot, runs, 0));
        robot.press(KeyCode.CONTROL).clickOn(UiApp.row(robot, runs, 1)).release(KeyCode.CONTROL);
        robot.clickOn("#runs-compare");
        assertThat(robot.lookup("#comparison-table").queryTableView().getItems()).isNotEmpty();
        shoot(robot, app.stage.getScene(), "03-runs-policy");

        robot.clickOn("#tab-impact");
        shoot(robot, app.stage.getScene(), "04-impact");

        String cii = app.vm.cases().all().get(4).cii();
        robot.clickOn("#tab-look-up");
        robot.clickOn("#lookup-cii").write(cii);
        robot.clickOn("#lookup-find");
        assertThat(robot.lookup("#lookup-results").queryListView().getItems()).hasSize(1);
        shoot(robot, app.stage.getScene(), "05-lookup");

        Path doj = UiFixtures.dojFile(app.folder.resolve("san-joaquin-2024.csv"), WorkspaceService.DEMO_COUNTY, 400,
                99, UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999")),
                UiFixtures.fields(95, Map.of(DojColumn.PRI_NAME, "NO SUBJECT")));
        robot.interact(() -> app.window.importFiles(List.of(doj)));
        Stage importDialog = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, importDialog, "#import-start"));
        assertThat(((TextArea) UiApp.in(robot, importDialog, "#import-report")).getText()).contains("set aside");
        shoot(robot, importDialog.getScene(), "06-import-dialog");
        robot.clickOn(UiApp.pane(importDialog).lookupButton(ButtonType.CLOSE));

        robot.clickOn("#tab-cases");
        robot.clickOn(UiApp.row(robot, app.grid(), 2));
        robot.clickOn("#override-button");
        Stage override = UiApp.dialog(robot, "Override the decision");
        robot.clickOn((TextArea) UiApp.in(robot, override, "#override-reason"))
                .write("Court minute order of 2019-03-04 shows this count was already dismissed.");
        shoot(robot, override.getScene(), "07-override-dialog");
        robot.clickOn(UiApp.pane(override).lookupButton(ButtonType.CANCEL));

        robot.clickOn("#tab-progress");
        assertThat(app.vm.followUp().progressProperty().get()).isNotNull();
        shoot(robot, app.stage.getScene(), "12-progress");
        robot.clickOn("#tab-cases");

        Path court = app.folder.resolve("court-export.csv");
        new org.reliefdesk.app.TestDataService().generate(app.folder.resolve("court-doj.csv"),
                WorkspaceService.DEMO_COUNTY, 400, 5, new org.reliefdesk.app.TestDataService.CourtOutput(court,
                        app.folder.resolve("court-mapping.json"), 0), org.reliefdesk.app.Progress.NONE);
        robot.interact(() -> app.window.importCourtRecords(court));
        Stage courtDialog = UiApp.dialog(robot, "Import court records");
        assertThat(((TableView<?>) UiApp.in(robot, courtDialog, "#court-as-read")).getItems())
                .as("the demo's saved mapping is offered for a file with the same headers").isNotEmpty();
        shoot(robot, courtDialog.getScene(), "13-court-import");
        robot.interact(courtDialog::close);

        robot.clickOn("Edit").clickOn("Office details…");
        Stage office = UiApp.dialog(robot, "Office details");
        Map<String, String> details = Map.of("courtName", "Superior Court of California, County of San Joaquin",
                "courtAddress", "180 E Weber Ave, Stockton, CA 95202", "daName", "DEMO District Attorney",
                "deputyName", "DEMO Deputy District Attorney", "officeAddress", "222 E Weber Ave, Stockton, CA 95202",
                "phone", "(209) 000-0000", "email", "demo-office");
        robot.interact(() -> details.forEach((key, value) -> ((TextField) UiApp.in(robot, office, "#office-" + key))
                .setText(value)));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, office.getScene(), "08-office-details");
        robot.clickOn(UiApp.pane(office).lookupButton(ButtonType.CANCEL));

        robot.interact(() -> app.vm.session().saveOffice(new OfficeDetails("San Joaquin", details.get("courtName"),
                details.get("courtAddress"), details.get("daName"), details.get("deputyName"), "000000",
                details.get("officeAddress"), details.get("phone"), "demo@example.invalid")));
        robot.interact(app.window::exportResults);
        Stage export = UiApp.dialog(robot, "Export");
        robot.interact(() -> ((TextField) UiApp.in(robot, export, "#export-folder")).setText(
                app.folder.toString()));
        shoot(robot, export.getScene(), "09-export-dialog");
        robot.interact(export::close);

        robot.interact(() -> app.window.results().hide());
        robot.interact(() -> app.vm.appearance().setTextSize(200));
        robot.clickOn(UiApp.row(robot, app.grid(), 1));
        shoot(robot, app.stage.getScene(), "10-text-200-percent");
        robot.interact(() -> {
            app.vm.appearance().reset();
            app.vm.appearance().highContrastProperty().set(true);
        });
        robot.clickOn(UiApp.row(robot, app.grid(), 2));
        shoot(robot, app.stage.getScene(), "11-high-contrast");
        robot.interact(() -> app.vm.appearance().highContrastProperty().set(false));

        app.assertNoProblem();
        assertThat(written).hasSize(Boolean.getBoolean("screenshots.update") ? 26 : 13);
    }

    private void shoot(FxRobot robot, Scene scene, String name) throws IOException {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(scene.snapshot(null)));
        Image img = image.get();
        assertThat(PngImages.luminanceVariance(img)).as(name + " is not blank").isGreaterThan(50);
        assertThat(PngImages.colours(img, 64)).as(name + " has text and widgets").isGreaterThanOrEqualTo(32);
        List<Path> targets = new ArrayList<>(List.of(TARGET));
        if (Boolean.getBoolean("screenshots.update")) {
            targets.add(Path.of(System.getProperty("screenshots.docs", "docs/screenshots")));
        }
        for (Path folder : targets) {
            Path file = folder.resolve(name + ".png");
            PngImages.write(img, file);
            assertThat(Files.size(file)).isPositive();
            written.add(file);
        }
    }
}
