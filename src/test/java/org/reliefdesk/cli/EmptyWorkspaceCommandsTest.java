package org.reliefdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.TestDataService;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: a workspace left empty by a kill before its first transaction is not "not a workspace": each command
 * says what it found, sets it up as a new, empty workspace, and goes on.
 */
final class EmptyWorkspaceCommandsTest {
    private static final String NOTE = "Note: e.reliefdesk was an empty file (a workspace whose creation was "
            + "interrupted before anything was saved in it, or a new empty file); it has been set up as a new, empty "
            + "workspace.";
    @TempDir
    Path dir;

    @Test
    void verifyAuditSetsItUpAndFindsNothingToFault() throws Exception {
        Path ws = Files.createFile(dir.resolve("e.reliefdesk"));
        CliRun r = CliRun.of("verify-audit", "--workspace", ws.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(NOTE).doesNotContain("not a");
        assertThat(r.out()).isEqualTo("OK: Audit trail verified: 0 entries." + System.lineSeparator());
        assertThat(Files.size(ws)).isPositive();
        assertThat(CliRun.of("verify-audit", "--workspace", ws.toString()).err()).as("once").doesNotContain("Note:");
    }

    @Test
    void backupsAndExportSetItUpAndSayWhatItHolds() throws Exception {
        Path ws = Files.createFile(dir.resolve("e.reliefdesk"));
        CliRun backups = CliRun.of("backups", "--workspace", ws.toString());
        assertThat(backups.code()).isZero();
        assertThat(backups.err()).contains(NOTE);
        assertThat(backups.out()).startsWith("No backups of e.reliefdesk yet");

        Path other = Files.createFile(dir.resolve("other.reliefdesk"));
        CliRun export = CliRun.of("export", "--workspace", other.toString(), "--xlsx", dir.resolve("x.xlsx").toString());
        assertThat(export.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(export.err()).contains(NOTE.replace("e.reliefdesk", "other.reliefdesk"))
                .contains("has no evaluation run yet");
    }

    @Test
    void runContinuesIt() throws Exception {
        Path ws = Files.createFile(dir.resolve("e.reliefdesk"));
        Path in = new TestDataService().generate(dir.resolve("in.csv"), "SACRAMENTO", 300, 1, Progress.NONE).file();
        CliRun r = CliRun.of("run", "--input-doj", in.toString(), "--county", "SACRAMENTO", "--compute-at",
                "2020-07-01", "--preset", "bear-default", "--outputs", dir.resolve("out").toString(), "--workspace",
                ws.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains(NOTE);
        assertThat(r.out()).contains("Imported in.csv: 300 rows read");
    }
}
