package org.reliefdesk.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.ImportService;
import org.reliefdesk.doj.DojColumn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The import dialog's logic on a real workspace: the county guess and the report of what was set aside. */
final class ImportViewModelTest {
    private static final int GOOD_ROWS = 300;
    /** Lines 2..301 are the good rows; the bad ones follow. */
    private static final int FIRST_BAD_LINE = GOOD_ROWS + 2;
    @TempDir
    Path dir;
    private MainViewModel main;
    private ImportViewModel vm;
    private final List<MainViewModel.Problem> problems = new ArrayList<>();

    @BeforeEach
    void createWorkspace() {
        main = UiFixtures.viewModel(dir.resolve("demo"), 100);
        main.setOnProblem(problems::add);
        main.create(dir.resolve("county.reliefdesk"));
        assertThat(main.session()).isNotNull();
        vm = new ImportViewModel(main);
    }

    @AfterEach
    void close() {
        main.closeWorkspace();
    }

    @Test
    void groupsTheRowsSetAsideByReasonAndListsEachWithFileAndLine() throws IOException {
        String short94 = UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999"));
        String noSubject = UiFixtures.fields(95, Map.of(DojColumn.PRI_NAME, "NOBODY NOONE"));
        Path file = UiFixtures.dojFile(dir.resolve("sacramento.csv"), "SACRAMENTO", GOOD_ROWS, 5, short94, noSubject,
                short94);

        String report = vm.report(importFiles(List.of(file), "SACRAMENTO"));

        assertThat(report).startsWith("sacramento.csv: imported. 300 rows accepted, 3 set aside.\n");
        assertThat(report).contains("  Set aside, by reason:\n"
                + "    2 × it has 94 fields instead of 95\n"
                + "    1 × it has no SUBJECT_ID, so it cannot be tied to a person\n");
        assertThat(report).contains("  Rows set aside (file, line, reason):\n"
                + "    sacramento.csv, line " + FIRST_BAD_LINE + ": it has 94 fields instead of 95\n"
                + "    sacramento.csv, line " + (FIRST_BAD_LINE + 1) + ": it has no SUBJECT_ID, so it cannot be tied "
                + "to a person\n"
                + "    sacramento.csv, line " + (FIRST_BAD_LINE + 2) + ": it has 94 fields instead of 95\n");
        assertThat(problems).isEmpty();
        assertThat(main.session().county()).contains("SACRAMENTO");
    }

    @Test
    void aCleanFileReportsOnlyItsCounts() throws IOException {
        Path file = UiFixtures.dojFile(dir.resolve("clean.csv"), "SACRAMENTO", 120, 6);
        String report = vm.report(importFiles(List.of(file), "SACRAMENTO"));
        assertThat(report).isEqualTo("clean.csv: imported. 120 rows accepted, 0 set aside.\n");
    }

    @Test
    void reportsADuplicateWithTheDateOfTheFirstImportAndAnUnusableFileWithWhy() throws IOException {
        Path file = UiFixtures.dojFile(dir.resolve("first.csv"), "SACRAMENTO", 50, 7);
        importFiles(List.of(file), "SACRAMENTO");
        Path copy = Files.copy(file, dir.resolve("copy of first.csv"));
        Path empty = Files.createFile(dir.resolve("empty.csv"));

        String report = vm.report(importFiles(List.of(copy, empty), "SACRAMENTO"));

        assertThat(report.lines()).hasSize(2);
        assertThat(report.lines().toList().get(0)).isEqualTo("copy of first.csv: not imported, the same file was "
                + "already imported on " + UiFixtures.NOW + ".");
        assertThat(report.lines().toList().get(1)).startsWith("empty.csv: not imported. ").contains("empty");
    }

    @Test
    void theOneLineSummarySaysHowManyRowsWereSetAsideOrThatNoneWere() throws IOException {
        String bad = UiFixtures.fields(94, Map.of(DojColumn.SUBJECT_ID, "999"));
        Path two = UiFixtures.dojFile(dir.resolve("two.csv"), "SACRAMENTO", 40, 11, bad, bad);
        assertThat(ImportViewModel.summary(importFiles(List.of(two), "SACRAMENTO")))
                .isEqualTo("Import finished: 2 rows set aside");
        Path one = UiFixtures.dojFile(dir.resolve("one.csv"), "SACRAMENTO", 40, 12, bad);
        assertThat(ImportViewModel.summary(importFiles(List.of(one), "SACRAMENTO")))
                .isEqualTo("Import finished: 1 row set aside");
        Path clean = UiFixtures.dojFile(dir.resolve("clean.csv"), "SACRAMENTO", 1200, 13);
        assertThat(ImportViewModel.summary(importFiles(List.of(clean), "SACRAMENTO")))
                .isEqualTo("Import finished: 1,200 rows accepted, none set aside");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThat(ImportViewModel.summary(importFiles(List.of(clean, empty), "SACRAMENTO")))
                .isEqualTo("Import finished: 0 rows accepted, none set aside, 2 files not imported");
    }

    @Test
    void guessesTheCountyMostRowsName() throws IOException {
        Path file = UiFixtures.dojFile(dir.resolve("fresno.csv"), "FRESNO", 400, 8);
        AtomicReference<Optional<String>> guess = new AtomicReference<>();
        vm.guessCounty(List.of(file), guess::set);
        assertThat(guess.get()).contains("FRESNO");
    }

    @Test
    void guessesNothingForAFileWithoutACaliforniaCounty() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        AtomicReference<Optional<String>> guess = new AtomicReference<>();
        vm.guessCounty(List.of(empty), guess::set);
        assertThat(guess.get()).isEmpty();
    }

    @Test
    void theCurrentCountyIsTheWorkspacesOnceChosen() throws IOException {
        assertThat(vm.currentCounty()).isEmpty();
        Path file = UiFixtures.dojFile(dir.resolve("f.csv"), "FRESNO", 30, 9);
        importFiles(List.of(file), "FRESNO");
        assertThat(vm.currentCounty()).contains("FRESNO");
    }

    private List<ImportService.FileOutcome> importFiles(List<Path> files, String county) {
        AtomicReference<List<ImportService.FileOutcome>> out = new AtomicReference<>();
        main.importFiles(files, county, out::set);
        assertThat(out.get()).as("import finished: " + problems).isNotNull();
        return out.get();
    }
}
