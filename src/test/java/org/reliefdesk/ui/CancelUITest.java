package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production background runner and the Cancel button of the progress pane: an evaluation cancelled from the
 * window stores no run, the window says nothing was changed, and the workspace stays usable. The worker is held
 * by a job ahead of the evaluation until Cancel has been clicked, so the click never races the work.
 */
@ExtendWith(ApplicationExtension.class)
final class CancelUITest {
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
            "SACRAMENTO", RunSettings.DEFAULT_COMPUTE_AT);
    @TempDir
    static Path dir;
    private static Path workspace;
    private UiApp app;

    @BeforeAll
    static void workspaceWithARun() throws Exception {
        Services services = UiFixtures.services();
        Path input = UiFixtures.dojFile(dir.resolve("in.csv"), "SACRAMENTO", 3_000, 4);
        workspace = dir.resolve("w.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(workspace)) {
            s.setCounty("SACRAMENTO");
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            s.evaluate(SETTINGS, Progress.NONE, new Cancellation());
        }
    }

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir, new BackgroundTaskRunner());
    }

    @Test
    void cancellingAnEvaluationWithTheCancelButtonStoresNoRun(FxRobot robot) throws Exception {
        robot.interact(() -> app.vm.open(workspace));
        waitUntilIdle();
        assertThat(app.vm.runs()).hasSize(1);
        long auditEntries = app.vm.session().verifyAudit().entries();

        CountDownLatch gate = new CountDownLatch(1);
        robot.interact(() -> app.vm.runner().start("Holding the worker", (p, c) -> {
            gate.await();
            return null;
        }, x -> { }, e -> { }));
        robot.interact(() -> app.vm.evaluate(SETTINGS));
        Job job = app.vm.jobProperty().get();
        assertThat(job.titleProperty().get()).isEqualTo("Evaluating convictions");
        Button cancel = robot.lookup("#job-cancel").queryAs(Button.class);
        assertThat(cancel.isVisible()).as("the progress pane shows").isTrue();
        robot.clickOn(cancel);
        assertThat(job.stageProperty().get()).isEqualTo("Cancelling…");
        gate.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !job.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        app.assertNoProblem();
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .isEqualTo("Cancelled: nothing was changed");
        assertThat(app.vm.runs()).hasSize(1);
        assertThat(app.vm.session().runs()).as("no run stored").hasSize(1);
        assertThat(app.vm.session().verifyAudit().entries()).as("nothing recorded").isEqualTo(auditEntries);

        // the workspace goes on: the same evaluation, not cancelled, stores its run
        robot.interact(() -> app.vm.evaluate(SETTINGS));
        waitUntilIdle();
        app.assertNoProblem();
        assertThat(app.vm.runs()).hasSize(2);
        robot.interact(app.vm::closeWorkspace);
        waitUntilIdle();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            // work the window started in turn (open, read runs, check the audit trail) runs on the one worker
            CountDownLatch done = new CountDownLatch(1);
            WaitForAsyncUtils.asyncFx(() -> app.vm.runner().start("Probe", (p, c) -> null, x -> done.countDown(),
                    e -> done.countDown()));
            return done.await(30, TimeUnit.SECONDS) && !app.vm.isBusy();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
