package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.InterruptedImport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window opening a workspace whose import was killed mid-write says, when it opens and in the status bar, that
 * the interrupted change was undone; a workspace file left empty by an interrupted creation is offered to be set
 * up, and is set up only when the user says so.
 */
@ExtendWith(ApplicationExtension.class)
final class InterruptedWorkspaceUITest {
    private static final String UNDONE = "The last change was interrupted and has been undone; the workspace is as it "
            + "was before it.";
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void opensAWorkspaceWithAnInterruptedImportAndSaysItWasUndone(FxRobot robot) throws Exception {
        Path ws = InterruptedImport.shared().copyTo(app.folder.resolve("interrupted"));
        robot.interact(() -> app.vm.open(ws));

        app.assertNoProblem();
        Stage notice = UiApp.dialog(robot, "Opened w.reliefdesk");
        assertThat(UiApp.pane(notice).getContentText()).isEqualTo(UNDONE);
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).endsWith(" · " + UNDONE);
        assertThat(app.vm.runs()).as("the run of before the import").hasSize(1);
        assertThat(InterruptedImport.journalOf(ws)).doesNotExist();
        robot.clickOn(UiApp.pane(notice).lookupButton(ButtonType.OK));
        assertThat(notice.isShowing()).isFalse();
    }

    @Test
    void offersToSetUpAnEmptyWorkspaceAndDoesSoWhenAsked(FxRobot robot) throws Exception {
        Path ws = Files.createFile(app.folder.resolve("started.reliefdesk"));
        robot.interact(() -> app.vm.open(ws));

        app.assertNoProblem();
        Stage question = UiApp.dialog(robot, "Set up this workspace?");
        DialogPane pane = UiApp.pane(question);
        assertThat(pane.getContentText()).startsWith("started.reliefdesk is empty: ReliefDesk was stopped while "
                + "creating it, before anything was saved in it").endsWith("Set it up now?").doesNotContain("not a");
        assertThat(Files.size(ws)).as("nothing written before the answer").isZero();
        Button setUp = (Button) pane.getButtonTypes().stream().filter(b -> b.getText().equals("Set it up"))
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.clickOn(setUp);

        app.assertNoProblem();
        assertThat(app.vm.session()).as("open").isNotNull();
        assertThat(app.vm.session().path()).isEqualTo(ws);
        assertThat(robot.lookup("#workspace-tabs").tryQuery()).isPresent();
        Stage notice = UiApp.dialog(robot, "Opened started.reliefdesk");
        assertThat(UiApp.pane(notice).getContentText()).startsWith("started.reliefdesk was an empty file")
                .endsWith("it has been set up as a new, empty workspace.");
        robot.clickOn(UiApp.pane(notice).lookupButton(ButtonType.OK));
    }

    @Test
    void anEmptyWorkspaceIsLeftAloneWhenTheUserSaysNo(FxRobot robot) throws Exception {
        Path ws = Files.createFile(app.folder.resolve("leave.reliefdesk"));
        robot.interact(() -> app.vm.open(ws));
        Stage question = UiApp.dialog(robot, "Set up this workspace?");
        robot.clickOn(UiApp.pane(question).lookupButton(ButtonType.CANCEL));

        app.assertNoProblem();
        assertThat(app.vm.session()).isNull();
        assertThat(Files.size(ws)).isZero();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("leave.reliefdesk is "
                + "empty: its creation was interrupted");
    }
}
