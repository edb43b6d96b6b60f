package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.Workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The court's list of orders (follow-through.md, "Court's list"): rows matched by reference, else by case number +
 * base section + CII or name + DOB; modified orders keep the relief granted; rows that match nothing, several, a
 * conviction never filed or one already ordered, or whose date is before the filing, are listed by file and line
 * and change nothing; unknown result values refuse the list.
 */
final class CourtListOrderTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    private static final Map<String, OrderResult> VALUES = Map.of("G", OrderResult.GRANTED, "D", OrderResult.DENIED,
            "M", OrderResult.GRANTED_MODIFIED, "CONT", OrderResult.CONTINUED);
    @TempDir
    Path dir;

    private static CourtListRow byRef(long line, int ref, String result, LocalDate date) {
        return new CourtListRow("orders.csv", line, Refs.format(ref), "", "", "", "", null, result, date, "");
    }

    @Test
    void rowsMatchByReferenceOrByKeysAndTheRestIsListedByLine() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 1500, 31, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            FollowThroughSession ft = f.session.followThrough();
            f.clock.set(MADE.plusDays(60));
            ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE.plusDays(1), "B-7");
            Map<ConvictionKey, Integer> refs;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                refs = new ConvictionRefRepository(w).all();
            }
            List<CaseRow> filed = new ArrayList<>();
            CaseRow notFiled = null;
            for (CaseRow r : f.session.cases(f.runId)) {
                Outcome o = r.effectiveOutcome();
                if (o == Outcome.DISMISS || o == Outcome.REDUCE) {
                    filed.add(r);
                } else if (notFiled == null) {
                    notFiled = r;
                }
            }
            // two filed convictions of one person with the same case number and base section: keys cannot tell them
            Map<String, List<CaseRow>> byKeys = new HashMap<>();
            for (CaseRow r : filed) {
                byKeys.computeIfAbsent(r.subjectId() + "|" + r.caseNumber() + "|" + base(r), k -> new ArrayList<>())
                        .add(r);
            }
            CaseRow twin = byKeys.values().stream().filter(l -> l.size() > 1).findFirst().orElseThrow().get(0);
            List<CaseRow> unique = filed.stream().filter(r -> byKeys.get(r.subjectId() + "|" + r.caseNumber() + "|"
                    + base(r)).size() == 1 && !r.caseNumber().contains(";")).toList();
            CaseRow byCii = unique.get(0);
            CaseRow byName = unique.get(1);
            CaseRow modified = unique.get(2);
            CaseRow early = unique.get(3);
            int first = refs.get(key(unique.get(4)));
            LocalDate day = MADE.plusDays(20);
            List<CourtListRow> rows = List.of(
                    byRef(2, first, "G", day),
                    new CourtListRow("orders.csv", 3, "", "0" + byCii.caseNumber(), byCii.section(),
                            "CA-" + byCii.cii(), "", null, "G", day, ""),
                    new CourtListRow("orders.csv", 4, "", byName.caseNumber(), byName.section().toLowerCase(), "",
                            byName.name().replace(",", ", "), DojDates.parse(byName.dob()).orElseThrow(), " d ", day,
                            ""),
                    byRef(5, refs.get(key(modified)), "M", day).withOutcome("Reduced to misdemeanor"),
                    byRef(6, 9_999_999, "G", day),
                    byRef(7, refs.get(key(notFiled)), "G", day),
                    new CourtListRow("orders.csv", 8, "", twin.caseNumber(), base(twin), twin.cii(), "", null, "G",
                            day, ""),
                    byRef(9, refs.get(key(early)), "G", MADE),
                    byRef(10, first, "D", day),
                    byRef(11, refs.get(key(unique.get(5))), "G", null));
            CourtListOutcome o = ft.recordCourtList("orders.csv", rows, VALUES);

            assertThat(o.orderId()).isNotNull();
            assertThat(o.byResult()).containsEntry(OrderResult.GRANTED, 2).containsEntry(OrderResult.DENIED, 1)
                    .containsEntry(OrderResult.GRANTED_MODIFIED, 1);
            assertThat(o.problems()).extracting(CourtListOutcome.Problem::line, CourtListOutcome.Problem::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(6L, CourtListOutcome.ProblemKind.UNMATCHED),
                            org.assertj.core.groups.Tuple.tuple(7L, CourtListOutcome.ProblemKind.NEVER_FILED),
                            org.assertj.core.groups.Tuple.tuple(8L, CourtListOutcome.ProblemKind.AMBIGUOUS),
                            org.assertj.core.groups.Tuple.tuple(9L, CourtListOutcome.ProblemKind.UNREADABLE),
                            org.assertj.core.groups.Tuple.tuple(10L, CourtListOutcome.ProblemKind.ALREADY_ORDERED),
                            org.assertj.core.groups.Tuple.tuple(11L, CourtListOutcome.ProblemKind.UNREADABLE));
            assertThat(o.problems().get(3).message()).contains("is before the filing date " + MADE.plusDays(1));
            Map<Integer, StatusLine> s = ft.statuses();
            assertThat(s.get(first).status()).isEqualTo(ConvictionStatus.GRANTED);
            assertThat(s.get(refs.get(key(byCii))).status()).isEqualTo(ConvictionStatus.GRANTED);
            assertThat(s.get(refs.get(key(byName))).status()).isEqualTo(ConvictionStatus.DENIED);
            StatusLine m = s.get(refs.get(key(modified)));
            assertThat(m.status()).isEqualTo(ConvictionStatus.GRANTED_MODIFIED);
            assertThat(m.granted()).isEqualTo(Outcome.REDUCE);
            assertThat(s.get(refs.get(key(early))).status()).as("its row changed nothing")
                    .isEqualTo(ConvictionStatus.FILED);
            assertThat(s).doesNotContainKey(refs.get(key(notFiled)));
        }
    }

    @Test
    void unknownResultValuesRefuseTheWholeList() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 600, 32, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            FollowThroughSession ft = f.session.followThrough();
            ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE, "");
            int ref = ft.statuses().keySet().iterator().next();
            List<CourtListRow> rows = List.of(byRef(2, ref, "G", MADE), byRef(3, ref, "Granted w/ conditions", MADE),
                    byRef(4, ref, "XX", MADE), byRef(5, ref, "XX", MADE));
            assertThatThrownBy(() -> ft.recordCourtList("orders.csv", rows, VALUES))
                    .isInstanceOf(FollowThroughException.class)
                    .hasMessageContaining("\"Granted w/ conditions\" (line 3), \"XX\" (line 4)")
                    .hasMessageContaining("nothing was recorded");
            assertThat(ft.statuses().get(ref).status()).isEqualTo(ConvictionStatus.FILED);
            assertThat(CourtListMatcher.newOutcome("dismissed and sealed")).hasValue(Outcome.DISMISS);
            assertThat(CourtListMatcher.newOutcome("Redesignated")).hasValue(Outcome.REDUCE);
            assertThat(CourtListMatcher.newOutcome("infraction")).isEqualTo(Optional.empty());
        }
    }

    private static ConvictionKey key(CaseRow r) {
        return new ConvictionKey(r.subjectId(), r.countOrder());
    }

    private static String base(CaseRow r) {
        return CodeSection.parse(r.section()).map(CodeSection::base).orElse("");
    }
}
