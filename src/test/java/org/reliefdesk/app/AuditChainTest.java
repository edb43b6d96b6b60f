package org.reliefdesk.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log, overrides and review marks are chained by SHA-256: each way an attacker with plain SQL could alter
 * them (edit, delete, insert, reorder, after dropping the append-only triggers) is detected at the right entry; a
 * workspace from before the chain gets it when first opened.
 */
final class AuditChainTest {
    private static final String COUNTY = "SACRAMENTO";
    @TempDir
    Path dir;
    private Services services;
    private Path file;

    /** A workspace with 5+ audit entries, 4 overrides and 3 review marks made the way the app makes them. */
    @BeforeEach
    void createWorkspaceWithEntries() throws IOException {
        services = new Services(Clock.systemUTC(), "tester");
        file = dir.resolve("county.reliefdesk");
        try (WorkspaceSession s = services.workspaces().create(file)) {
            s.setCounty(COUNTY);
            Path doj = services.testData().generate(dir.resolve("doj.csv"), COUNTY, 600, 3, Progress.NONE).file();
            s.importFiles(List.of(doj), Progress.NONE, new Cancellation());
            int run = s.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                    RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation()).run().id();
            List<CaseRow> rows = s.cases(run);
            assertThat(rows.size()).isGreaterThanOrEqualTo(4);
            for (int i = 0; i < 4; i++) {
                s.override(run, rows.get(i), Outcome.NEEDS_REVIEW, "reason " + i, "attorney");
            }
            for (int i = 0; i < 3; i++) {
                s.markReviewed(rows.get(i), true, "paralegal");
            }
            s.revealIdentifiers(rows.get(0).subjectId(), "attorney");
        }
    }

    @Test
    void anUntouchedWorkspaceVerifies() {
        AuditCheck check = services.audit().verify(file);
        assertThat(check.intact()).isTrue();
        // import, evaluate, 4 overrides (each audited), reveal = 7 audit entries; 4 overrides; 3 review marks
        assertThat(check.entries()).isEqualTo(7 + 4 + 3);
        assertThat(check.summary()).isEqualTo("Audit trail verified: 14 entries");
    }

    private record Tamper(String name, String list, long entry, String... sql) {
    }

    @Test
    void everyKindOfTamperingWithPlainSqlIsDetectedAtTheRightEntry() throws Exception {
        List<Tamper> cases = List.of(
                new Tamper("edit an audit entry's detail", "audit log", 3,
                        "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET detail = 'nothing' WHERE id = 3"),
                new Tamper("edit the time of the first audit entry", "audit log", 1,
                        "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET at = '2001-01-01T00:00:00Z' "
                        + "WHERE id = 1"),
                new Tamper("edit an override's outcome", "overrides", 2,
                        "DROP TRIGGER override_entry_no_update",
                        "UPDATE override_entry SET outcome = 'DISMISS' WHERE id = 2"),
                new Tamper("edit a review mark", "review marks", 2,
                        "DROP TRIGGER review_mark_no_update", "UPDATE review_mark SET reviewed = 0 WHERE id = 2"),
                new Tamper("delete an audit entry in the middle", "audit log", 4,
                        "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 3"),
                new Tamper("delete the newest override", "overrides", 3,
                        "DROP TRIGGER override_entry_no_delete", "DELETE FROM override_entry WHERE id = 4"),
                new Tamper("delete every review mark", "review marks", 0,
                        "DROP TRIGGER review_mark_no_delete", "DELETE FROM review_mark"),
                new Tamper("insert a forged override at the end", "overrides", 5,
                        "INSERT INTO override_entry (id, subject_id, count_order, outcome, reason, user_name, "
                        + "created_at, run_id, hash) SELECT 5, subject_id, count_order, 'DISMISS', 'forged', "
                        + "user_name, created_at, run_id, hash FROM override_entry WHERE id = 4"),
                new Tamper("insert a forged audit entry in a gap", "audit log", 3,
                        "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE id = 3",
                        "INSERT INTO audit_log (id, at, user_name, action, detail, hash) VALUES (3, "
                        + "'2024-01-01T00:00:00Z', 'someone', 'override', 'forged', '" + "0".repeat(64) + "')"),
                new Tamper("swap two overrides (reorder)", "overrides", 1,
                        "DROP TRIGGER override_entry_no_update",
                        "UPDATE override_entry SET id = 100 WHERE id = 1",
                        "UPDATE override_entry SET id = 1 WHERE id = 2",
                        "UPDATE override_entry SET id = 2 WHERE id = 100"),
                new Tamper("blank the newest audit entry's hash", "audit log", 7,
                        "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET hash = NULL WHERE id = 7"),
                new Tamper("change who made a review mark", "review marks", 1,
                        "DROP TRIGGER review_mark_no_update",
                        "UPDATE review_mark SET user_name = 'someone else' WHERE id = 1"));
        int detected = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Tamper t = cases.get(i);
            Path copy = dir.resolve("tampered-" + i + ".reliefdesk");
            Files.copy(file, copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                for (String sql : t.sql()) {
                    s.execute(sql);
                }
            }
            AuditCheck check = services.audit().verify(copy);
            if (!check.intact() && check.brokenList().equals(t.list()) && check.brokenEntry() == t.entry()) {
                detected++;
            } else {
                missed.add(t.name() + ": " + check.summary());
            }
        }
        System.out.println("tamper cases detected " + detected + " of " + cases.size());
        assertThat(missed).as("tamper cases not detected at the right entry").isEmpty();
        assertThat(detected).isEqualTo(cases.size());
    }

    @Test
    void aWorkspaceFromBeforeTheChainIsBackedUpAndChainedWhenFirstOpened() throws Exception {
        Path old = dir.resolve("old.reliefdesk");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.executeUpdate(resource("V001__workspace.sql"));
            s.executeUpdate(resource("V002__review_marks.sql"));
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO workspace_info VALUES ('format', 'reliefdesk-workspace')");
            s.execute("INSERT INTO audit_log (at, user_name, action, detail) VALUES ('2023-01-01T00:00:00Z', 'maria', "
                    + "'import', 'a.csv: 10 rows'), ('2023-01-02T00:00:00Z', 'maria', 'evaluate', 'default mode')");
            s.execute("INSERT INTO override_entry (subject_id, count_order, outcome, reason, user_name, created_at, "
                    + "run_id) VALUES ('7', '001001001000', 'DISMISS', 'court order', 'maria', '2023-01-03T00:00:00Z', "
                    + "NULL), ('7', '001001001000', 'REDUCE', 'changed', 'maria', '2023-01-04T00:00:00Z', 1)");
            s.execute("INSERT INTO review_mark (subject_id, count_order, reviewed, user_name, created_at) VALUES "
                    + "('7', '001001001000', 1, 'maria', '2023-01-05T00:00:00Z')");
        }
        try (WorkspaceSession s = services.workspaces().open(old)) {
            assertThat(s.verifyAudit().summary()).isEqualTo("Audit trail verified: 5 entries");
            s.markReviewed(new CaseRow(1, "7", "001001001000", "", "", "", "", "", "", "", "", Outcome.DISMISS, "",
                    "", "", null, null, false, "", "", "DOJ"), false, "maria");
            assertThat(s.verifyAudit().entries()).isEqualTo(6);
        }
        List<BackupService.Backup> backups = services.backups().list(old);
        assertThat(backups).singleElement().extracting(BackupService.Backup::before).isEqualTo("upgrade");
        Path backup = dir.resolve("old.reliefdesk.backups").resolve(backups.get(0).id() + ".reliefdesk");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the backup is the workspace as it was").isEqualTo(2);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AuditChainTest.class.getResourceAsStream("/db/migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
