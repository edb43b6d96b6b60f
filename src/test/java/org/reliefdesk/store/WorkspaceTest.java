package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class WorkspaceTest {
    private static final List<String> TABLES = List.of("workspace_info", "import_batch", "source_block",
            "rejected_row", "subject", "subject_part", "conviction", "evaluation_run", "decision", "override_entry",
            "audit_log");

    @TempDir
    Path dir;

    @Test
    void createsAFreshWorkspaceAtTheCurrentSchemaVersion() {
        Path file = dir.resolve("nested/folder/county.reliefdesk");
        try (Workspace w = Workspace.create(file)) {
            assertThat(StoreFixtures.userVersion(w)).isEqualTo(Workspace.SCHEMA_VERSION);
            assertThat(w.info("format")).isEqualTo("reliefdesk-workspace");
            for (String table : TABLES) {
                assertThat(StoreFixtures.count(w, table)).as(table).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void migratesAnEmptyFileFromVersionZero() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.reliefdesk"));
        try (Workspace w = Workspace.openOrCreate(file)) {
            assertThat(StoreFixtures.userVersion(w)).isEqualTo(Workspace.SCHEMA_VERSION);
            assertThat(w.info("format")).isEqualTo("reliefdesk-workspace");
        }
    }

    @Test
    void reopensAWorkspaceWithItsContent() {
        Path file = dir.resolve("w.reliefdesk");
        try (Workspace w = Workspace.openOrCreate(file)) {
            new AuditRepository(w).append("2024-01-01T00:00:00Z", "tester", "import", "a.csv: 3 rows");
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(StoreFixtures.userVersion(w)).isEqualTo(Workspace.SCHEMA_VERSION);
            assertThat(new AuditRepository(w).entries()).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("a.csv: 3 rows"));
        }
        try (Workspace w = Workspace.openOrCreate(file)) {
            assertThat(new AuditRepository(w).entries()).hasSize(1);
        }
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.reliefdesk"), "keep me");
        assertThatThrownBy(() -> Workspace.create(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("taken.reliefdesk").hasMessageContaining("already exists");
        assertThat(file).hasContent("keep me");
    }

    @Test
    void refusesATextFileAndLeavesItUnchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.reliefdesk"), "Dear DA,\nthis is not a database.\n");
        assertRefusedUnchanged(file, "notes.reliefdesk", "not a ReliefDesk workspace");
    }

    @Test
    void refusesABinaryFileAndLeavesItUnchanged() throws IOException {
        byte[] png = new byte[600];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        for (int i = magic.length; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("photo.png"), png);
        assertRefusedUnchanged(file, "photo.png", "not a ReliefDesk workspace");
    }

    @Test
    void refusesAnUnrelatedSqliteDatabaseAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("inventory.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
            s.executeUpdate("INSERT INTO item (name) VALUES ('stapler')");
        }
        assertRefusedUnchanged(file, "inventory.db", "not a ReliefDesk workspace");
    }

    @Test
    void refusesAnUnrelatedWalModeDatabaseAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.executeUpdate("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)");
            s.executeUpdate("INSERT INTO item (name) VALUES ('stapler')");
        }
        assertRefusedUnchanged(file, "wal.db", "not a ReliefDesk workspace");
    }

    @Test
    void refusesAWorkspaceWrittenByANewerVersion() throws Exception {
        Path file = dir.resolve("future.reliefdesk");
        try (Workspace w = Workspace.create(file)) {
            StoreFixtures.execute(w, "PRAGMA user_version = 99");
        }
        assertRefusedUnchanged(file, "future.reliefdesk", "newer version");
        assertThatThrownBy(() -> Workspace.open(file)).hasMessageContaining("99");
    }

    @Test
    void refusesAMissingFileOnOpen() {
        assertThatThrownBy(() -> Workspace.open(dir.resolve("nowhere.reliefdesk")))
                .isInstanceOf(StoreException.class).hasMessageContaining("nowhere.reliefdesk");
        assertThat(dir.resolve("nowhere.reliefdesk")).doesNotExist();
    }

    @Test
    void auditLogRefusesUpdateAndDelete() {
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            AuditRepository audit = new AuditRepository(w);
            audit.append("2024-01-01T00:00:00Z", "tester", "import", "original");
            assertThatThrownBy(() -> StoreFixtures.execute(w, "UPDATE audit_log SET detail = 'changed'"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> StoreFixtures.execute(w, "DELETE FROM audit_log"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThat(audit.entries()).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("original"));
            audit.append("2024-01-01T00:00:01Z", "tester", "evaluate", "still appends");
            assertThat(audit.entries()).hasSize(2);
        }
    }

    @Test
    void overridesRefuseUpdateAndDelete() {
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            StoreFixtures.execute(w, "INSERT INTO override_entry (subject_id, count_order, outcome, reason,"
                    + " user_name, created_at) VALUES ('1', '001002001000', 'DISMISS', 'court order', 'da',"
                    + " '2024-01-01T00:00:00Z')");
            assertThatThrownBy(() -> StoreFixtures.execute(w, "UPDATE override_entry SET outcome = 'REDUCE'"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> StoreFixtures.execute(w, "DELETE FROM override_entry WHERE id = 1"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThat(StoreFixtures.count(w, "override_entry WHERE outcome = 'DISMISS'")).isEqualTo(1);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            assertThatThrownBy(() -> w.inTransaction(c -> {
                new AuditRepository(w).append("2024-01-01T00:00:00Z", "tester", "import", "half");
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            assertThat(new AuditRepository(w).entries()).isEmpty();
        }
    }

    private static void assertRefusedUnchanged(Path file, String name, String meaning) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<String> siblingsBefore = siblings(file);
        assertThatThrownBy(() -> Workspace.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(name).hasMessageContaining(meaning);
        assertThatThrownBy(() -> Workspace.openOrCreate(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(name).hasMessageContaining(meaning);
        assertThat(Arrays.mismatch(Files.readAllBytes(file), before)).as("first changed byte of " + name)
                .isEqualTo(-1);
        assertThat(siblings(file)).as("files beside " + name).isEqualTo(siblingsBefore);
    }

    private static List<String> siblings(Path file) throws IOException {
        try (var s = Files.list(file.getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

}
