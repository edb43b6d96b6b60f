package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.PaperText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cover letter to the Department of Justice that goes with the list of granted orders its record does not show
 * yet (follow-through.md, "Follow-up papers: to DOJ"), citing H&S 11361.9: a one-page business letter from the
 * District Attorney's office.
 */
public final class DojCoverLetterWriter {
    private static final float LEFT = 72;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * LEFT;
    static final String DOCUMENT_TITLE = "Letter to the Department of Justice: court orders under H&S § 11361.9";
    private final PleadingFonts fonts;
    private final PaperSetup paper;
    private AuditStamp stamp;

    public DojCoverLetterWriter(PleadingFonts fonts, PaperSetup paper) {
        this.fonts = fonts;
        this.paper = paper;
    }

    /** The audit reference printed at the foot and kept in the PDF's information (null: none). */
    public void stamp(AuditStamp value) {
        this.stamp = value;
    }

    /** Writes the letter: {@code orders} granted orders in {@code listName}, the latest pull dated {@code pulledOn}. */
    public void write(OutputStream out, LocalDate asOf, int orders, String listName, LocalDate pulledOn)
            throws IOException {
        Letterhead office = paper.office();
        try (PDDocument doc = new PDDocument()) {
            PleadingFonts.Set set = fonts.loadSerif(doc);
            PaperStamps.info(doc, DocumentInfo.of(paper, DOCUMENT_TITLE, String.format(Locale.ROOT, "%s: cover "
                    + "letter to the Department of Justice for %,d granted order%s", office.courtName(), orders,
                    orders == 1 ? "" : "s")), stamp);
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float[] y = {PDRectangle.LETTER.getHeight() - 72};
                line(cs, set.serifBold(), 13, "Office of the District Attorney, " + office.countyWords(), y, 18);
                for (String l : office.officeAddress().split("\\R")) {
                    line(cs, set.serif(), 10, l.strip(), y, 13);
                }
                line(cs, set.serif(), 10, "Telephone " + office.phone() + " · " + office.email(), y, 30);
                line(cs, set.serif(), 11, PaperText.date(asOf, paper.dates()), y, 26);
                line(cs, set.serif(), 11, "California Department of Justice", y, 14);
                line(cs, set.serif(), 11, "Bureau of Criminal Information and Analysis", y, 14);
                line(cs, set.serif(), 11, "Attn: Cannabis conviction relief (H&S § 11361.9)", y, 26);
                List<String> body = new ArrayList<>();
                body.add("Re: Court orders granting relief under Health and Safety Code section 11361.9 not yet "
                        + "reflected in the state summary criminal history");
                body.add("To the Department:");
                body.add(String.format(Locale.ROOT, "Under Health and Safety Code section 11361.9, the Superior Court "
                        + "of California, %s, has granted the %,d order%s listed in the enclosed workbook (%s), "
                        + "dismissing and sealing, or redesignating, cannabis convictions. Section 11361.9 requires the "
                        + "Department to update its records once it is notified of such orders.", office.countyWords(),
                        orders, orders == 1 ? "" : "s", listName));
                body.add(pulledOn == null ? "Our office's records do not show these orders in the Department's "
                        + "research file yet." : "The research file the Department produced for this county on "
                        + PaperText.date(pulledOn, paper.dates()) + " still shows each of these convictions unchanged.");
                body.add("For each order the workbook gives the Department's keys: CII number, name, date of birth, "
                        + "court case number, code section, the date of the order and the relief granted. We ask that "
                        + "the Department update its records accordingly, and let our office know of any order it "
                        + "cannot match.");
                body.add("Sincerely,");
                for (String para : body) {
                    for (String l : TextFit.wrap(set.serif(), 11, WIDTH, TextFit.printable(set.serif(), para))) {
                        line(cs, set.serif(), 11, l, y, 15);
                    }
                    y[0] -= 9;
                }
                y[0] -= 30;
                line(cs, set.serif(), 11, office.deputyName() + ", Deputy District Attorney", y, 14);
                line(cs, set.serif(), 11, "for " + office.daName() + ", District Attorney", y, 14);
                if (stamp != null) {
                    y[0] = 40;
                    line(cs, set.serif(), 7, stamp.text(), y, 9);
                }
            }
            doc.save(out);
        }
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, String text, float[] y, float advance)
            throws IOException {
        String safe = TextFit.printable(font, text);
        if (!safe.isEmpty()) {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(LEFT, y[0]);
            cs.showText(safe);
            cs.endText();
        }
        y[0] -= advance;
    }
}
