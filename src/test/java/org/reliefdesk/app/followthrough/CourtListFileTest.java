package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.MappingRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The court's list of orders read from a file through a mapping (the shared {@code tabular} machinery): columns by
 * header, the court's result values mapped, its date and name formats read, rows matched by reference or by keys,
 * and a bad mapping refused with the key named; the mapping is kept in the workspace.
 */
final class CourtListFileTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String MAPPING = """
            {"name": "Sacramento orders", "columns": {"ref": "Ref", "courtCaseNumber": "Case", "section": "Charge",
             "cii": "CII", "name": "Defendant", "dob": "DOB", "result": "Ruling", "orderDate": "Signed",
             "newOutcome": "Relief"},
             "nameFormat": "LAST, FIRST MIDDLE", "dateFormat": "MM/dd/yyyy",
             "results": {"GR": "granted", "DN": "denied", "MOD": "modified"}}""";
    @TempDir
    Path dir;

    @Test
    void aMappedCsvListRecordsItsOrdersAndReportsTheRestByLine() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 1000, 71, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            FollowThroughSession ft = f.session.followThrough();
            f.clock.set(MADE.plusDays(50));
            ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE.plusDays(2), "");
            Map<ConvictionKey, Integer> refs;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                refs = new ConvictionRefRepository(w).all();
            }
            List<CaseRow> filed = new ArrayList<>();
            for (CaseRow r : f.session.cases(f.runId)) {
                if (r.effectiveOutcome() == Outcome.DISMISS && !r.caseNumber().contains(";")) {
                    filed.add(r);
                }
            }
            CaseRow a = filed.get(0);
            CaseRow b = filed.get(5);
            CaseRow c = filed.get(9);
            String signed = US.format(MADE.plusDays(30));
            String name = c.name().replace(",", ", ");
            String dob = US.format(DojDates.parse(c.dob()).orElseThrow());
            Path list = Files.writeString(dir.resolve("orders.csv"), String.join("\n",
                    "Ref,Case,Charge,CII,Defendant,DOB,Ruling,Signed,Relief",
                    Refs.format(refs.get(new ConvictionKey(a.subjectId(), a.countOrder()))) + ",,,,,,GR," + signed + ",",
                    "," + b.caseNumber() + "," + b.section() + "," + b.cii() + ",,,MOD," + signed + ",Reduced",
                    ",\"" + c.caseNumber() + "\",\"" + c.section() + "\",,\"" + name + "\"," + dob + ",DN," + signed
                            + ",",
                    "RD-9999999,,,,,,GR," + signed + ",",
                    "RD-0000001,,,,,,GR,13/45/2024,") + "\n");
            CourtListOutcome o = ft.recordCourtListFile(list, OrdersMapping.parse(MAPPING, "the mapping", "m"));
            assertThat(o.byResult()).containsEntry(OrderResult.GRANTED, 1).containsEntry(
                    OrderResult.GRANTED_MODIFIED, 1).containsEntry(OrderResult.DENIED, 1);
            assertThat(o.problems()).extracting(CourtListOutcome.Problem::line).containsExactly(5L, 6L);
            assertThat(o.problems().get(0).message()).contains("RD-9999999");
            assertThat(o.problems().get(1).message()).contains("no readable order date");
            Map<Integer, StatusLine> s = ft.statuses();
            assertThat(s.get(refs.get(new ConvictionKey(b.subjectId(), b.countOrder()))).granted())
                    .isEqualTo(Outcome.REDUCE);
            assertThat(s.get(refs.get(new ConvictionKey(c.subjectId(), c.countOrder()))).status())
                    .isEqualTo(ConvictionStatus.DENIED);
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                assertThat(new MappingRepository(w).find(OrdersMapping.KIND, "Sacramento orders")).isPresent();
            }
        }
    }

    @Test
    void aMappingThatCannotFindAConvictionOrNamesBadValuesIsRefused() {
        assertThatThrownBy(() -> OrdersMapping.parse("{\"columns\": {\"result\": \"R\", \"orderDate\": \"D\"}, "
                + "\"dateFormat\": \"yyyyMMdd\"}", "m.json", "m")).isInstanceOf(TableException.class)
                .hasMessageContaining("cannot find a conviction");
        assertThatThrownBy(() -> OrdersMapping.parse("{\"columns\": {\"ref\": \"Ref\", \"result\": \"R\", "
                + "\"orderDate\": \"D\"}, \"dateFormat\": \"yyyyMMdd\", \"results\": {\"X\": \"maybe\"}}", "m.json",
                "m")).hasMessageContaining("maps \"X\" to \"maybe\"");
        assertThatThrownBy(() -> OrdersMapping.parse("{\"columns\": {\"ref\": \"Ref\", \"result\": \"R\", "
                + "\"orderDate\": \"D\"}, \"dateFormat\": \"yyyyMMdd\", \"colour\": 1}", "m.json", "m"))
                .hasMessageContaining("unknown key \"colour\"");
        assertThatThrownBy(() -> OrdersMapping.parse("{\"columns\": {\"ref\": \"Ref\", \"orderDate\": \"D\"}, "
                + "\"dateFormat\": \"yyyyMMdd\"}", "m.json", "m")).hasMessageContaining("\"result\"");
    }
}
