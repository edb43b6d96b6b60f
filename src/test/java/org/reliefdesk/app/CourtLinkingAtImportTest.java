package org.reliefdesk.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A court import groups its rows as it reads them (decision 0014) instead of reading the stored rows back: the court
 * persons and links it stores must be exactly those that linking every stored row again makes, for the first court
 * file and for a second one whose people are grouped with the first file's. And a court import that is evaluated
 * at once takes one backup for the two steps.
 */
class CourtLinkingAtImportTest {
    private static final String COUNTY = "SACRAMENTO";

    @TempDir
    Path dir;

    /** The real clock: backups are kept by age too. */
    private final Services services = new Services(Clock.systemUTC(), "tester");

    /** A generated DOJ file and a matching court export, the latter split into two files, row by row in turn. */
    private List<Path> files() throws Exception {
        Path doj = dir.resolve("doj.csv");
        Path court = dir.resolve("court.csv");
        Path mapping = dir.resolve("court.mapping.json");
        services.testData().generate(doj, COUNTY, 4_000, 5, new TestDataService.CourtOutput(court, mapping, 0),
                Progress.NONE);
        List<String> lines = Files.readAllLines(court);
        List<String> first = new ArrayList<>(List.of(lines.get(0)));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            (i % 2 == 0 ? first : second).add(lines.get(i));
        }
        return List.of(doj, Files.write(dir.resolve("court-a.csv"), first),
                Files.write(dir.resolve("court-b.csv"), second), mapping);
    }

    private static List<CourtPersonRepository.StoredPerson> stored(Workspace w) {
        List<CourtPersonRepository.StoredPerson> out = new ArrayList<>();
        new CourtPersonRepository(w).forEach(out::add);
        return out;
    }

    @Test
    void linksAsReadAreTheLinksOfEveryStoredRow() throws Exception {
        List<Path> f = files();
        CourtMapping mapping = CourtMapping.parse(MappingService.readMappingFile(f.get(3)), "the mapping", "x");
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            services.imports().importFiles(w, List.of(f.get(0)), Progress.NONE, new Cancellation());
            for (Path court : List.of(f.get(1), f.get(2))) {
                assertThat(services.courtImports().importFile(w, court, mapping, Progress.NONE, new Cancellation()))
                        .isInstanceOf(CourtImportService.Imported.class);
                List<CourtPersonRepository.StoredPerson> atImport = stored(w);
                CourtImportReport.Links again = w.atomically(() -> CourtLinking.relink(w, Progress.NONE));
                List<CourtPersonRepository.StoredPerson> readBack = stored(w);
                assertThat(atImport).hasSize(again.people()).isEqualTo(readBack);
                assertThat(atImport.stream().filter(p -> p.status().equals("LINKED"))).isNotEmpty();
                assertThat(atImport.stream().filter(p -> p.status().equals("NO_DOJ_PERSON"))).isNotEmpty();
            }
            // the second file's people include some of the first file's: one person, rows of both files
            assertThat(stored(w).stream().filter(p -> p.members().stream()
                    .map(CourtPersonRepository.RowRef::batchId).distinct().count() == 2)).isNotEmpty();
        }
    }

    @Test
    void aCourtImportEvaluatedAtOnceTakesOneBackup() throws Exception {
        List<Path> f = files();
        CourtMapping mapping = CourtMapping.parse(MappingService.readMappingFile(f.get(3)), "the mapping", "x");
        Path ws = dir.resolve("w.reliefdesk");
        try (Workspace w = Workspace.create(ws)) {
            services.imports().importFiles(w, List.of(f.get(0)), Progress.NONE, new Cancellation());
            services.evaluations().evaluate(w, new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(),
                    COUNTY, LocalDate.of(2020, 7, 1)), Progress.NONE, new Cancellation());
        }
        int before = WorkspaceBackups.list(ws).size();
        try (WorkspaceSession s = services.workspaces().open(ws)) {
            WorkspaceSession.CourtImportResult r = s.importCourtRecords(f.get(1), mapping, Progress.NONE,
                    new Cancellation());
            assertThat(r.run()).as("evaluated at once").isNotNull();
            assertThat(r.run().run().id()).isEqualTo(2);
        }
        List<WorkspaceBackups.Backup> after = WorkspaceBackups.list(ws);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).before()).isEqualTo("court-import");
    }
}
