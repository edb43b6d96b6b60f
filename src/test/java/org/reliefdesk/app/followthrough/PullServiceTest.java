package org.reliefdesk.app.followthrough;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.LaterPullGenerator;
import org.reliefdesk.app.Progress;
import org.reliefdesk.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A later DOJ pull on a generated workspace, end to end: filed, granted, then a later pull made as DOJ would
 * (changed, removed, people gone, untouched, new convictions) gives every status of follow-through.md; a pull for
 * another county, older than the first import or after today, the same file again, or with empty relief texts is
 * refused and changes nothing.
 */
final class PullServiceTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    @TempDir
    Path dir;

    /** Files the motion, grants it all on day 30 and moves the clock to day 90. */
    private static FollowThroughSession granted(FollowFixture f, Path dir) throws Exception {
        Path out = dir.resolve("papers");
        f.papers(out, true, false, false, false);
        FollowThroughSession ft = f.session.followThrough();
        f.clock.set(MADE.plusDays(90));
        long filing = ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE.plusDays(2), "").id();
        ft.recordBulkOrder(filing, MADE.plusDays(30), Map.of());
        return ft;
    }

    private static long rows(FollowFixture f, String table) {
        try (Workspace w = Workspace.openReadOnly(f.session.path())) {
            return w.count(table);
        }
    }

    @Test
    void aLaterPullConfirmsSomeGrantsFindsSomeAbsentOrNotYetAndListsNewConvictions() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 1500, 21, MADE)) {
            FollowThroughSession ft = granted(f, dir);
            Map<String, org.reliefdesk.rules.Outcome> grantedCounts = ft.grantedCounts();
            assertThat(grantedCounts).isNotEmpty();
            Path pull = dir.resolve("pull.csv");
            LaterPullGenerator.Generated g = new LaterPullGenerator().generate(f.input, pull, FollowFixture.COUNTY,
                    grantedCounts, 5);
            assertThat(g.changed()).isPositive();
            assertThat(g.removed()).isPositive();
            assertThat(g.peopleGone()).isPositive();
            assertThat(g.untouched()).isPositive();

            PullService.Pulled p = ft.importPull(pull, MADE.plusDays(80), Progress.NONE, new Cancellation());
            assertThat(p.checked()).isEqualTo(grantedCounts.size());
            assertThat(p.count(ConvictionStatus.CONFIRMED)).isGreaterThanOrEqualTo(g.changed());
            assertThat(p.count(ConvictionStatus.ABSENT_FROM_PULL)).isEqualTo(g.peopleGone());
            assertThat(p.count(ConvictionStatus.NOT_YET_IN_DOJ)).isPositive();
            assertThat(p.count(ConvictionStatus.CONFIRMED) + p.count(ConvictionStatus.ABSENT_FROM_PULL)
                    + p.count(ConvictionStatus.NOT_YET_IN_DOJ)).isEqualTo(p.checked());
            assertThat(p.newInPull()).hasSize(g.added());
            assertThat(p.county()).isEqualTo(FollowFixture.COUNTY);
            Map<Integer, StatusLine> s = ft.statuses();
            assertThat(s.values().stream().filter(x -> x.status() == ConvictionStatus.CONFIRMED).count())
                    .isEqualTo(p.count(ConvictionStatus.CONFIRMED));
            assertThat(ft.pulls()).singleElement().satisfies(x -> {
                assertThat(x.pulledOn()).isEqualTo(MADE.plusDays(80).toString());
                assertThat(x.reliefTexts()).isEqualTo(String.join("\n", ReliefTexts.DEFAULT));
            });
            assertThat(f.session.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void badPullsAreRefusedAndChangeNothing() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 800, 22, MADE)) {
            FollowThroughSession ft = granted(f, dir);
            Path pull = dir.resolve("pull.csv");
            new LaterPullGenerator().generate(f.input, pull, FollowFixture.COUNTY, ft.grantedCounts(), 6);
            Path yolo = f.services.testData().generate(dir.resolve("yolo.csv"), "YOLO", 500, 3, Progress.NONE).file();
            long events = rows(f, "conviction_event");
            assertThatThrownBy(() -> ft.importPull(yolo, MADE.plusDays(80), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is a DOJ file for YOLO county, not " + FollowFixture.COUNTY);
            assertThatThrownBy(() -> ft.importPull(pull, MADE.minusDays(1), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is older than the first import (" + MADE + ")");
            assertThatThrownBy(() -> ft.importPull(pull, MADE.plusDays(91), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is after today");
            assertThatThrownBy(() -> ft.importPull(pull, null, Progress.NONE, new Cancellation()))
                    .hasMessageContaining("never read from the clock or the file");
            assertThatThrownBy(() -> ft.importPull(f.input, MADE.plusDays(80), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is the same file as the import doj.csv");
            assertThatThrownBy(() -> ft.saveReliefTexts(List.of()))
                    .hasMessageContaining("The relief texts are empty");
            assertThatThrownBy(() -> ft.saveReliefTexts(List.of("PROP 64", "  ")))
                    .hasMessageContaining("Relief text 2 is empty");
            assertThat(ft.reliefTexts()).isEqualTo(ReliefTexts.DEFAULT);
            assertThat(rows(f, "conviction_event")).isEqualTo(events);
            assertThat(rows(f, "doj_pull")).isZero();

            ft.importPull(pull, MADE.plusDays(80), Progress.NONE, new Cancellation());
            long after = rows(f, "conviction_event");
            Path copy = Files.copy(pull, dir.resolve("same-pull-renamed.csv"));
            assertThatThrownBy(() -> ft.importPull(copy, MADE.plusDays(85), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("is the same file as the pull of " + MADE.plusDays(80));
            Path other = dir.resolve("pull2.csv");
            new LaterPullGenerator().generate(f.input, other, FollowFixture.COUNTY, ft.grantedCounts(), 7);
            assertThatThrownBy(() -> ft.importPull(other, MADE.plusDays(70), Progress.NONE, new Cancellation()))
                    .hasMessageContaining("older than the pull of " + MADE.plusDays(80));
            assertThat(rows(f, "conviction_event")).isEqualTo(after);
        }
    }

    @Test
    void editedReliefTextsAreUsedByTheNextPull() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 900, 23, MADE)) {
            FollowThroughSession ft = granted(f, dir);
            assertThat(ft.saveReliefTexts(List.of(" NOTHING LIKE THIS ", "ALSO NOT"))).containsExactly(
                    "NOTHING LIKE THIS", "ALSO NOT");
            Path pull = dir.resolve("pull.csv");
            new LaterPullGenerator().generate(f.input, pull, FollowFixture.COUNTY, ft.grantedCounts(), 8);
            PullService.Pulled p = ft.importPull(pull, MADE.plusDays(60), Progress.NONE, new Cancellation());
            assertThat(ft.pulls().get(0).reliefTexts()).isEqualTo("NOTHING LIKE THIS\nALSO NOT");
            // without texts, confirmation rests on the CONVICTED rows and levels alone
            assertThat(p.count(ConvictionStatus.CONFIRMED)).isPositive();
            assertThat(f.session.followThrough().statuses().values()).noneMatch(s -> s.pullFinding() != null
                    && s.pullFinding().contains("relief text"));
        }
    }
}
