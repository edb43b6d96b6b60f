package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bulk motion under H&S 11361.9 with its proposed order, on pleading paper: caption, the legal basis
 * (H&S 11361.8(e)-(f), 11361.9), Exhibit A (convictions to dismiss and seal) and Exhibit B (felonies to
 * redesignate as misdemeanors), then the proposed order with findings and the judge's signature line. Bookmarks to
 * the motion, each exhibit (CRC 3.1110(f)) and the proposed order.
 */
public final class BulkMotionWriter {
    static final String TITLE = "PEOPLE'S MOTION TO DISMISS AND SEAL, AND TO REDESIGNATE, CANNABIS CONVICTIONS "
            + "(H&S §§ 11361.8, 11361.9)";
    static final String ORDER_TITLE = "[PROPOSED] ORDER DISMISSING AND SEALING, AND REDESIGNATING, CANNABIS "
            + "CONVICTIONS (H&S §§ 11361.8, 11361.9)";
    /** The document's title as viewers show it. */
    static final String DOCUMENT_TITLE = "People's Motion to Dismiss and Seal, and to Redesignate, Cannabis "
            + "Convictions (H&S §§ 11361.8, 11361.9)";
    static final String MOTION_BOOKMARK = "Motion to dismiss and seal, and to redesignate";
    static final String ORDER_BOOKMARK = "[Proposed] order";
    private final PleadingFonts fonts;
    private final PaperSetup paper;
    private final PaperRows rows;
    private final List<String[]> dismiss = new ArrayList<>();
    private final List<String[]> reduce = new ArrayList<>();
    private AuditStamp stamp;

    public BulkMotionWriter(PleadingFonts fonts, PaperSetup paper) {
        this.fonts = fonts;
        this.paper = paper;
        this.rows = new PaperRows(paper.dates());
    }

    /** Takes a conviction; only effective Dismiss (Exhibit A) and Reduce (Exhibit B) are listed. */
    public void add(CourtConviction c) {
        if (c.outcome() == Outcome.DISMISS) {
            dismiss.add(rows.exhibit(c));
        } else if (c.outcome() == Outcome.REDUCE) {
            reduce.add(rows.exhibit(c));
        }
    }

    /** The audit reference printed on the last page and kept in the PDF's information (null: none). */
    public void stamp(AuditStamp value) {
        this.stamp = value;
    }

    public int dismissals() {
        return dismiss.size();
    }

    public int reductions() {
        return reduce.size();
    }

    /** The bookmark of Exhibit A: its letter, what it lists and how many. */
    static String exhibitA(int n) {
        return String.format(Locale.ROOT, "Exhibit A: Convictions to dismiss and seal (%,d)", n);
    }

    /** The bookmark of Exhibit B. */
    static String exhibitB(int n) {
        return String.format(Locale.ROOT, "Exhibit B: Felony convictions to redesignate as misdemeanors (%,d)", n);
    }

    /** Writes the whole PDF; returns its page count. */
    public int write(OutputStream out) throws IOException {
        Letterhead office = paper.office();
        try (PDDocument fontDoc = new PDDocument()) {
            PleadingFonts.Set set = fonts.load(fontDoc);
            StreamedPdf pdf = new StreamedPdf(out, set.serif(), set.serifBold(), set.condensed(), set.condensedBold());
            Pleading p = new Pleading(pdf, set);
            if (stamp != null) {
                p.stamp(stamp.text());
                pdf.stamp(stamp);
            }
            var f = p.fonts;
            String county = office.countyWords();
            p.footerTitle(TITLE);
            p.section(MOTION_BOOKMARK);
            Caption.draw(p, office, List.of("THE PERSONS LISTED IN EXHIBITS A AND B,"), "Defendants.",
                    "Case No.: (bulk; see Exhibits A and B)", TITLE,
                    List.of("[Health & Safety Code §§ 11361.8, 11361.9]", office.courtName()));
            p.paragraph(f.serifBold(), "TO THE HONORABLE COURT:", 0);
            p.paragraph(f.serif(), "Under Health and Safety Code section 11361.9, the Department of Justice identified "
                    + "for the District Attorney of the " + county + " past cannabis convictions that are "
                    + "potentially eligible for dismissal and sealing or for redesignation under Health and Safety "
                    + "Code section 11361.8. The District Attorney has reviewed each of them.", 36);
            p.paragraph(f.serif(), "Under section 11361.8, subdivisions (e) and (f), a person who has completed a "
                    + "sentence for a conviction that would not have been an offense, or would have been a lesser "
                    + "offense, under the Control, Regulate and Tax Adult Use of Marijuana Act (Proposition 64) may "
                    + "have the conviction dismissed and sealed as legally invalid, or redesignated as a misdemeanor "
                    + "or infraction. The person is presumed to satisfy the criteria unless the party opposing relief "
                    + "proves otherwise by clear and convincing evidence (§ 11361.8, subd. (f)).", 36);
            p.paragraph(f.serif(), String.format(Locale.ROOT, "The People do not challenge relief for the %,d "
                    + "conviction%s listed in Exhibit A or the %,d felony conviction%s listed in Exhibit B. The "
                    + "People therefore move the Court to dismiss and seal each conviction listed in Exhibit A, to "
                    + "redesignate as a misdemeanor each conviction listed in Exhibit B, and to direct the clerk "
                    + "to notify the Department of Justice as section 11361.9 requires.", dismiss.size(),
                    dismiss.size() == 1 ? "" : "s", reduce.size(), reduce.size() == 1 ? "" : "s"), 36);
            p.down(Pleading.PITCH);
            p.paragraph(f.serif(), "Respectfully submitted,", 250);
            Caption.signature(p, "Dated: ____________________", List.of(office.deputyName(),
                    "Deputy District Attorney, for", office.daName() + ", District Attorney"));

            exhibit(p, exhibitA(dismiss.size()), "EXHIBIT A", "Convictions to dismiss and seal (H&S § 11361.8(e)-(f), "
                    + "§ 11361.9)", dismiss);
            exhibit(p, exhibitB(reduce.size()), "EXHIBIT B", "Felony convictions to redesignate as misdemeanors "
                    + "(H&S § 11361.8(e)-(f), § 11361.9)", reduce);

            p.footerTitle(ORDER_TITLE);
            p.section(ORDER_BOOKMARK);
            Caption.draw(p, office, List.of("THE PERSONS LISTED IN EXHIBITS A AND B,"), "Defendants.",
                    "Case No.: (bulk; see Exhibits A and B)", ORDER_TITLE, List.of(office.courtName()));
            p.paragraph(f.serif(), "The Court has read the People's motion under Health and Safety Code section "
                    + "11361.9 and its Exhibits A and B. The Court FINDS:", 36);
            p.paragraph(f.serif(), "1. Each conviction listed in Exhibits A and B was identified under section "
                    + "11361.9, and the People do not challenge relief for it.", 36);
            p.paragraph(f.serif(), "2. Each conviction listed in Exhibit A is eligible for dismissal and sealing, "
                    + "and each felony conviction listed in Exhibit B is eligible for redesignation as a "
                    + "misdemeanor, under section 11361.8.", 36);
            p.paragraph(f.serif(), "IT IS ORDERED that each conviction listed in Exhibit A is dismissed and "
                    + "sealed; that each conviction listed in Exhibit B is redesignated as a misdemeanor; and that the "
                    + "clerk shall notify the Department of Justice of this order (§ 11361.9).", 36);
            p.paragraph(f.serifBold(), "IT IS SO ORDERED.", 36);
            p.down(Pleading.PITCH);
            Caption.signature(p, "Dated: ____________________", List.of("Judge of the Superior Court"));
            p.finishPart();
            pdf.finish(DocumentInfo.of(paper, DOCUMENT_TITLE, String.format(Locale.ROOT, "%s: %,d conviction%s to "
                    + "dismiss and seal (Exhibit A) and %,d felony conviction%s to redesignate as misdemeanors "
                    + "(Exhibit B), with the proposed order", office.courtName(), dismiss.size(),
                    dismiss.size() == 1 ? "" : "s", reduce.size(), reduce.size() == 1 ? "" : "s")));
            return pdf.pages();
        }
    }

    private void exhibit(Pleading p, String bookmark, String name, String caption, List<String[]> rows)
            throws IOException {
        var f = p.fonts;
        p.section(bookmark);
        p.newPage();
        p.centered("H1", f.serifBold(), 14, name, Pleading.PITCH);
        p.centered("P", f.serif(), 12, caption, Pleading.PITCH);
        if (rows.isEmpty()) {
            p.paragraph(f.serif(), "None.", 0);
            return;
        }
        p.table(PaperRows.EXHIBIT, rows);
        p.paragraph(f.serif(), String.format(Locale.ROOT, "%,d conviction%s.", rows.size(),
                rows.size() == 1 ? "" : "s"), 0);
    }
}
