package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.history.SubjectInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workspace that fills up mid-transaction (SQLITE_FULL, here from SQLite's page limit so that no real disk has to
 * fill; {@code DiskFullTest} fills a real one): the message says the disk is full and that nothing was changed, not
 * the driver's "cannot commit - no transaction is active"; the connection stays usable and no journal is left.
 */
final class FullWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aTransactionThatFillsTheWorkspaceSaysTheDiskIsFullAndChangesNothing() throws Exception {
        Path file = dir.resolve("w.reliefdesk");
        try (Workspace w = Workspace.create(file)) {
            w.setInfo("county", "SACRAMENTO");
            long pages = w.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            w.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + (pages + 24)); // 1.5 MB of room
                }
                return null;
            });
            ImportRepository repo = new ImportRepository(w);
            Random random = new Random(7);
            assertThatThrownBy(() -> repo.write(StoreFixtures.start("big.csv"), writer -> {
                for (int i = 0; i < 20_000; i++) {
                    DojRecord r = StoreFixtures.record("big.csv", i + 2, Map.of(DojColumn.SUBJECT_ID, "S" + i,
                            DojColumn.PRI_NAME, "DOE,JANE", DojColumn.COMMENT_TEXT, noise(random, 400)));
                    writer.startPart(SubjectInfo.of(r), "", "", "");
                    writer.row(r, ImportRepository.prepare(r));
                    writer.endPart();
                }
                return StoreFixtures.end(StoreFixtures.SHA_A, 20_000, 0);
            })).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is full")
                    .hasMessageContaining("Nothing was changed")
                    .hasMessageNotContaining("no transaction is active");

            assertThat(Files.exists(InterruptedChange.journal(file))).as("no journal left behind").isFalse();
            assertThat(repo.batches()).as("nothing of the import").isEmpty();
            w.setInfo("after", "still usable");
            assertThat(w.info("after")).isEqualTo("still usable");
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.integrityCheck()).isEqualTo("ok");
            assertThat(w.count("source_block")).isZero();
            assertThat(w.count("subject")).isZero();
            assertThat(w.info("county")).isEqualTo("SACRAMENTO");
            assertThat(w.notes()).as("nothing was left to undo").isEmpty();
        }
    }

    private static String noise(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('A' + random.nextInt(26)));
        }
        return b.toString();
    }
}
