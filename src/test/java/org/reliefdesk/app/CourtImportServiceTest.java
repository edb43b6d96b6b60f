package org.reliefdesk.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.Workbooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Court imports are one transaction with their linking; duplicates, refusals and cancels leave nothing behind. */
class CourtImportServiceTest {
    static final String MAPPING = """
            {"name": "Test court", "county": "YOLO", "columns": {"courtCaseNumber": "Case", "name": "Name",
             "dob": "DOB", "cii": "CII", "section": "Charge", "level": "Level", "disposition": "Dispo",
             "dispositionDate": "Date"}, "nameFormat": "LAST/FIRST/MIDDLE", "dateFormat": "MM/dd/yyyy",
             "levels": {"F": "felony", "M": "misdemeanor"}, "convictionDispositions": ["110"]}""";

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

    private static CourtMapping mapping() throws TableException {
        return CourtMapping.parse(MAPPING, "test", "x");
    }

    private Path court(String name, int rows) throws IOException {
        StringBuilder b = new StringBuilder("Case,Name,DOB,CII,Charge,Level,Dispo,Date\n");
        for (int i = 0; i < rows; i++) {
            b.append("C").append(i).append(",DOE/JANE,02/02/1980,A").append(1000 + i % 50).append(",11357 HS,M,110,")
                    .append("05/15/2012\n");
        }
        return Files.writeString(dir.resolve(name), b);
    }

    private long auditEntries() {
        return new AuditRepository(workspace).entries().size();
    }

    @Test
    void importsAndLinksInOneGo() throws Exception {
        CourtImportService.Outcome o = services.courtImports().importFile(workspace, court("c.csv", 100), mapping(),
                Progress.NONE, new Cancellation());
        assertThat(o).isInstanceOfSatisfying(CourtImportService.Imported.class, i -> {
            assertThat(i.report().rowsAccepted()).isEqualTo(100);
            assertThat(i.report().links().people()).isEqualTo(50);
            assertThat(i.report().links().noDojPerson()).isEqualTo(50);
            assertThat(i.report().convictionRows()).isEqualTo(100);
        });
        List<CourtPersonRepository.StoredPerson> people = new ArrayList<>();
        new CourtPersonRepository(workspace).forEach(people::add);
        assertThat(people).hasSize(50).allSatisfy(p -> assertThat(p.members()).hasSize(2));
        assertThat(people.get(0).subjectId()).isEqualTo("COURT:c.csv:2");
        assertThat(auditEntries()).isEqualTo(1);
    }

    @Test
    void aFileTheMappingDoesNotFitLeavesTheWorkspaceAsItWas() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "Case,Name,DOB,CII,Charge,Level,Dispo,Disposed\nC1,A/B,"
                + "01/01/1970,A1,11357 HS,M,110,01/01/2012\n");
        CourtImportService.Outcome o = services.courtImports().importFile(workspace, bad, mapping(), Progress.NONE,
                new Cancellation());
        assertThat(o).isInstanceOfSatisfying(CourtImportService.Refused.class, r -> assertThat(r.message())
                .contains("\"dispositionDate\" names the header \"Date\", which bad.csv does not have"));
        assertThat(new CourtRepository(workspace).batches()).isEmpty();
        assertThat(new CourtPersonRepository(workspace).any()).isFalse();
        assertThat(auditEntries()).isZero();
    }

    @Test
    void aCancelledImportLeavesNothing() throws Exception {
        Cancellation cancel = new Cancellation();
        Progress cancelWhileLinking = new Progress() {
            @Override
            public void begin(String stage, long total) {
                if (stage.startsWith("Linking")) {
                    cancel.cancel();
                }
            }

            @Override
            public void advance(long done) {
            }

            @Override
            public void warn(String message) {
            }
        };
        Path file = court("c.csv", 3000);
        assertThatThrownBy(() -> services.courtImports().importFile(workspace, file, mapping(), cancelWhileLinking,
                cancel)).isInstanceOf(CancellationException.class);
        assertThat(new CourtRepository(workspace).batches()).isEmpty();
        assertThat(new CourtPersonRepository(workspace).any()).isFalse();
        assertThat(auditEntries()).isZero();
        assertThat(services.courtImports().importFile(workspace, file, mapping(), Progress.NONE, new Cancellation()))
                .isInstanceOf(CourtImportService.Imported.class);
    }

    @Test
    void theSameFileIsImportedOnce() throws Exception {
        Path file = court("c.csv", 10);
        Path copy = Files.copy(file, dir.resolve("copy.csv"));
        services.courtImports().importFile(workspace, file, mapping(), Progress.NONE, new Cancellation());
        assertThat(services.courtImports().importFile(workspace, copy, mapping(), Progress.NONE, new Cancellation()))
                .isInstanceOfSatisfying(CourtImportService.Duplicate.class, d -> {
                    assertThat(d.importedAs()).isEqualTo("c.csv");
                    assertThat(d.importedAt()).isEqualTo("2024-05-06T07:08:09Z");
                });
        assertThat(new CourtRepository(workspace).batches()).hasSize(1);
    }

    @Test
    void aDojFileImportedLaterLinksTheCourtPeopleAgain() throws Exception {
        Path courtFile = Files.writeString(dir.resolve("c.csv"), "Case,Name,DOB,CII,Charge,Level,Dispo,Date\n"
                + "12345,SMITH/JOHN,01/01/1970,A100,11359 HS,F,110,03/04/2012\n");
        try (WorkspaceSession s = services.workspaces().create(dir.resolve("s.reliefdesk"))) {
            s.court().importFile(courtFile, mapping(), Progress.NONE, new Cancellation());
            assertThat(s.court().rowsOf("COURT:c.csv:2", null)).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo("NO_DOJ_PERSON"));
            Path doj = Files.writeString(dir.resolve("doj.csv"), dojHeader() + "\n" + dojConviction() + "\n");
            s.importFiles(List.of(doj), Progress.NONE, new Cancellation());
            assertThat(s.court().rowsOf("100", null)).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo("LINKED");
                assertThat(r.linkedBy()).isEqualTo("linked by CII, court case number, name+DOB, last name+DOB");
            });
        }
    }

    @Test
    void lookUpByCaseNumberFindsCourtOnlyConvictions() throws Exception {
        Path courtFile = Files.writeString(dir.resolve("c.csv"), "Case,Name,DOB,CII,Charge,Level,Dispo,Date\n"
                + "12345,SMITH/JOHN,01/01/1970,A100,11359 HS,F,110,03/04/2012\n"
                + "77-777,DOE/JANE,02/02/1980,,11357(B) HS,M,110,05/15/2012\n");
        try (WorkspaceSession s = services.workspaces().create(dir.resolve("s.reliefdesk"))) {
            Path doj = Files.writeString(dir.resolve("doj.csv"), dojHeader() + "\n" + dojConviction() + "\n");
            s.importFiles(List.of(doj), Progress.NONE, new Cancellation());
            s.court().importFile(courtFile, mapping(), Progress.NONE, new Cancellation());
            int run = s.evaluate(new org.reliefdesk.rules.RunSettings(org.reliefdesk.rules.EvaluationMode.DEFAULT,
                    org.reliefdesk.rules.Preset.STATUTE_MINIMUM.policy(), "YOLO", java.time.LocalDate.of(2020, 7, 1)),
                    Progress.NONE, new Cancellation()).run().id();
            List<LookupResult> found = s.lookup(run, "", "", "", "77-777 ");
            assertThat(found).singleElement().satisfies(r -> {
                assertThat(r.person().subjectId()).isEqualTo("COURT:c.csv:3");
                assertThat(r.person().name()).isEqualTo("DOE,JANE");
                assertThat(r.convictions()).singleElement().satisfies(c -> {
                    assertThat(c.recordSource()).isEqualTo("Court");
                    assertThat(c.decided()).isEqualTo(org.reliefdesk.rules.Outcome.DISMISS);
                });
            });
            assertThat(s.lookup(run, "", "", "", "12345")).extracting(r -> r.person().subjectId())
                    .containsExactly("100");
        }
    }

    private static String dojHeader() {
        return String.join(",", java.util.Arrays.stream(DojColumn.values()).map(Enum::name).toList());
    }

    /** A DOJ conviction of subject 100, SMITH,JOHN, born 1970-01-01, CII A100, case 12345 in Yolo. */
    private static String dojConviction() {
        String[] f = new String[DojColumn.COUNT];
        java.util.Arrays.fill(f, "");
        f[DojColumn.SUBJECT_ID.index()] = "100";
        f[DojColumn.PRI_NAME.index()] = "\"SMITH,JOHN\"";
        f[DojColumn.PRI_DOB.index()] = "19700101";
        f[DojColumn.CII_NUMBER.index()] = "A100";
        f[DojColumn.CNT_ORDER.index()] = "001002001000";
        f[DojColumn.STP_EVENT_DATE.index()] = "20120304";
        f[DojColumn.STP_TYPE_DESCR.index()] = "COURT ACTION";
        f[DojColumn.STP_ORI_CNTY_NAME.index()] = "YOLO";
        f[DojColumn.OFN.index()] = "12345";
        f[DojColumn.OFFENSE_DESCR.index()] = "11359 HS-POSS FOR SALE";
        f[DojColumn.DISP_DESCR.index()] = "CONVICTED-JAIL";
        f[DojColumn.CONV_STAT_DESCR.index()] = "FELONY";
        f[DojColumn.END_OF_REC.index()] = "#";
        return String.join(",", f);
    }


    @Test
    void readsAWorkbookSheet() throws Exception {
        Path xlsx = Workbooks.xlsx(dir.resolve("court.xlsx"), List.of("Charges"), List.of(
                List.of("Case", "Name", "DOB", "CII", "Charge", "Level", "Dispo", "Date"),
                List.of("C1", "DOE/JANE", LocalDate.of(1980, 2, 2), "A1", "11357 HS", "M", 110, LocalDate.of(2012, 5, 15)),
                List.of("C2", "DOE/JANE", "02/02/1980", "A1", "11359 HS", "F", "110", "05/16/2012")));
        CourtImportService.Outcome o = services.courtImports().importFile(workspace, xlsx, mapping(), Progress.NONE,
                new Cancellation());
        assertThat(o).isInstanceOfSatisfying(CourtImportService.Imported.class, i -> {
            assertThat(i.report().rowsAccepted()).isEqualTo(2);
            assertThat(i.report().convictionRows()).isEqualTo(2);
            assertThat(i.report().readAs()).contains("sheet \"Charges\"");
        });
    }
}
