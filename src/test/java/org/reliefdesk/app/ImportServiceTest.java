package org.reliefdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.HistoryRepository;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports are all-or-nothing and never twice (issue 2, "Workspace"). */
final class ImportServiceTest {
    @TempDir
    Path dir;
    private Services services;
    private Workspace workspace;

    @BeforeEach
    void open() {
        services = new Services(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC), "tester");
        workspace = Workspace.create(dir.resolve("w.reliefdesk"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCancelledImportLeavesNoTraceAndCanBeRepeated() throws IOException {
        Path file = generate("big.csv", 3000, 1);
        Cancellation cancel = new Cancellation();
        Progress cancelOnStart = new RecordingProgress() {
            @Override
            public void begin(String stage, long total) {
                if (stage.startsWith("Importing")) {
                    cancel.cancel();
                }
            }
        };
        assertThatThrownBy(() -> services.imports().importFiles(workspace, List.of(file), cancelOnStart, cancel))
                .isInstanceOf(CancellationException.class);
        assertThat(new ImportRepository(workspace).batches()).isEmpty();
        assertThat(new HistoryRepository(workspace).partCount()).isZero();
        assertThat(new AuditRepository(workspace).entries()).isEmpty();

        List<ImportService.FileOutcome> again = services.imports().importFiles(workspace, List.of(file),
                Progress.NONE, new Cancellation());
        assertThat(again).singleElement().isInstanceOfSatisfying(ImportService.Imported.class,
                i -> assertThat(i.batch().rowsAccepted()).isEqualTo(3000));
    }

    @Test
    void theSameFileUnderAnyNameIsImportedOnce() throws IOException {
        Path file = generate("county.csv", 120, 2);
        Path copy = Files.copy(file, dir.resolve("renamed copy.csv"));
        List<ImportService.FileOutcome> outcomes = services.imports().importFiles(workspace,
                List.of(file, file, copy), Progress.NONE, new Cancellation());
        assertThat(outcomes.get(0)).isInstanceOf(ImportService.Imported.class);
        assertThat(outcomes.subList(1, 3)).allSatisfy(o -> assertThat(o)
                .isInstanceOfSatisfying(ImportService.Duplicate.class, d -> {
                    assertThat(d.existing().fileName()).isEqualTo("county.csv");
                    assertThat(d.existing().importedAt()).isEqualTo("2024-05-06T07:08:09Z");
                }));
        assertThat(new ImportRepository(workspace).batches()).hasSize(1);

        List<ImportService.FileOutcome> later = services.imports().importFiles(workspace, List.of(copy),
                Progress.NONE, new Cancellation());
        assertThat(later).singleElement().isInstanceOf(ImportService.Duplicate.class);
        assertThat(new ImportRepository(workspace).batches()).hasSize(1);
    }

    @Test
    void anUnusablePathIsReportedAndTheOthersGoOn() throws IOException {
        Path good = generate("good.csv", 30, 3);
        Path missing = dir.resolve("missing.csv");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        List<ImportService.FileOutcome> outcomes = services.imports().importFiles(workspace,
                List.of(missing, empty, dir, good), Progress.NONE, new Cancellation());
        assertThat(outcomes).hasSize(4);
        assertThat(((ImportService.Unusable) outcomes.get(0)).message()).contains("missing.csv")
                .contains("does not exist");
        assertThat(((ImportService.Unusable) outcomes.get(1)).message()).contains("empty.csv").contains("empty");
        assertThat(((ImportService.Unusable) outcomes.get(2)).message()).contains("folder");
        assertThat(outcomes.get(3)).isInstanceOf(ImportService.Imported.class);
    }

    @Test
    void recordsTheImportInTheAuditLogWithoutPersonalData() throws IOException {
        Path file = generate("county.csv", 40, 4);
        services.imports().importFiles(workspace, List.of(file), Progress.NONE, new Cancellation());
        assertThat(new AuditRepository(workspace).entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("import");
            assertThat(e.user()).isEqualTo("tester");
            assertThat(e.at()).isEqualTo("2024-05-06T07:08:09Z");
            assertThat(e.detail()).as("counts and hash only, no name or identifier")
                    .matches("county\\.csv: 40 rows accepted, 0 set aside, SHA-256 [0-9a-f]{64}");
        });
    }

    private Path generate(String name, long rows, long seed) throws IOException {
        return services.testData().generate(dir.resolve(name), "SACRAMENTO", rows, seed, Progress.NONE).file();
    }

    /** A progress that ignores everything unless overridden. */
    private static class RecordingProgress implements Progress {
        @Override
        public void begin(String stage, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void warn(String message) {
        }
    }
}
