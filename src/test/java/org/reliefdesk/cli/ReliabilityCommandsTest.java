package org.reliefdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.TestDataService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backups}, {@code restore} and {@code verify-audit} on a workspace made by {@code run}. */
final class ReliabilityCommandsTest {
    @TempDir
    Path dir;

    @Test
    void listsRestoresAndVerifies() throws Exception {
        Path ws = dir.resolve("w.reliefdesk");
        for (String name : List.of("a.csv", "b.csv")) {
            Path in = new TestDataService().generate(dir.resolve(name), "SACRAMENTO", 300, name.hashCode(),
                    Progress.NONE).file();
            CliRun r = CliRun.of("run", "--input-doj", in.toString(), "--county", "SACRAMENTO", "--compute-at",
                    "2020-07-01", "--preset", "bear-default", "--outputs", dir.resolve("out-" + name).toString(),
                    "--workspace", ws.toString(), "--quiet");
            assertThat(r.code()).as(r.err()).isZero();
        }
        CliRun list = CliRun.of("backups", "--workspace", ws.toString());
        assertThat(list.code()).isZero();
        List<String> lines = list.out().lines().toList();
        // the second run's evaluation follows its import: the backup before the import is the command's one backup
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("ID").contains("BEFORE");
        assertThat(lines.get(1)).endsWith("import");
        String beforeSecondImport = lines.get(1).split("\\s+")[0];

        CliRun ok = CliRun.of("verify-audit", "--workspace", ws.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("OK: Audit trail verified: 4 entries." + System.lineSeparator());

        CliRun restored = CliRun.of("restore", "--workspace", ws.toString(), "--backup", beforeSecondImport);
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored w.reliefdesk from the backup taken").contains("before the import")
                .contains("kept as backup");
        CliRun after = CliRun.of("verify-audit", "--workspace", ws.toString());
        assertThat(after.out()).as("import, evaluate, then the restore").contains("3 entries");
        assertThat(CliRun.of("backups", "--workspace", ws.toString()).out()).contains("restore (the workspace as it "
                + "was before)");

        CliRun unknown = CliRun.of("restore", "--workspace", ws.toString(), "--backup", "no-such-backup");
        assertThat(unknown.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(unknown.err()).contains("There is no backup \"no-such-backup\" of w.reliefdesk");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET user_name = 'someone else' WHERE id = 2");
        }
        CliRun broken = CliRun.of("verify-audit", "--workspace", ws.toString());
        assertThat(broken.code()).isEqualTo(ReliefDeskCli.TAMPERED);
        assertThat(broken.err()).startsWith("BROKEN: Audit trail broken in the audit log at entry 2 (");
    }

    @Test
    void verifyAuditRefusesAFileThatIsNotAWorkspace() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.reliefdesk"), "not a database");
        CliRun r = CliRun.of("verify-audit", "--workspace", notes.toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(r.error()).contains("notes.reliefdesk is not a ReliefDesk workspace");
        assertThat(CliRun.of("backups", "--workspace", notes.toString()).out()).startsWith("No backups of "
                + "notes.reliefdesk yet");
    }
}
