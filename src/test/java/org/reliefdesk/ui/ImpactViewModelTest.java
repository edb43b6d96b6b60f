package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.reliefdesk.ui.UiFixtures.row;

/** The impact screen's figures: the three headlines now and under "dismiss all", and counts by section. */
final class ImpactViewModelTest {

    @Test
    void headlinesPairEachRunFigureWithDismissAll() {
        ImpactSummary s = summary(new ImpactSummary.ReliefCounts(10, 4, 7), new ImpactSummary.ReliefCounts(25, 12, 19));
        assertThat(ImpactViewModel.headlines(s)).containsExactly(
                new ImpactViewModel.Headline("People left with no felony", 10, 25),
                new ImpactViewModel.Headline("People left with no conviction", 4, 12),
                new ImpactViewModel.Headline("People with no conviction in the last 7 years", 7, 19));
    }

    @Test
    void countsBySectionUseTheEffectiveOutcomeWithOverrides() {
        var rows = List.of(
                row(1, "A", "1", "c1", "11357(A) HS", Outcome.DISMISS),
                row(2, "B", "2", "c2", "11357(B) HS", Outcome.DISMISS).withOverride(Outcome.NOT_ELIGIBLE, "ann"),
                row(3, "C", "3", "c3", "11359 HS", Outcome.REDUCE),
                row(4, "D", "4", "c4", "11359(B) HS", Outcome.NEEDS_REVIEW).withOverride(Outcome.REDUCE, "ann"),
                row(5, "E", "5", "c5", "664/11359 PC", Outcome.NEEDS_REVIEW));
        Map<String, Map<Outcome, Integer>> counts = ImpactViewModel.bySectionAndOutcome(rows);
        assertThat(counts).containsOnlyKeys("11357", "11359", "attempt 11359");
        assertThat(counts.get("11357")).containsOnly(entry(Outcome.DISMISS, 1), entry(Outcome.NOT_ELIGIBLE, 1));
        assertThat(counts.get("11359")).as("the override counts, not the engine's NEEDS_REVIEW")
                .containsOnly(entry(Outcome.REDUCE, 2));
        assertThat(counts.get("attempt 11359")).containsOnly(entry(Outcome.NEEDS_REVIEW, 1));
        assertThat(counts.keySet()).as("sorted for the chart").containsExactly("11357", "11359", "attempt 11359");
    }

    @Test
    void baseSectionIsTheFiveDigitCode() {
        assertThat(ImpactViewModel.baseSection("11357(A) HS")).isEqualTo("11357");
        assertThat(ImpactViewModel.baseSection(" 11360 ")).isEqualTo("11360");
        assertThat(ImpactViewModel.baseSection("11358")).isEqualTo("11358");
    }

    @Test
    void baseSectionOfAnAttemptNamesTheAttemptedSection() {
        assertThat(ImpactViewModel.baseSection("664/11359")).isEqualTo("attempt 11359");
        assertThat(ImpactViewModel.baseSection("664/11357(C) HS")).isEqualTo("attempt 11357");
    }

    @Test
    void baseSectionKeepsWhatIsNotACodeAndNamesAMissingOne() {
        assertThat(ImpactViewModel.baseSection("")).isEqualTo("(none)");
        assertThat(ImpactViewModel.baseSection(null)).isEqualTo("(none)");
        assertThat(ImpactViewModel.baseSection("HS 11357")).isEqualTo("HS 11357");
        assertThat(ImpactViewModel.baseSection("1135")).isEqualTo("1135");
    }

    private static ImpactSummary summary(ImpactSummary.ReliefCounts now, ImpactSummary.ReliefCounts all) {
        return new ImpactSummary("SACRAMENTO", LocalDate.of(2020, 7, 1), "default", LocalDate.of(2001, 1, 1), 100, 40,
                30, now, all, Map.of(), Map.of(), 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), 0, 0);
    }
}
