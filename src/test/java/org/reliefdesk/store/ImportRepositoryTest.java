package org.reliefdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.EncodedRow;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.SubjectInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class ImportRepositoryTest {
    private static final List<String> IMPORT_TABLES = List.of("import_batch", "source_block", "subject_part",
            "subject", "rejected_row");

    @TempDir
    Path dir;
    private Workspace workspace;
    private ImportRepository imports;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("w.reliefdesk"));
        imports = new ImportRepository(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aFailingImportLeavesNoTrace() {
        long[] seenInsideTheTransaction = new long[IMPORT_TABLES.size()];
        assertThatThrownBy(() -> imports.write(StoreFixtures.start("half.csv"), w -> {
            writeSubjects(w, "half.csv", 2100, 2100);
            for (int i = 0; i < IMPORT_TABLES.size(); i++) {
                seenInsideTheTransaction[i] = StoreFixtures.count(workspace, IMPORT_TABLES.get(i));
            }
            throw new IOException("the disk went away");
        })).isInstanceOf(IOException.class).hasMessage("the disk went away");

        assertThat(seenInsideTheTransaction).as("rows were written before the failure").doesNotContain(0L);
        for (String table : IMPORT_TABLES) {
            assertThat(StoreFixtures.count(workspace, table)).as(table).isZero();
        }
        assertThat(imports.batches()).isEmpty();
    }

    @Test
    void aRuntimeFailureInsideTheWorkAlsoLeavesNoTrace() {
        assertThatThrownBy(() -> imports.write(StoreFixtures.start("half.csv"), w -> {
            writeSubjects(w, "half.csv", 10, 5);
            throw new IllegalStateException("reader crashed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("reader crashed");
        for (String table : IMPORT_TABLES) {
            assertThat(StoreFixtures.count(workspace, table)).as(table).isZero();
        }
    }

    @Test
    void storesABatchWithItsCounts() throws Exception {
        ImportBatch batch = imports.write(StoreFixtures.start("good.csv"), w -> {
            writeSubjects(w, "good.csv", 3, 1);
            return StoreFixtures.end(StoreFixtures.SHA_A, 3, 1);
        });
        assertThat(batch.fileName()).isEqualTo("good.csv");
        assertThat(batch.sha256()).isEqualTo(StoreFixtures.SHA_A);
        assertThat(batch.rowsRead()).isEqualTo(4);
        assertThat(batch.rowsAccepted()).isEqualTo(3);
        assertThat(batch.rowsRejected()).isEqualTo(1);
        assertThat(imports.findBySha(StoreFixtures.SHA_A)).contains(batch);
        assertThat(imports.findByFingerprint(1234, "f".repeat(64))).containsExactly(batch);
        assertThat(StoreFixtures.count(workspace, "subject_part")).isEqualTo(3);
        assertThat(StoreFixtures.count(workspace, "conviction")).as("listed by the first evaluation").isZero();
        assertThat(StoreFixtures.count(workspace, "rejected_row")).isEqualTo(1);
    }

    @Test
    void refusesASecondImportOfTheSameFileNamingTheFirst() throws Exception {
        imports.write(StoreFixtures.start("county-2019.dat"), w -> {
            writeSubjects(w, "county-2019.dat", 2, 0);
            return StoreFixtures.end(StoreFixtures.SHA_A, 2, 0);
        });
        assertThatThrownBy(() -> imports.write(StoreFixtures.start("copy-of-county.dat"), w -> {
            writeSubjects(w, "copy-of-county.dat", 2, 0);
            return StoreFixtures.end(StoreFixtures.SHA_A, 2, 0);
        })).isInstanceOfSatisfying(DuplicateFileException.class, e -> {
            assertThat(e.getMessage()).contains("already in the workspace").contains("county-2019.dat")
                    .contains("2024-01-02T03:04:06Z");
            assertThat(e.existing().fileName()).isEqualTo("county-2019.dat");
        });
        assertThat(imports.batches()).singleElement()
                .satisfies(b -> assertThat(b.fileName()).isEqualTo("county-2019.dat"));
        assertThat(StoreFixtures.count(workspace, "subject_part")).isEqualTo(2);
        assertThat(StoreFixtures.count(workspace, "source_block")).isEqualTo(1);
    }

    @Test
    void givesBackEveryStoredFieldExactly() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(fields("1", "  padded both  ", "SKYWALKER,LUKE S", "say \"hi\"", "MÜLLER,ZOË 東京 😀", "",
                "          ", "NULL", "line\nbreak", "cr\r\nlf", "x       ", "\tlead tab", "\u00A0nbsp ", ",", "\""));
        rows.add(fields("2", "-1.5", "=HYPERLINK(\"x\")", "é", " ", "trailing\u3000", "a b c   ", "\\.", "",
                "", "", "", "", "", ""));
        for (int i = 3; i <= 2500; i++) {
            rows.add(fields(Integer.toString(i), "row " + i + "   ", "NAME,N" + i, "", "", "", "", "", "", "", "",
                    "", "", "", ""));
        }
        ImportBatch batch = imports.write(StoreFixtures.start("exact.csv"), w -> {
            for (int i = 0; i < rows.size(); i++) {
                DojRecord r = new DojRecord("exact.csv", 10L + 2 * i, rows.get(i));
                w.startPart(SubjectInfo.of(r), "", "", "");
                w.row(r, ImportRepository.prepare(r));
                w.endPart();
            }
            return StoreFixtures.end(StoreFixtures.SHA_A, rows.size(), 0);
        });
        SourceRepository sources = new SourceRepository(workspace);
        List<String[]> back = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        sources.forEachRow(batch.id(), r -> {
            back.add(fieldsOf(r));
            lines.add(r.line());
            indexes.add(r.rowIndex());
        });
        assertThat(back).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.get(i)).as("row %d", i).containsExactly(rows.get(i));
            assertThat(lines.get(i)).isEqualTo(10L + 2 * i);
            assertThat(indexes.get(i)).isEqualTo((long) i);
        }
        assertThat(StoreFixtures.count(workspace, "source_block")).as("several blocks").isGreaterThan(1);

        List<String[]> viaBlocks = new ArrayList<>();
        EncodedRow reuse = new EncodedRow();
        sources.forEachBlock(batch.id(), block -> block.forEachRow(reuse, r -> viaBlocks.add(fieldsOf(r))));
        assertThat(viaBlocks).hasSameSizeAs(rows);
        assertThat(viaBlocks.get(0)).containsExactly(rows.get(0));
        assertThat(viaBlocks.get(rows.size() - 1)).containsExactly(rows.get(rows.size() - 1));
    }

    @Test
    void givesBackRejectedRowsByLineWithTheirRawText() throws Exception {
        ImportBatch batch = imports.write(StoreFixtures.start("bad.csv"), w -> {
            w.rejected(new RowProblem("bad.csv", 7, "it has 94 fields instead of 95", "a,b,\"c,  \r"));
            w.rejected(new RowProblem("bad.csv", 3, "its quoting is broken", "MÜLLER,\"x\"y   "));
            return StoreFixtures.end(StoreFixtures.SHA_B, 0, 2);
        });
        List<RowProblem> back = new ArrayList<>();
        new SourceRepository(workspace).forEachRejected(batch.id(), "bad.csv", back::add);
        assertThat(back).containsExactly(
                new RowProblem("bad.csv", 3, "its quoting is broken", "MÜLLER,\"x\"y   "),
                new RowProblem("bad.csv", 7, "it has 94 fields instead of 95", "a,b,\"c,  \r"));
    }

    /** Writes {@code subjects} one-conviction people (rows and parts) and {@code rejected} problems. */
    private static void writeSubjects(ImportRepository.BatchWriter w, String file, int subjects, int rejected) {
        for (int i = 0; i < subjects; i++) {
            DojRecord r = StoreFixtures.convictionRecord(file, i + 2, "S" + i, "001002001000");
            w.startPart(SubjectInfo.of(r), "", "", "");
            w.row(r, ImportRepository.prepare(r));
            w.endPart();
        }
        for (int i = 0; i < rejected; i++) {
            w.rejected(new RowProblem(file, 100_000 + i, "it has 94 fields instead of 95", "x,y"));
        }
    }

    /** A row whose first 15 fields are given (RECORD_ID first), the rest empty. */
    private static String[] fields(String... first) {
        String[] f = new String[DojColumn.COUNT];
        Arrays.fill(f, "");
        System.arraycopy(first, 0, f, 0, first.length);
        f[DojColumn.SUBJECT_ID.index()] = first[0];
        f[DojColumn.END_OF_REC.index()] = "#   ";
        f[DojColumn.COMMENT_TEXT.index()] = "comment, with \"quotes\" and padding" + " ".repeat(180);
        return f;
    }

    private static String[] fieldsOf(EncodedRow r) {
        String[] out = new String[DojColumn.COUNT];
        for (int f = 0; f < DojColumn.COUNT; f++) {
            out[f] = r.field(f);
        }
        return out;
    }
}
