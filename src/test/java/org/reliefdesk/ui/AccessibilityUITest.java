package org.reliefdesk.ui;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.WorkspaceService;
import org.reliefdesk.doj.DojColumn;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section 508 / WCAG 2.1 (4.1.2 name, role, value): walks the scene graph of every main screen and dialog, in both
 * themes, and fails on a focusable control without a role or a name, or a grid or list cell without words.
 */
@ExtendWith(ApplicationExtension.class)
final class AccessibilityUITest {
    @TempDir
    static Path dir;
    private UiApp app;
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void everyFocusableControlAndGridCellOfEachScreenHasANameAndARole(FxRobot robot) throws IOException {
        check(robot, "welcome", app.stage.getScene().getRoot());
        app.openDemo(robot);
        robot.clickOn(UiApp.row(robot, app.grid(), 2));
        check(robot, "cases", app.stage.getScene().getRoot());

        robot.clickOn("#tab-runs-policy");
        robot.clickOn("#policy-preset");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Statute minimum".equals(c.getText())).<javafx.scene.Node>query());
        robot.clickOn("#policy-run");
        robot.interact(() -> app.runs(robot).compare(app.vm.runs().get(0), app.vm.runs().get(1)));
        check(robot, "runs & policy", app.stage.getScene().getRoot());
        robot.clickOn("#tab-impact");
        check(robot, "impact", app.stage.getScene().getRoot());
        robot.clickOn("#tab-look-up");
        robot.clickOn("#lookup-cii").write(app.vm.cases().all().get(4).cii());
        robot.clickOn("#lookup-find");
        check(robot, "look-up", app.stage.getScene().getRoot());

        Path doj = UiFixtures.dojFile(app.folder.resolve("more.csv"), WorkspaceService.DEMO_COUNTY, 100, 3,
                UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999")));
        robot.interact(() -> app.window.importFiles(List.of(doj)));
        Stage importDialog = UiApp.dialog(robot, "Import DOJ files");
        robot.clickOn((Button) UiApp.in(robot, importDialog, "#import-start"));
        check(robot, "import dialog", importDialog.getScene().getRoot());
        robot.interact(importDialog::close);
        check(robot, "cases with the import's result bar", app.stage.getScene().getRoot());
        robot.interact(() -> app.window.results().actionButton().fire());
        Stage report = UiApp.dialog(robot, "Import report");
        check(robot, "import report", report.getScene().getRoot());
        robot.interact(report::close);

        robot.interact(app.window::exportResults);
        Stage export = UiApp.dialog(robot, "Export");
        check(robot, "export dialog", export.getScene().getRoot());
        robot.interact(export::close);
        robot.clickOn("Edit").clickOn("Office details…");
        Stage office = UiApp.dialog(robot, "Office details");
        check(robot, "office details", office.getScene().getRoot());
        robot.interact(office::close);
        robot.clickOn("#tab-cases");
        robot.clickOn(UiApp.row(robot, app.grid(), 1));
        robot.clickOn("#override-button");
        Stage override = UiApp.dialog(robot, "Override the decision");
        check(robot, "override dialog", override.getScene().getRoot());
        robot.clickOn(UiApp.pane(override).lookupButton(ButtonType.CANCEL));
        robot.clickOn("#tab-progress");
        check(robot, "progress", app.stage.getScene().getRoot());
        robot.clickOn("Edit").clickOn("Preferences…");
        Stage prefs = UiApp.dialog(robot, "Preferences");
        check(robot, "preferences", prefs.getScene().getRoot());
        robot.interact(prefs::close);

        Path court = app.folder.resolve("court.csv");
        new org.reliefdesk.app.TestDataService().generate(app.folder.resolve("court-doj.csv"),
                WorkspaceService.DEMO_COUNTY, 300, 5, new org.reliefdesk.app.TestDataService.CourtOutput(court,
                        app.folder.resolve("court-mapping.json"), 0), org.reliefdesk.app.Progress.NONE);
        robot.interact(() -> app.window.importCourtRecords(court));
        Stage courtDialog = UiApp.dialog(robot, "Import court records");
        check(robot, "court import dialog", courtDialog.getScene().getRoot());
        robot.interact(courtDialog::close);
        robot.interact(() -> app.window.followUps().filing());
        checkDialog(robot, "Record filing");
        robot.interact(() -> app.window.followUps().order());
        checkDialog(robot, "Court order");
        robot.interact(() -> app.window.followUps().pull());
        checkDialog(robot, "DOJ pull");
        robot.interact(() -> app.window.followUps().papers());
        checkDialog(robot, "Follow-up papers");

        robot.clickOn("Help").clickOn("User guide");
        Stage guide = UiApp.dialog(robot, UserGuide.TITLE);
        check(robot, "user guide", guide.getScene().getRoot());
        robot.interact(guide::close);

        robot.interact(() -> app.vm.appearance().highContrastProperty().set(true));
        check(robot, "cases in high contrast", app.stage.getScene().getRoot());

        assertThat(problems).isEmpty();
        app.assertNoProblem();
    }

    @Test
    void outcomeBadgesInTheGridSayTheirOutcomeInWords(FxRobot robot) {
        app.openDemo(robot);
        CaseRow first = app.grid().getItems().get(0);
        TableCell<?, ?> cell = robot.from(app.grid()).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.getTableColumn().getText().equals("Outcome")).findFirst()
                .orElseThrow();
        assertThat(cell.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                .isEqualTo("Outcome: " + first.effectiveOutcome().label());
        TableCell<?, ?> blank = robot.from(app.grid()).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn().getText().equals("Override") && !c.isEmpty()).findFirst()
                .orElseThrow();
        assertThat(blank.queryAccessibleAttribute(AccessibleAttribute.TEXT)).as("an empty value is read as blank")
                .isEqualTo("blank");
    }

    @Test
    void theCheckFindsAFieldWithoutANameAndACellWithoutWords(FxRobot robot) {
        javafx.scene.control.TextField unnamed = new javafx.scene.control.TextField();
        javafx.scene.control.TextField named = new javafx.scene.control.TextField();
        javafx.scene.control.Label label = new javafx.scene.control.Label("County");
        label.setLabelFor(named);
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList("a value"));
        list.setAccessibleText("Values");
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty ? null : new javafx.scene.shape.Circle(4));
            }
        });
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(unnamed, label, named, list);
        robot.interact(() -> app.stage.setScene(new javafx.scene.Scene(box, 400, 300)));
        robot.interact(() -> {
            box.applyCss();
            box.layout();
        });
        assertThat(AccessibleNames.problems(box)).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("focusable without a name: TextField"))
                .anySatisfy(p -> assertThat(p).startsWith("cell without words: ").contains("list-cell").contains("row 0")
                        .doesNotContain("row 1"));
    }

    private void checkDialog(FxRobot robot, String title) {
        Stage d = UiApp.dialog(robot, title);
        check(robot, title, d.getScene().getRoot());
        robot.interact(d::close);
    }

    private void check(FxRobot robot, String screen, Parent root) {
        robot.interact(() -> {
            root.applyCss();
            root.layout();
        });
        AccessibleNames.problems(root).forEach(p -> problems.add(screen + ": " + p));
    }
}
