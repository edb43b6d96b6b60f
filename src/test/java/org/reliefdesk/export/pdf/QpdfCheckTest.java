package org.reliefdesk.export.pdf;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.CourtFixtures;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every paper passes {@code qpdf --check} (an independent reader of the file's syntax, cross-reference stream,
 * object streams and content streams). Skipped where qpdf is not installed; {@code .ci/run} installs it.
 */
final class QpdfCheckTest {
    private static PleadingFonts fonts;
    @TempDir
    Path dir;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = new PleadingFonts();
    }

    @AfterAll
    static void closeFonts() throws IOException {
        fonts.close();
    }

    private static boolean qpdfInstalled() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String check(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("qpdf --check %s (0: no errors or warnings)\n%s", pdf.getFileName(), out)
                .isZero();
        return out;
    }

    @Test
    void everyPaperPassesQpdfCheck() throws IOException, InterruptedException {
        assumeTrue(qpdfInstalled(), "qpdf is not installed");
        List<CourtConviction> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(CourtFixtures.row("S" + i, String.format("PERSON%03d,TEST", i), Outcome.DISMISS, "CASE-" + i));
        }
        for (String name : CourtFixtures.HOSTILE) {
            rows.add(CourtFixtures.row("H" + name.length(), name, Outcome.REDUCE, "=F-" + name.length()));
            rows.add(CourtFixtures.row("N" + name.length(), name, Outcome.DISMISS, Outcome.NOT_ELIGIBLE, "N-1"));
        }
        rows.add(new CourtConviction("B", "001001001000", "BARE,BEA", null, "00000000", "", "", "", null, "", "",
                Outcome.DISMISS, Outcome.DISMISS, "", "", "", null, null, null));
        BulkMotionWriter motion = new BulkMotionWriter(fonts, CourtFixtures.paper());
        ChallengeNoticeWriter notice = new ChallengeNoticeWriter(fonts, CourtFixtures.paper());
        rows.forEach(motion::add);
        rows.forEach(notice::add);
        List<Path> papers = new ArrayList<>();
        papers.add(dir.resolve("motion.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(0))) {
            motion.write(out);
        }
        papers.add(dir.resolve("notice.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(1))) {
            notice.write(out);
        }
        papers.add(dir.resolve("orders.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(2));
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            // enough orders for several object streams and a parent tree with kids
            for (CourtConviction c : rows) {
                if (c.outcome() == Outcome.DISMISS || c.outcome() == Outcome.REDUCE) {
                    w.order(List.of(c));
                }
            }
            w.finish();
        }
        papers.add(dir.resolve("one-order.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(3));
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            w.order(List.of(rows.get(rows.size() - 1)));
            w.finish();
        }
        papers.add(dir.resolve("empty-notice.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(4))) {
            new ChallengeNoticeWriter(fonts, CourtFixtures.paper()).write(out);
        }
        // with the audit reference (follow-through): the stamp drawn as an artifact, two more information keys
        BulkMotionWriter stamped = new BulkMotionWriter(fonts, CourtFixtures.paper());
        rows.forEach(stamped::add);
        stamped.stamp(new org.reliefdesk.export.AuditStamp(1234, "3f9a2c".repeat(10) + "abcd"));
        papers.add(dir.resolve("stamped-motion.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(5))) {
            stamped.write(out);
        }
        OrdersRequestWriter request = new OrdersRequestWriter(fonts, CourtFixtures.paper());
        request.stamp(new org.reliefdesk.export.AuditStamp(1235, "ab".repeat(32)));
        List<org.reliefdesk.export.FollowUpItem> waiting = new ArrayList<>();
        for (CourtConviction c : rows) {
            waiting.add(new org.reliefdesk.export.FollowUpItem(c.ref(), c.name(), c.dob(), c.dobText(), c.cii(),
                    c.caseNumber(), c.section(), c.convictionDate(), c.reliefWords(), c.convictionDate()));
        }
        request.add(new OrdersRequestWriter.Filing(1, java.time.LocalDate.of(2024, 1, 15), "24CR-1", waiting));
        papers.add(dir.resolve("request-for-orders.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(6))) {
            request.write(out, java.time.LocalDate.of(2024, 5, 1), 60);
        }
        DojCoverLetterWriter letter = new DojCoverLetterWriter(fonts, CourtFixtures.paper());
        letter.stamp(new org.reliefdesk.export.AuditStamp(1236, "cd".repeat(32)));
        papers.add(dir.resolve("doj-letter.pdf"));
        try (OutputStream out = Files.newOutputStream(papers.get(7))) {
            letter.write(out, java.time.LocalDate.of(2024, 5, 1), 12, "orders.xlsx", java.time.LocalDate.of(2024, 4, 1));
        }
        for (Path pdf : papers) {
            assertThat(check(pdf)).as(pdf.getFileName().toString())
                    .contains("No syntax or stream encoding errors found").doesNotContainIgnoringCase("warning");
        }
    }
}
