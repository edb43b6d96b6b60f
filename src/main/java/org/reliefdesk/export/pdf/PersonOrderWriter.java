package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.CourtConviction;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposed orders, one per person (H&S 11361.8, 11361.9), each on its own pages with its own "Page X of Y": the
 * person's convictions and the relief for each. Several orders make one PDF ({@link #streamed} for thousands);
 * give one person per writer for one file each.
 */
public final class PersonOrderWriter implements Closeable {
    static final String TITLE = "[PROPOSED] ORDER ON CANNABIS CONVICTIONS (H&S §§ 11361.8, 11361.9)";
    private static final List<Pleading.Column> COLUMNS = List.of(new Pleading.Column("Ref.", 54),
            new Pleading.Column("Case no.", 74), new Pleading.Column("Court", 72),
            new Pleading.Column("Conv. date", 52), new Pleading.Column("Code section", 64),
            new Pleading.Column("Level", 40), new Pleading.Column("Relief", 104));
    private final Letterhead office;
    /** The document of the pages, or (streamed) the document of the fonts only, never saved. */
    private final PDDocument doc;
    private final StreamedPdf streamed;
    private final Pleading p;
    private int orders;
    private AuditStamp stamp;

    /** A writer for one person or a few: the document is kept in memory until {@link #write}. */
    public PersonOrderWriter(PleadingFonts fonts, Letterhead office) throws IOException {
        this.office = office;
        this.doc = new PDDocument();
        this.streamed = null;
        this.p = new Pleading(doc, fonts.loadSerif(doc));
    }

    private PersonOrderWriter(PleadingFonts fonts, Letterhead office, OutputStream out) throws IOException {
        this.office = office;
        this.doc = new PDDocument();
        PleadingFonts.Set set = fonts.loadSerif(doc);
        this.streamed = new StreamedPdf(out, set.serif(), set.serifBold(), set.condensed(), set.condensedBold());
        this.p = new Pleading(streamed, set);
    }

    /**
     * A writer for thousands of orders in one PDF, in bounded memory: each order's pages are written to {@code out}
     * as soon as the order is complete; {@link #finish} ends the file.
     */
    public static PersonOrderWriter streamed(PleadingFonts fonts, Letterhead office, OutputStream out)
            throws IOException {
        return new PersonOrderWriter(fonts, office, out);
    }

    /**
     * The audit reference printed on the last page of each order and kept in the PDF's information (null: none);
     * set it before the first order.
     */
    public void stamp(AuditStamp value) {
        this.stamp = value;
        p.stamp(value == null ? null : value.text());
        if (streamed != null) {
            streamed.stamp(value);
        } else {
            PaperStamps.put(doc, value);
        }
    }

    /** Adds one person's order; {@code convictions} are that person's, all with relief. */
    public void order(List<CourtConviction> convictions) throws IOException {
        CourtConviction first = convictions.get(0);
        var f = p.fonts;
        Set<String> cases = new LinkedHashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (CourtConviction c : convictions) {
            if (!c.caseNumber().isBlank()) {
                cases.add(c.caseNumber());
            }
            rows.add(new String[] {c.ref(), PaperRows.caseNumber(c), c.court(), PaperRows.date(c.convictionDate()),
                    c.section(), PaperRows.level(c.level()), c.reliefWords()});
        }
        p.footerTitle(TITLE);
        Caption.draw(p, office, List.of(first.name() + ","), "Defendant.",
                "Case No.: " + (cases.isEmpty() ? "unknown" : String.join(", ", cases)), TITLE,
                List.of(office.courtName()));
        String who = first.name() + " (DOB " + (first.dob() != null ? PaperRows.date(first.dob()) : first.dobText())
                + ", CII " + first.cii() + ")";
        p.paragraph(f.serif(), "On the People's motion under Health and Safety Code section 11361.9, the Court FINDS "
                + "that " + who + " has the conviction" + (rows.size() == 1 ? "" : "s") + " listed below, that the "
                + "People do not challenge relief for " + (rows.size() == 1 ? "it" : "them") + ", and that "
                + "each is eligible for the relief stated under section 11361.8, subdivisions (e) and (f).", 36);
        p.table(COLUMNS, rows);
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

    /** Ends a streamed PDF (fonts, page tree, cross-references); returns its page count. */
    public int finish() throws IOException {
        if (streamed == null) {
            throw new IllegalStateException("not a streamed writer: use write(OutputStream)");
        }
        streamed.finish();
        return streamed.pages();
    }

    /** Writes the PDF kept in memory; returns its page count. */
    public int write(OutputStream out) throws IOException {
        if (streamed != null) {
            throw new IllegalStateException("a streamed writer: use finish()");
        }
        int pages = doc.getNumberOfPages();
        // no object streams: compressing them took a third of the time of a one-page file, for 7% of its size
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return pages;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
