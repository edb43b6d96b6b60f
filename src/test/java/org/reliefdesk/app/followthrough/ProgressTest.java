package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.LaterPullGenerator;
import org.reliefdesk.app.Progress;
import org.reliefdesk.rules.ImpactSummary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress figures (follow-through.md, "Progress"): the funnel adds up by court, filing and section; medians count
 * the days between filing, order and pull; the headline figures projected from the decisions equal the run's impact
 * before anything is filed, and on confirmed relief they start at zero and never pass the projected ones.
 */
final class ProgressTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    @TempDir
    Path dir;

    private static int sum(Map<String, ProgressReport.Funnel> m, java.util.function.ToIntFunction<ProgressReport.Funnel> f) {
        return m.values().stream().mapToInt(f).sum();
    }

    @Test
    void theFunnelMediansAndHeadlineFiguresFollowTheEvents() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 1500, 51, MADE)) {
            FollowThroughSession ft = f.session.followThrough();
            ProgressReport before = ft.progress(null);
            ImpactSummary impact = f.session.impact(f.runId);
            assertThat(before.projected()).as("projected on the decisions, as the run counted them").isEqualTo(
                    new ProgressReport.Headlines(impact.reliefNow().noFelony(), impact.reliefNow().noConviction(),
                            impact.reliefNow().noConvictionLast7Years()));
            assertThat(before.confirmed()).isEqualTo(new ProgressReport.Headlines(0, 0, 0));
            assertThat(before.total().filed()).isZero();
            assertThat(before.total().decided()).isPositive();
            assertThat(before.medianDaysFilingToOrder()).isNull();

            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            f.clock.set(MADE.plusDays(120));
            long filing = ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE.plusDays(4), "P-1").id();
            List<Integer> refs = ft.statuses().keySet().stream().sorted().toList();
            ft.recordBulkOrder(filing, MADE.plusDays(34), Map.of(refs.get(0), OrderResult.DENIED, refs.get(1),
                    OrderResult.CONTINUED));
            Path pull = dir.resolve("pull.csv");
            new LaterPullGenerator().generate(f.input, pull, FollowFixture.COUNTY, ft.grantedCounts(), 4);
            ft.importPull(pull, MADE.plusDays(94), Progress.NONE, new Cancellation());

            ProgressReport r = ft.progress(null);
            ProgressReport.Funnel t = r.total();
            assertThat(t.decided()).isEqualTo(before.total().decided());
            assertThat(t.filed()).isEqualTo(refs.size());
            assertThat(t.ordered()).as("all but the continued one").isEqualTo(refs.size() - 1);
            assertThat(t.granted()).isEqualTo(refs.size() - 2);
            assertThat(t.confirmed()).isPositive().isLessThan(t.granted());
            for (var m : List.of(r.byCourt(), r.bySection(), r.byFiling())) {
                assertThat(sum(m, ProgressReport.Funnel::filed)).isEqualTo(t.filed());
                assertThat(sum(m, ProgressReport.Funnel::confirmed)).isEqualTo(t.confirmed());
            }
            assertThat(r.byFiling()).containsOnlyKeys("Filing 1 of " + MADE.plusDays(4) + ", docket P-1");
            assertThat(r.medianDaysFilingToOrder()).isEqualTo(30.0);
            assertThat(r.medianDaysOrderToConfirmation()).isEqualTo(
                    (double) ChronoUnit.DAYS.between(MADE.plusDays(34), MADE.plusDays(94)));
            assertThat(r.byStatus().get(ConvictionStatus.CONFIRMED)).isEqualTo(t.confirmed());
            assertThat(r.confirmed().noFelony()).isLessThanOrEqualTo(r.projected().noFelony());
            assertThat(r.confirmed().noConviction()).isLessThanOrEqualTo(r.projected().noConviction());
            assertThat(r.confirmed().noConvictionLast7Years()).isLessThanOrEqualTo(
                    r.projected().noConvictionLast7Years());
            assertThat(r.confirmed().noFelony() + r.confirmed().noConviction()).isPositive();
        }
    }

    @Test
    void summaryJsonCarriesTheFigures() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 600, 52, MADE)) {
            Path out = dir.resolve("bundle");
            f.session.exportBundle(f.runId, out, Progress.NONE, new Cancellation());
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
            var ft = json.get("followThrough");
            assertThat(ft).isNotNull();
            assertThat(ft.get("funnel").get("decided").asInt()).isEqualTo(f.session.followThrough().progress(null)
                    .total().decided());
            assertThat(ft.get("funnel").get("filed").asInt()).isZero();
            assertThat(ft.get("peopleLeftOnConfirmedRelief").get("withNoFelony").asInt()).isZero();
            assertThat(ft.get("peopleLeftIfProjectedReliefIsGranted").get("withNoConviction").asInt())
                    .isEqualTo(json.get("peopleLeftAfterThisRun").get("withNoConviction").asInt());
            assertThat(ft.get("convictionsByStatus").get("DECIDED").asInt()).isEqualTo(f.session.cases(f.runId)
                    .size());
            assertThat(ft.get("medianDaysFilingToOrder").isNull()).isTrue();
        }
    }
}
