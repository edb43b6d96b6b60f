package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's backup limits reach the backups through the services (no global setting): by count and by size. */
final class BackupSettingsTest {
    private static final RunSettings SETTINGS = new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(),
            "SACRAMENTO", RunSettings.DEFAULT_COMPUTE_AT);
    @TempDir
    Path dir;

    @Test
    void aCountOfTwoKeepsTheTwoNewest() throws Exception {
        List<BackupService.Backup> kept = reEvaluateFourTimes(new BackupSettings(2, 10_240));
        assertThat(kept).hasSize(2);
    }

    @Test
    void aTotalOfOneMegabyteKeepsOnlyTheNewest() throws Exception {
        List<BackupService.Backup> kept = reEvaluateFourTimes(new BackupSettings(5, 1));
        assertThat(kept).singleElement().satisfies(b -> assertThat(b.bytes()).isGreaterThan(1 << 20));
    }

    @Test
    void theDefaultsKeepFive() throws Exception {
        assertThat(BackupSettings.DEFAULT).isEqualTo(new BackupSettings(5, 10_240));
        assertThat(reEvaluateFourTimes(BackupSettings.DEFAULT)).hasSize(4);
    }

    private List<BackupService.Backup> reEvaluateFourTimes(BackupSettings limits) throws Exception {
        Services services = new Services(Clock.systemUTC(), "tester", limits);
        Path ws = dir.resolve("w.reliefdesk");
        Path input = services.testData().generate(dir.resolve("in.csv"), "SACRAMENTO", 2_000, 5, Progress.NONE)
                .file();
        try (WorkspaceSession s = services.workspaces().create(ws)) {
            s.importFiles(List.of(input), Progress.NONE, new Cancellation());
            for (int i = 0; i < 5; i++) {
                s.evaluate(SETTINGS, Progress.NONE, new Cancellation()); // the first has nothing to back up
            }
        }
        List<BackupService.Backup> kept = services.backups().list(ws);
        assertThat(kept).allSatisfy(b -> assertThat(b.before()).isEqualTo("evaluation"));
        return kept;
    }
}
