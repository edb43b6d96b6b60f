package org.reliefdesk.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.CourtFixtures;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

final class PleadingWritersTest {
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

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String page(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void bulkMotionHasCaptionExhibitsOrderAndNumberedPages() throws IOException {
        BulkMotionWriter w = new BulkMotionWriter(fonts, CourtFixtures.paper());
        for (int i = 0; i < 150; i++) {
            w.add(CourtFixtures.row("S" + i, String.format("PERSON%03d,TEST", i), Outcome.DISMISS, "CASE-" + i));
        }
        for (int i = 0; i < 7; i++) {
            w.add(CourtFixtures.row("R" + i, "FELON" + i + ",TEST", Outcome.REDUCE, "FEL-" + i));
        }
        w.add(CourtFixtures.row("N1", "CHALLENGED,NOT", Outcome.NOT_ELIGIBLE, "NE-1"));
        w.add(CourtFixtures.row("V1", "REVIEW,NEEDS", Outcome.NEEDS_REVIEW, "NR-1"));
        Path pdf = dir.resolve("motion.pdf");
        int written;
        try (OutputStream out = Files.newOutputStream(pdf)) {
            written = w.write(out);
        }
        int total = pages(pdf);
        assertThat(written).isEqualTo(total);
        assertThat(total).isGreaterThan(5);
        String all = text(pdf);
        assertThat(all).contains("SUPERIOR COURT OF CALIFORNIA", "COUNTY OF SAN JOAQUIN",
                "THE PEOPLE OF THE STATE OF CALIFORNIA", "Jordan Sample (SBN 123456)", "Deputy District Attorney",
                "11361.8", "11361.9", "EXHIBIT A", "EXHIBIT B", "[PROPOSED] ORDER", "IT IS SO ORDERED.",
                "Judge of the Superior Court");
        assertThat(CourtFixtures.squeeze(all)).contains("150convictionslistedinExhibitA",
                "7felonyconvictionslistedinExhibitB");
        assertThat(all).contains("PERSON000,TEST", "PERSON149,TEST", "FELON6,TEST", "CASE-149", "0012345",
                "01/02/1970", "05/06/2010", "11357(B) HS", CourtFixtures.ref("S0"), CourtFixtures.ref("S149"),
                CourtFixtures.ref("R6"));
        assertThat(all).doesNotContain("CHALLENGED,NOT").doesNotContain("REVIEW,NEEDS");
        for (int p = 1; p <= total; p++) {
            String t = page(pdf, p);
            assertThat(t).as("page %d", p).contains("Page " + p + " of " + total);
            assertThat(t).as("line numbers on page %d", p).containsPattern("(?m)^28$");
            assertThat(t).as("footer title on page %d", p).containsAnyOf(BulkMotionWriter.TITLE,
                    BulkMotionWriter.ORDER_TITLE);
        }
        // Exhibit A spans several pages, and its header is repeated on each of them
        int exhibitPages = 0;
        for (int p = 1; p <= total; p++) {
            String t = page(pdf, p);
            if (Pattern.compile("PERSON\\d{3}").matcher(t).find()) {
                exhibitPages++;
                assertThat(t).as("header on page %d", p).contains("Ref.").contains("Case no.").contains("Level");
            }
        }
        assertThat(exhibitPages).isGreaterThanOrEqualTo(2);
        assertThat(count(all, ",TEST")).isEqualTo(157);
    }

    @Test
    void hostileNamesComeBackAsPlainTextInEveryPaper() throws IOException {
        BulkMotionWriter motion = new BulkMotionWriter(fonts, CourtFixtures.paper());
        ChallengeNoticeWriter notice = new ChallengeNoticeWriter(fonts, CourtFixtures.paper());
        List<CourtConviction> rows = new ArrayList<>();
        int i = 0;
        for (String name : CourtFixtures.HOSTILE) {
            rows.add(CourtFixtures.row("H" + i, name, Outcome.DISMISS, "@CASE" + i));
            rows.add(CourtFixtures.row("H" + i, name, Outcome.DISMISS, Outcome.NOT_ELIGIBLE, "=CASE" + i));
            i++;
        }
        rows.add(CourtFixtures.row("X", "TAB\tAND\rCR\u0007BELL", Outcome.DISMISS, "X1"));
        rows.forEach(motion::add);
        rows.forEach(notice::add);
        Path motionPdf = dir.resolve("motion.pdf");
        Path noticePdf = dir.resolve("notice.pdf");
        Path ordersPdf = dir.resolve("orders.pdf");
        try (OutputStream out = Files.newOutputStream(motionPdf)) {
            motion.write(out);
        }
        try (OutputStream out = Files.newOutputStream(noticePdf)) {
            notice.write(out);
        }
        try (OutputStream out = Files.newOutputStream(ordersPdf);
             PersonOrderWriter orders = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            for (int k = 0; k < rows.size(); k += 2) {
                orders.order(List.of(rows.get(k)));
            }
            orders.finish();
            assertThat(orders.orders()).isEqualTo(CourtFixtures.HOSTILE.size() + 1);
        }
        for (Path pdf : List.of(motionPdf, noticePdf, ordersPdf)) {
            String squeezed = CourtFixtures.squeeze(text(pdf));
            for (String name : CourtFixtures.HOSTILE) {
                assertThat(squeezed).as("%s in %s", name, pdf.getFileName()).contains(CourtFixtures.squeeze(name));
            }
            if (pdf != noticePdf) {
                assertThat(squeezed).as("control characters shown as spaces").contains("TABANDCRBELL");
            }
        }
        assertThat(CourtFixtures.squeeze(text(noticePdf))).contains("Priorseriousfelonyfoundinthecourtfile.");
        assertThat(text(noticePdf)).contains("=CASE0")
                .contains("11361.9(c)").contains("PUBLIC DEFENDER");
        assertThat(text(motionPdf)).contains("@CASE0").doesNotContain("=CASE0");
        assertThat(text(ordersPdf)).contains("Zoë Ñúñez", "(DOB 01/02/1970, CII 0012345)", "Dismiss and seal");
    }

    @Test
    void eachPersonsOrderIsNumberedOnItsOwn() throws IOException {
        Path pdf = dir.resolve("orders.pdf");
        try (OutputStream out = Files.newOutputStream(pdf);
             PersonOrderWriter orders = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            orders.order(List.of(CourtFixtures.row("A", "ALPHA,ANN", Outcome.DISMISS, "C1")));
            List<CourtConviction> many = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                many.add(CourtFixtures.row("B", "BETA,BOB", Outcome.REDUCE, "C" + (100 + i)));
            }
            orders.order(many);
            orders.finish();
        }
        int total = pages(pdf);
        int betaStart = 0;
        for (int p = 1; p <= total && betaStart == 0; p++) {
            if (page(pdf, p).contains("BETA,BOB")) {
                betaStart = p;
            }
        }
        int alphaPages = betaStart - 1;
        int betaPages = total - alphaPages;
        assertThat(alphaPages).isBetween(1, 2);
        assertThat(betaPages).isGreaterThanOrEqualTo(2);
        assertThat(page(pdf, 1)).contains("ALPHA,ANN").contains("Page 1 of " + alphaPages);
        assertThat(page(pdf, alphaPages)).contains("Judge of the Superior Court");
        assertThat(page(pdf, betaStart)).contains("Page 1 of " + betaPages);
        assertThat(page(pdf, total)).contains("Page " + betaPages + " of " + betaPages)
                .contains("Judge of the Superior Court");
        assertThat(count(text(pdf), "Page 1 of ")).isEqualTo(2);
        assertThat(text(pdf)).contains("C100", "C159");
        assertThat(CourtFixtures.squeeze(text(pdf))).contains("Redesignateasmisdemeanor", "Dismissandseal");
    }

    @Test
    void eachPersonsOwnFileReadsPageForPageAsTheirOrderInTheCombinedPdf() throws IOException {
        List<List<CourtConviction>> people = new ArrayList<>();
        int i = 0;
        for (String name : CourtFixtures.HOSTILE) {
            people.add(List.of(CourtFixtures.row("H" + i, name, Outcome.DISMISS, "CASE" + i)));
            i++;
        }
        List<CourtConviction> many = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            many.add(CourtFixtures.row("B", "BETA,BOB", Outcome.REDUCE, "C" + (100 + k)));
        }
        people.add(many);
        Path combined = dir.resolve("combined.pdf");
        int combinedPages;
        try (OutputStream out = Files.newOutputStream(combined);
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            for (List<CourtConviction> p : people) {
                w.order(p);
            }
            combinedPages = w.finish();
            assertThat(w.orders()).isEqualTo(people.size());
        }
        assertThat(combinedPages).isEqualTo(pages(combined)).isGreaterThan(people.size());
        int at = 1;
        for (int k = 0; k < people.size(); k++) {
            Path one = dir.resolve("one-" + k + ".pdf");
            int onePages;
            try (OutputStream out = Files.newOutputStream(one);
                 PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
                w.order(people.get(k));
                onePages = w.finish();
            }
            for (int p = 1; p <= onePages; p++) {
                assertThat(page(one, p)).as("person %d page %d", k, p).isEqualTo(page(combined, at++));
            }
        }
        assertThat(at - 1).isEqualTo(combinedPages);
        assertThat(text(combined)).contains("Zoë Ñúñez", "C159", "Page 1 of ");
        try (PDDocument doc = Loader.loadPDF(combined.toFile())) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
                assertThat(f.getName()).as("a subset").matches("[A-Z]{6}\\+.*");
            }
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMark() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont f = fonts.load(doc).serif();
            assertThat(TextFit.printable(f, "Zoë\u0000x")).isEqualTo("Zoë x");
            assertThat(TextFit.printable(f, "a\uD83D\uDE00b")).isEqualTo("a?b");
        }
    }
}
