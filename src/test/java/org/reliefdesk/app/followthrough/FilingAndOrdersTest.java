package org.reliefdesk.app.followthrough;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.Progress;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Filings and bulk orders (follow-through.md): papers recognised by hash, dates checked against the papers, the
 * filing and today, one open filing per conviction, exceptions denied or continued, a denied conviction filed
 * again; every refusal leaves the workspace as it was.
 */
final class FilingAndOrdersTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    @TempDir
    Path dir;

    private static long events(FollowFixture f) {
        try (Workspace w = Workspace.openReadOnly(f.session.path())) {
            return w.count("conviction_event") + w.count("filing") + w.count("court_order");
        }
    }

    private static Set<Integer> relief(FollowFixture f, String kind) {
        try (Workspace w = Workspace.openReadOnly(f.session.path())) {
            return new ExportRecordRepository(w).filesOf(1).stream().filter(x -> x.kind().equals(kind))
                    .flatMap(x -> List.of(x.refs().split(",")).stream())
                    .filter(r -> r.endsWith("D") || r.endsWith("R"))
                    .map(r -> Integer.parseInt(r.substring(0, r.length() - 1))).collect(Collectors.toSet());
        }
    }

    @Test
    void theMotionFiledListsItsReliefAndABulkOrderGrantsAllButTheExceptions() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 900, 12, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, true, false);
            FollowThroughSession ft = f.session.followThrough();
            f.clock.set(MADE.plusDays(5));
            FilingService.Filed filed = ft.recordFiling(List.of(out.resolve("motion.pdf"), out.resolve("notice.pdf")),
                    MADE.plusDays(3), "  24CR-0001 ");
            Set<Integer> refs = relief(f, "MOTION");
            assertThat(filed.convictions()).isEqualTo(refs.size()).isPositive();
            assertThat(filed.notFiled()).as("the notice's challenged convictions are not filed").isPositive();
            assertThat(filed.docket()).isEqualTo("24CR-0001");
            Map<Integer, StatusLine> s = ft.statuses();
            assertThat(s.keySet()).isEqualTo(refs);
            assertThat(s.values()).allMatch(StatusLine::openFiling);

            List<Integer> sorted = refs.stream().sorted().toList();
            Map<Integer, OrderResult> except = new HashMap<>();
            except.put(sorted.get(0), OrderResult.DENIED);
            except.put(sorted.get(1), OrderResult.CONTINUED);
            f.clock.set(MADE.plusDays(40));
            OrderService.Ordered o = ft.recordBulkOrder(filed.id(), MADE.plusDays(30), except);
            assertThat(o.granted()).isEqualTo(refs.size() - 2);
            assertThat(o.denied()).isEqualTo(1);
            assertThat(o.continued()).isEqualTo(1);
            s = ft.statuses();
            assertThat(s.get(sorted.get(0)).status()).isEqualTo(ConvictionStatus.DENIED);
            assertThat(s.get(sorted.get(1)).status()).isEqualTo(ConvictionStatus.FILED);
            assertThat(s.get(sorted.get(2)).status()).isEqualTo(ConvictionStatus.GRANTED);
            assertThat(s.get(sorted.get(2)).orderDate()).isEqualTo(MADE.plusDays(30));

            // a second order on the filing reaches only what is still waiting: the continued conviction
            OrderService.Ordered second = ft.recordBulkOrder(filed.id(), MADE.plusDays(38), Map.of());
            assertThat(second.granted()).isEqualTo(1);
            assertThat(ft.statuses().get(sorted.get(1)).status()).isEqualTo(ConvictionStatus.GRANTED);
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id(), MADE.plusDays(39), Map.of()))
                    .hasMessageContaining("already has an order");
        }
    }

    @Test
    void badFilingsAreRefusedWithAMessageAndChangeNothing() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 700, 13, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, true, false);
            FollowThroughSession ft = f.session.followThrough();
            Path motion = out.resolve("motion.pdf");
            Path edited = dir.resolve("edited-motion.pdf");
            try (PDDocument doc = Loader.loadPDF(motion.toFile())) {
                doc.getDocumentInformation().setTitle("changed");
                doc.save(edited.toFile());
            }
            Path other = Files.writeString(dir.resolve("other.pdf"), "%PDF-1.4 something else");
            long before = events(f);
            assertThatThrownBy(() -> ft.recordFiling(List.of(edited), MADE, ""))
                    .isInstanceOf(FollowThroughException.class).hasMessageContaining("changed after it was made");
            assertThatThrownBy(() -> ft.recordFiling(List.of(other), MADE, ""))
                    .hasMessageContaining("is not papers this workspace made");
            assertThatThrownBy(() -> ft.recordFiling(List.of(motion), MADE.minusDays(1), ""))
                    .hasMessageContaining("is before the papers were made (" + MADE + ")");
            assertThatThrownBy(() -> ft.recordFiling(List.of(motion), MADE.plusDays(1), ""))
                    .hasMessageContaining("is after today (" + MADE + ")");
            assertThatThrownBy(() -> ft.recordFiling(List.of(out.resolve("notice.pdf")), MADE, ""))
                    .hasMessageContaining("only DISMISS and REDUCE convictions are filed");
            assertThatThrownBy(() -> ft.recordFiling(List.of(dir.resolve("missing.pdf")), MADE, ""))
                    .satisfies(e -> assertThat(((FollowThroughException) e).kind())
                            .isEqualTo(FollowThroughException.Kind.NO_INPUT));
            assertThat(events(f)).isEqualTo(before);

            FilingService.Filed filed = ft.recordFiling(List.of(motion), MADE, "");
            long after = events(f);
            assertThatThrownBy(() -> ft.recordFiling(List.of(motion), MADE, ""))
                    .hasMessageContaining("in open filing " + filed.id())
                    .hasMessageContaining("one open filing at a time");
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id() + 5, MADE, Map.of()))
                    .hasMessageContaining("There is no filing " + (filed.id() + 5));
            f.clock.set(MADE.plusDays(20));
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id(), MADE.minusDays(2), Map.of()))
                    .hasMessageContaining("is before filing " + filed.id() + " was filed (" + MADE + ")");
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id(), MADE.plusDays(21), Map.of()))
                    .hasMessageContaining("is after today");
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id(), MADE.plusDays(2), Map.of(9_999_999,
                    OrderResult.DENIED))).hasMessageContaining("RD-9999999 is not waiting for an order in filing");
            assertThatThrownBy(() -> ft.recordBulkOrder(filed.id(), MADE.plusDays(2), Map.of(filed.convictions(),
                    OrderResult.GRANTED_MODIFIED))).hasMessageContaining("denied or continued");
            assertThat(events(f)).isEqualTo(after);
        }
    }

    @Test
    void aDeniedConvictionCanBeFiledAgainButAGrantedOneCannot() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 900, 14, MADE)) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            FollowThroughSession ft = f.session.followThrough();
            FilingService.Filed filed = ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE, "A-1");
            // the court denies every conviction of one person's order file, and grants the rest
            Path each = dir.resolve("each");
            f.session.exportCourtPapers(new CourtExportService.Request(f.runId, null, null, null, each, null, null),
                    Progress.NONE, new Cancellation());
            List<ExportRecordRepository.RecordedFile> people;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                people = new ExportRecordRepository(w).filesOf(2).stream().filter(x -> x.kind().equals("ORDER"))
                        .toList();
            }
            ExportRecordRepository.RecordedFile first = people.get(0);
            Map<Integer, OrderResult> denied = new HashMap<>();
            for (String r : first.refs().split(",")) {
                denied.put(Integer.parseInt(r.substring(0, r.length() - 1)), OrderResult.DENIED);
            }
            ft.recordBulkOrder(filed.id(), MADE, denied);
            Path personFile = each.resolve(first.fileName());
            FilingService.Filed again = ft.recordFiling(List.of(personFile), MADE, "A-2");
            assertThat(again.convictions()).isEqualTo(denied.size());
            assertThat(ft.statuses().get(denied.keySet().iterator().next()).filingId()).isEqualTo(again.id());
            assertThatThrownBy(() -> ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE, ""))
                    .hasMessageContaining("is already in open filing " + again.id());
            assertThatThrownBy(() -> ft.recordFiling(List.of(each.resolve(people.get(1).fileName())), MADE, ""))
                    .hasMessageContaining("already granted by the court")
                    .hasMessageContaining("a granted conviction is not filed again");
        }
    }
}
