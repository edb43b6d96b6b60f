package org.reliefdesk.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.CourtFixtures;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Court-ready PDFs read back with PDFBox: bookmarks (each exhibit, CRC 3.1110(f)) that land on the right pages, the
 * document information and XMP metadata, and the tags: every line of text belongs to exactly one structure element,
 * the parent tree points back to it, tables read as rows of header and data cells, and the pleading paper's line
 * numbers and footer are artifacts.
 */
final class PaperStructureTest {
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

    private Path motion() throws IOException {
        BulkMotionWriter w = new BulkMotionWriter(fonts, CourtFixtures.paper());
        for (int i = 0; i < 150; i++) {
            w.add(CourtFixtures.row("S" + i, String.format("PERSON%03d,TEST", i), Outcome.DISMISS, "CASE-" + i));
        }
        for (int i = 0; i < 7; i++) {
            w.add(CourtFixtures.row("R" + i, "FELON" + i + ",TEST", Outcome.REDUCE, "FEL-" + i));
        }
        Path pdf = dir.resolve("motion.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            w.write(out);
        }
        return pdf;
    }

    private static List<PDOutlineItem> bookmarks(PDDocument doc) {
        List<PDOutlineItem> out = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(out::add);
        return out;
    }

    private static String pageText(PDDocument doc, int index) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(index + 1);
        s.setEndPage(index + 1);
        return s.getText(doc);
    }

    private static int pageOf(PDDocument doc, PDOutlineItem item) throws IOException {
        return doc.getPages().indexOf(item.findDestinationPage(doc));
    }

    @Test
    void theMotionHasBookmarksToItselfEachExhibitAndTheOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(motion().toFile())) {
            List<PDOutlineItem> items = bookmarks(doc);
            assertThat(items).extracting(PDOutlineItem::getTitle).containsExactly(BulkMotionWriter.MOTION_BOOKMARK,
                    "Exhibit A: Convictions to dismiss and seal (150)",
                    "Exhibit B: Felony convictions to redesignate as misdemeanors (7)", BulkMotionWriter.ORDER_BOOKMARK);
            assertThat(pageOf(doc, items.get(0))).isZero();
            assertThat(pageText(doc, pageOf(doc, items.get(1)))).contains("EXHIBIT A", "PERSON000,TEST");
            assertThat(pageText(doc, pageOf(doc, items.get(1)) - 1)).doesNotContain("EXHIBIT A");
            assertThat(pageText(doc, pageOf(doc, items.get(2)))).contains("EXHIBIT B", "FELON0,TEST");
            assertThat(pageText(doc, pageOf(doc, items.get(3)))).contains("[PROPOSED] ORDER", "Defendants.");
            assertThat(pageOf(doc, items.get(3))).isGreaterThan(pageOf(doc, items.get(2)));
            assertThat(doc.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
        }
    }

    @Test
    void everyPaperSaysWhatItIsWhoFiledItAndWhenInItsDocumentInformation() throws IOException {
        try (PDDocument doc = Loader.loadPDF(motion().toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(BulkMotionWriter.DOCUMENT_TITLE);
            assertThat(info.getAuthor()).isEqualTo("Jordan Sample, Deputy District Attorney, for Alex Example, "
                    + "District Attorney, County of San Joaquin");
            assertThat(info.getSubject()).startsWith("Superior Court of California, County of San Joaquin: 150 "
                    + "convictions to dismiss and seal (Exhibit A) and 7 felony convictions to redesignate");
            assertThat(info.getKeywords()).contains("Proposition 64", "H&S 11361.8");
            assertThat(info.getCreator()).isEqualTo("ReliefDesk test");
            assertThat(info.getProducer()).startsWith("ReliefDesk test (Apache PDFBox 3.");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CourtFixtures.CREATED.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(CourtFixtures.CREATED.toInstant());

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-US");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp;
            try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">People's Motion to Dismiss and Seal",
                    "<rdf:li>Jordan Sample, Deputy District Attorney", "<xmp:CreateDate>2024-05-06T07:08:09-07:00",
                    "<dc:language><rdf:Bag><rdf:li>en-US");
            assertThat(doc.getDocument().getDocumentID()).as("a file identifier").isNotNull();
        }
    }

    @Test
    void ordersHaveABookmarkPerPersonAndTheirDocumentInformationNamesNoOne() throws IOException {
        CourtConviction bare = new CourtConviction("B", "001001001000", "BARE,BEA", null, "", "", "", "", null,
                "11357(B) HS", "misdemeanor", Outcome.DISMISS, Outcome.DISMISS, "r", "e", "", null, null, null);
        List<CourtConviction> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(CourtFixtures.row("M", "MANY,MAX", Outcome.REDUCE, "C" + (100 + i % 2)));
        }
        Path combined = dir.resolve("orders.pdf");
        try (OutputStream out = Files.newOutputStream(combined);
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            w.order(List.of(CourtFixtures.row("A", "ALPHA,ANN", Outcome.DISMISS, "C1")));
            w.order(many);
            w.order(List.of(bare));
            w.finish();
        }
        try (PDDocument doc = Loader.loadPDF(combined.toFile())) {
            List<PDOutlineItem> items = bookmarks(doc);
            assertThat(items).extracting(PDOutlineItem::getTitle).containsExactly("ALPHA,ANN (Case No. C1)",
                    "MANY,MAX (Case No. C100, C101)", "BARE,BEA (case number not on record)");
            assertThat(pageOf(doc, items.get(0))).isZero();
            assertThat(pageText(doc, pageOf(doc, items.get(1)))).contains("MANY,MAX", "Page 1 of");
            assertThat(pageText(doc, pageOf(doc, items.get(2)))).contains("BARE,BEA", "Page 1 of");
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(PersonOrderWriter.DOCUMENTS_TITLE);
            assertThat(info.getSubject()).endsWith("proposed orders for 3 people, one order each");
            for (String field : List.of(info.getTitle(), info.getSubject(), info.getAuthor(), info.getKeywords())) {
                assertThat(field).doesNotContain("ALPHA", "MANY", "BARE");
            }
            assertTaggedThroughout(doc);
        }
        Path one = dir.resolve("one.pdf");
        try (OutputStream out = Files.newOutputStream(one);
             PersonOrderWriter w = PersonOrderWriter.streamed(fonts, CourtFixtures.paper(), out)) {
            w.order(List.of(CourtFixtures.row("A", "ALPHA,ANN", Outcome.DISMISS, "C1")));
            w.finish();
        }
        try (PDDocument doc = Loader.loadPDF(one.toFile())) {
            assertThat(bookmarks(doc)).extracting(PDOutlineItem::getTitle).containsExactly("ALPHA,ANN (Case No. C1)");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(PersonOrderWriter.DOCUMENT_TITLE);
            assertThat(doc.getDocumentInformation().getSubject()).endsWith("proposed order for one person");
            assertTaggedThroughout(doc);
        }
    }

    @Test
    void theNoticeHasBookmarksToTheNoticeAndToTheListOfChallenges() throws IOException {
        ChallengeNoticeWriter w = new ChallengeNoticeWriter(fonts, CourtFixtures.paper());
        for (int i = 0; i < 40; i++) {
            w.add(CourtFixtures.row("N" + i, "CHALLENGED" + i + ",TEST", Outcome.DISMISS, Outcome.NOT_ELIGIBLE,
                    "NE-" + i));
        }
        Path pdf = dir.resolve("notice.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            w.write(out);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> items = bookmarks(doc);
            assertThat(items).extracting(PDOutlineItem::getTitle).containsExactly(
                    ChallengeNoticeWriter.NOTICE_BOOKMARK, "Challenged convictions and grounds (40)");
            assertThat(CourtFixtures.squeeze(pageText(doc, pageOf(doc, items.get(1))))).contains("CHALLENGED0,TEST");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(ChallengeNoticeWriter.DOCUMENT_TITLE);
            assertTaggedThroughout(doc);
            assertThat(tables(doc)).hasSize(1);
            assertThat(rows(doc, tables(doc).get(0), marked(doc))).hasSize(41);
        }
    }

    @Test
    void everyLineIsTaggedAndTheExhibitsReadAsTablesOfHeaderAndDataCells() throws IOException {
        try (PDDocument doc = Loader.loadPDF(motion().toFile())) {
            assertTaggedThroughout(doc);
            Map<Integer, Map<Integer, String>> marked = marked(doc);
            List<PDStructureElement> tables = tables(doc);
            assertThat(tables).as("Exhibit A and Exhibit B").hasSize(2);
            List<List<String>> a = rows(doc, tables.get(0), marked);
            assertThat(a).hasSize(151);
            // each exhibit asks one relief (its heading): the stable reference takes the relief column's room
            assertThat(a.get(0)).containsExactly("TH:Ref.", "TH:Name", "TH:DOB", "TH:CII", "TH:Case no.",
                    "TH:Conv. date", "TH:Code section", "TH:Level");
            assertThat(a).contains(List.of("TD:" + CourtFixtures.ref("S42"), "TD:PERSON042,TEST", "TD:01/02/1970",
                    "TD:0012345", "TD:CASE-42", "TD:05/06/2010", "TD:11357(B) HS", "TD:Misd."));
            assertThat(rows(doc, tables.get(1), marked)).hasSize(8);

            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<String> sections = new ArrayList<>();
            for (Object k : document.getKids()) {
                PDStructureElement s = (PDStructureElement) k;
                assertThat(s.getStructureType()).isEqualTo("Sect");
                sections.add(s.getTitle());
            }
            assertThat(sections).containsExactly(BulkMotionWriter.MOTION_BOOKMARK,
                    "Exhibit A: Convictions to dismiss and seal (150)",
                    "Exhibit B: Felony convictions to redesignate as misdemeanors (7)", BulkMotionWriter.ORDER_BOOKMARK);
            List<String> headings = new ArrayList<>();
            collect(doc, document, "H1", headings, marked);
            assertThat(headings).containsExactly(BulkMotionWriter.TITLE, "EXHIBIT A", "EXHIBIT B",
                    BulkMotionWriter.ORDER_TITLE);
            // the text layer holds the letters printed: no ligature glyph standing for "ff" (U+FB00)
            assertThat(marked.get(0).values()).contains("Attorneys for Plaintiff,", "Plaintiff,");
            assertThat(String.join("", marked.get(0).values())).doesNotContain("\uFB00", "\uFB01", "\uFB02");
        }
    }

    // ---- reading the tags back ----

    /** Per page index, the text of each marked content by MCID; artifacts under key -1. */
    private static Map<Integer, Map<Integer, String>> marked(PDDocument doc) throws IOException {
        Map<Integer, Map<Integer, String>> out = new HashMap<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
            x.processPage(doc.getPage(i));
            Map<Integer, String> page = new HashMap<>();
            StringBuilder artifacts = new StringBuilder();
            for (PDMarkedContent mc : x.getMarkedContents()) {
                String text = text(mc);
                if (mc.getMCID() >= 0) {
                    assertThat(page.put(mc.getMCID(), text)).as("MCID %d used once on page %d", mc.getMCID(), i)
                            .isNull();
                } else {
                    assertThat(mc.getTag()).as("untagged content on page %d", i).isEqualTo("Artifact");
                    artifacts.append(text).append('\n');
                }
            }
            page.put(-1, artifacts.toString());
            out.put(i, page);
        }
        return out;
    }

    private static String text(PDMarkedContent mc) {
        StringBuilder b = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                b.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                b.append(text(inner));
            }
        }
        return b.toString();
    }

    /**
     * Every marked content on every page belongs to exactly one structure element, which the parent tree names for
     * it; only the paper's artifacts (line numbers, footer) are left out, and no content is drawn outside a tag.
     */
    private static void assertTaggedThroughout(PDDocument doc) throws IOException {
        Map<Integer, Map<Integer, String>> marked = marked(doc);
        Map<String, PDStructureElement> owner = new HashMap<>();
        for (Object k : doc.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            own(doc, (PDStructureElement) k, owner);
        }
        int contents = 0;
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            COSArray parents = parentArray(doc, page.getStructParents());
            for (Map.Entry<Integer, String> e : marked.get(i).entrySet()) {
                if (e.getKey() < 0) {
                    continue;
                }
                contents++;
                PDStructureElement o = owner.get(i + ":" + e.getKey());
                assertThat(o).as("owner of MCID %d on page %d (%s)", e.getKey(), i, e.getValue()).isNotNull();
                assertThat(e.getValue()).as("tagged text is never the paper's footer").doesNotStartWith("Page ");
                COSBase p = parents.getObject(e.getKey());
                assertThat(p).as("parent tree entry").isSameAs(o.getCOSObject());
            }
            assertThat(marked.get(i).get(-1)).as("page %d's artifacts: footer and line numbers", i)
                    .containsPattern("Page \\d+ of \\d+").contains("262728");
        }
        assertThat(owner).as("every MCID a structure element claims is drawn").hasSize(contents);
    }

    private static void own(PDDocument doc, PDStructureElement e, Map<String, PDStructureElement> owner) {
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                own(doc, child, owner);
            } else if (k instanceof Integer mcid) {
                claim(owner, doc.getPages().indexOf(e.getPage()) + ":" + mcid, e);
            } else if (k instanceof PDMarkedContentReference r) {
                claim(owner, doc.getPages().indexOf(r.getPage()) + ":" + r.getMCID(), e);
            }
        }
    }

    private static void claim(Map<String, PDStructureElement> owner, String key, PDStructureElement e) {
        assertThat(owner.put(key, e)).as("%s claimed by one element only", key).isNull();
    }

    /** A page's entry of the parent tree (a number tree, possibly with kids). */
    private static COSArray parentArray(PDDocument doc, int key) {
        COSDictionary node = doc.getDocumentCatalog().getStructureTreeRoot().getParentTree().getCOSObject();
        while (true) {
            COSArray nums = node.getCOSArray(COSName.NUMS);
            if (nums != null) {
                for (int i = 0; i < nums.size(); i += 2) {
                    if (((org.apache.pdfbox.cos.COSInteger) nums.getObject(i)).intValue() == key) {
                        return (COSArray) nums.getObject(i + 1);
                    }
                }
                throw new AssertionError("no parent tree entry " + key);
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            COSDictionary next = null;
            for (int i = 0; i < kids.size() && next == null; i++) {
                COSDictionary kid = (COSDictionary) kids.getObject(i);
                COSArray limits = kid.getCOSArray(COSName.LIMITS);
                int lo = ((org.apache.pdfbox.cos.COSInteger) limits.getObject(0)).intValue();
                int hi = ((org.apache.pdfbox.cos.COSInteger) limits.getObject(1)).intValue();
                if (key >= lo && key <= hi) {
                    next = kid;
                }
            }
            assertThat(next).as("a kid of the parent tree holds key %d", key).isNotNull();
            node = next;
        }
    }

    private static List<PDStructureElement> tables(PDDocument doc) {
        List<PDStructureElement> out = new ArrayList<>();
        find(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), "Table", out);
        return out;
    }

    private static void find(List<Object> kids, String role, List<PDStructureElement> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (e.getStructureType().equals(role)) {
                    out.add(e);
                }
                find(e.getKids(), role, out);
            }
        }
    }

    /** A table's rows, each as its cells' role and text ({@code TH:Name}, {@code TD:01/02/1970}). */
    private static List<List<String>> rows(PDDocument doc, PDStructureElement table,
                                           Map<Integer, Map<Integer, String>> marked) {
        List<List<String>> out = new ArrayList<>();
        for (Object r : table.getKids()) {
            PDStructureElement row = (PDStructureElement) r;
            assertThat(row.getStructureType()).isEqualTo("TR");
            List<String> cells = new ArrayList<>();
            for (Object c : row.getKids()) {
                PDStructureElement cell = (PDStructureElement) c;
                assertThat(cell.getStructureType()).isIn("TH", "TD");
                cells.add(cell.getStructureType() + ":" + ownText(doc, cell, marked));
            }
            out.add(cells);
        }
        return out;
    }

    private static void collect(PDDocument doc, PDStructureElement e, String role, List<String> out,
                                Map<Integer, Map<Integer, String>> marked) {
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement child) {
                if (child.getStructureType().equals(role)) {
                    out.add(ownText(doc, child, marked));
                }
                collect(doc, child, role, out, marked);
            }
        }
    }

    /** The text of an element's own marked content, lines joined by a space. */
    private static String ownText(PDDocument doc, PDStructureElement e, Map<Integer, Map<Integer, String>> marked) {
        List<String> parts = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof Integer mcid) {
                parts.add(marked.get(doc.getPages().indexOf(e.getPage())).get(mcid));
            } else if (k instanceof PDMarkedContentReference r) {
                parts.add(marked.get(doc.getPages().indexOf(r.getPage())).get(r.getMCID()));
            }
        }
        return String.join(" ", parts);
    }
}
