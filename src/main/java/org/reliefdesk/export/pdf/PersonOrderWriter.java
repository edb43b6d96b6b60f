package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.PaperText;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposed orders, one per person (H&S 11361.8, 11361.9), each on its own pages with its own "Page X of Y" and its
 * own bookmark: the person's convictions and the relief for each. Written to the stream order by order, in bounded
 * memory, so one writer serves thousands of orders in one PDF as well as one person's file.
 */
public final class PersonOrderWriter implements Closeable {
    static final String TITLE = "[PROPOSED] ORDER ON CANNABIS CONVICTIONS (H&S §§ 11361.8, 11361.9)";
    static final String DOCUMENT_TITLE = "[Proposed] Order on Cannabis Convictions (H&S §§ 11361.8, 11361.9)";
    static final String DOCUMENTS_TITLE = "[Proposed] Orders on Cannabis Convictions (H&S §§ 11361.8, 11361.9)";
    /** The tables are in the serif face here (see {@link PleadingFonts#loadSerif}): a reference needs 58 points. */
    private static final List<Pleading.Column> COLUMNS = List.of(new Pleading.Column("Ref.", 58),
            new Pleading.Column("Case no.", 72), new Pleading.Column("Court", 80),
            new Pleading.Column("Conv. date", 54), new Pleading.Column("Code section", 62),
            new Pleading.Column("Level", 38), new Pleading.Column("Relief", 96));
    private final PaperSetup paper;
    private final PaperRows rows;
    /** The document of the fonts only, never saved. */
    private final PDDocument fontDoc;
    private final StreamedPdf pdf;
    private final Pleading p;
    private int orders;

    private PersonOrderWriter(PleadingFonts fonts, PaperSetup paper, OutputStream out) throws IOException {
        this.paper = paper;
        this.rows = new PaperRows(paper.dates());
        this.fontDoc = new PDDocument();
        // the serif faces only, the tables in them too: two fonts to embed instead of four (see loadSerif)
        PleadingFonts.Set set = fonts.loadSerif(fontDoc);
        this.pdf = new StreamedPdf(out, set.serif(), set.serifBold(), set.condensed(), set.condensedBold());
        this.p = new Pleading(pdf, set);
    }

    /**
     * A writer of orders to {@code out}: each order's pages are written as soon as the order is complete;
     * {@link #finish} ends the file.
     */
    public static PersonOrderWriter streamed(PleadingFonts fonts, PaperSetup paper, OutputStream out)
            throws IOException {
        return new PersonOrderWriter(fonts, paper, out);
    }

    /** The bookmark of one person's order: the name and the case numbers, or words for what is not on record. */
    static String bookmark(String name, Set<String> cases) {
        return PaperText.orMissing(name) + (cases.isEmpty() ? " (case number not on record)"
                : " (Case No. " + String.join(", ", cases) + ")");
    }

    /**
     * The audit reference printed on the last page of each order and kept in the PDF's information (null: none);
     * set it before the first order.
     */
    public void stamp(AuditStamp value) {
        p.stamp(value == null ? null : value.text());
        pdf.stamp(value);
    }

    /** Adds one person's order; {@code convictions} are that person's, all with relief. */
    public void order(List<CourtConviction> convictions) throws IOException {
        CourtConviction first = convictions.get(0);
        var f = p.fonts;
        Set<String> cases = new LinkedHashSet<>();
        List<String[]> table = new ArrayList<>();
        for (CourtConviction c : convictions) {
            if (!c.caseNumber().isBlank()) {
                cases.add(c.caseNumber().strip());
            }
            table.add(new String[] {c.ref(), PaperRows.caseNumber(c), PaperText.orMissing(c.court()),
                    rows.date(c.convictionDate()), PaperText.orMissing(c.section()), PaperRows.level(c.level()),
                    c.reliefWords()});
        }
        String name = first.name() == null || first.name().isBlank() ? "Name not on record" : first.name();
        p.footerTitle(TITLE);
        p.section(bookmark(first.name(), cases));
        Caption.draw(p, paper.office(), List.of(name + ","), "Defendant.",
                "Case No.: " + (cases.isEmpty() ? PaperText.NOT_ON_RECORD : String.join(", ", cases)), TITLE,
                List.of(paper.office().courtName()));
        String who = name + " (" + PaperText.dobPhrase(first, paper.dates()) + ", " + PaperText.ciiPhrase(first.cii())
                + ")";
        p.paragraph(f.serif(), "On the People's motion under Health and Safety Code section 11361.9, the Court FINDS "
                + "that " + who + " has the conviction" + (table.size() == 1 ? "" : "s") + " listed below, that the "
                + "People do not challenge relief for " + (table.size() == 1 ? "it" : "them") + ", and that "
                + "each is eligible for the relief stated under section 11361.8, subdivisions (e) and (f).", 36);
        p.table(COLUMNS, table);
        p.paragraph(f.serif(), "IT IS ORDERED that each conviction listed above is dismissed and sealed, or "
                + "redesignated as a misdemeanor, as stated for it, and that the clerk shall notify the Department "
                + "of Justice of this order (§ 11361.9).", 36);
        p.paragraph(f.serifBold(), "IT IS SO ORDERED.", 36);
        p.down(Pleading.PITCH);
        Caption.signature(p, "Dated: ____________________", List.of("Judge of the Superior Court"));
        p.finishPart();
        orders++;
    }

    public int orders() {
        return orders;
    }

    /** Ends the PDF (fonts, page tree, structure, bookmarks, document information); returns its page count. */
    public int finish() throws IOException {
        String court = paper.office().courtName();
        pdf.finish(orders == 1
                ? DocumentInfo.of(paper, DOCUMENT_TITLE, court + ": proposed order for one person")
                : DocumentInfo.of(paper, DOCUMENTS_TITLE, String.format(Locale.ROOT, "%s: proposed orders for %,d "
                + "people, one order each", court, orders)));
        return pdf.pages();
    }

    @Override
    public void close() throws IOException {
        fontDoc.close();
    }
}
