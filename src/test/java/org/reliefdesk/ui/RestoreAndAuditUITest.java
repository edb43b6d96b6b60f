package org.reliefdesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.BackupService;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File › Restore from backup lists the backups (when, before what, size), asks before restoring, and reopens the
 * workspace as it was; the status bar says whether the audit trail verifies, and warns when it was altered.
 */
@ExtendWith(ApplicationExtension.class)
final class RestoreAndAuditUITest {
    @TempDir
    static Path dir;
    private UiApp app;

    @Start
    void start(Stage stage) {
        app = UiApp.show(stage, dir);
    }

    @Test
    void restoresABackupAfterAskingAndReopensTheWorkspaceAsItWas(FxRobot robot) {
        app.openDemo(robot);
        assertThat(app.vm.runs()).hasSize(1);
        robot.interact(() -> app.vm.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.DISMISS_ALL.policy(),
                app.vm.countyProperty().get(), RunSettings.DEFAULT_COMPUTE_AT)));
        assertThat(app.vm.runs()).as("a re-evaluation, preceded by a backup").hasSize(2);

        robot.interact(app.window::restoreBackup);
        Stage dialog = UiApp.dialog(robot, "Restore from backup");
        TableView<BackupService.Backup> table = UiApp.in(robot, dialog, "#restore-backups");
        assertThat(table.getItems()).singleElement().extracting(BackupService.Backup::before).isEqualTo("evaluation");
        assertThat(table.getColumns().get(1).getCellData(0)).isEqualTo("re-evaluation");
        assertThat(String.valueOf(table.getColumns().get(2).getCellData(0))).endsWith(" MB");
        Button ok = UiApp.in(robot, dialog, "#restore-ok");
        assertThat(ok.isDisabled()).as("nothing chosen yet").isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(ok);

        Stage confirm = UiApp.dialog(robot, "Restore this backup?");
        DialogPane pane = UiApp.pane(confirm);
        assertThat(pane.getContentText()).contains("before the re-evaluation").contains("kept as a backup first");
        robot.clickOn(pane.lookupButton(ButtonType.OK));

        app.assertNoProblem();
        assertThat(app.vm.session()).as("reopened").isNotNull();
        assertThat(app.vm.runs()).as("as it was before the re-evaluation").hasSize(1);
        assertThat(app.vm.statusProperty().get()).startsWith("Restored DEMO.reliefdesk from the backup taken before "
                + "the re-evaluation");
        assertThat(app.vm.services().backups().list(app.demoFile())).extracting(BackupService.Backup::before)
                .contains("restore", "evaluation");
        Label audit = robot.lookup("#audit-status").queryAs(Label.class);
        assertThat(audit.getText()).isEqualTo("✔ Audit trail verified");
        assertThat(audit.getTooltip().getText()).startsWith("Audit trail verified: ");
    }

    @Test
    void theStatusBarWarnsWhenTheAuditTrailWasAlteredOutsideTheApp(FxRobot robot) throws Exception {
        app.openDemo(robot);
        Label audit = robot.lookup("#audit-status").queryAs(Label.class);
        assertThat(audit.getText()).isEqualTo("✔ Audit trail verified");
        assertThat(audit.getTooltip().getText()).matches("Audit trail verified: \\d+ entries\\..*");
        assertThat(audit.getStyleClass()).doesNotContain(Styles.ERROR_TEXT);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.demoFile());
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET user_name = 'someone else' WHERE id = 1");
        }
        robot.interact(app.window::verifyAudit);
        assertThat(audit.getText()).isEqualTo("⚠ Audit trail broken (audit log, entry 1)");
        assertThat(audit.getTooltip().getText()).startsWith("Audit trail broken in the audit log at entry 1 (");
        assertThat(audit.getStyleClass()).contains(Styles.ERROR_TEXT);
        app.assertNoProblem();
    }
}
