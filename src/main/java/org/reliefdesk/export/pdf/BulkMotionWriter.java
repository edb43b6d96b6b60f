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
 * redesignate as misdemeanors), then the proposed order with findings and the judge's signature line.
 */
public final class BulkMotionWriter {
    static final String TITLE = "PEOPLE'S MOTION TO DISMISS AND SEAL, AND TO REDESIGNATE, CANNABIS CONVICTIONS "
            + "(H&S §§ 11361.8, 11361.9)";
    static final String ORDER_TITLE = "[PROPOSED] ORDER DISMISSING AND SEALING, AND REDESIGNATING, CANNABIS "
            + "CONVICTIONS (H&S §§ 11361.8, 11361.9)";
    private final PleadingFonts fonts;
    private final Letterhead office;
    private final List<String[]> dismiss = new ArrayList<>();
    private final List<String[]> reduce = new ArrayList<>();
    private AuditStamp stamp;

    public BulkMotionWriter(PleadingFonts fonts, Letterhead office) {
        this.fonts = fonts;
        this.office = office;
    }

    /** Takes a conviction; only effective Dismiss (Exhibit A) and Reduce (Exhibit B) are listed. */
    public void add(CourtConviction c) {
        if (c.outcome() == Outcome.DISMISS) {
            dismiss.add(PaperRows.exhibit(c));
        } else if (c.outcome() == Outcome.REDUCE) {
            reduce.add(PaperRows.exhibit(c));
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

    /** Writes the whole PDF; returns its page count. */
    public int write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Pleading p = new Pleading(doc, fonts.load(doc));
            if (stamp != null) {
                p.stamp(stamp.text());
                PaperStamps.put(doc, stamp);
            }
            var f = p.fonts;
            String county = office.countyWords();
            p.footerTitle(TITLE);
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

            exhibit(p, "EXHIBIT A", "Convictions to dismiss and seal (H&S § 11361.8(e)-(f), § 11361.9)", dismiss);
            exhibit(p, "EXHIBIT B", "Felony convictions to redesignate as misdemeanors (H&S § 11361.8(e)-(f), "
                    + "§ 11361.9)", reduce);

            p.footerTitle(ORDER_TITLE);
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
            int pages = doc.getNumberOfPages();
            doc.save(out);
            return pages;
        }
    }

    private void exhibit(Pleading p, String name, String caption, List<String[]> rows) throws IOException {
        var f = p.fonts;
        p.newPage();
        p.centered(f.serifBold(), 14, name, Pleading.PITCH);
        p.centered(f.serif(), 12, caption, Pleading.PITCH);
        if (rows.isEmpty()) {
            p.paragraph(f.serif(), "None.", 0);
            return;
        }
        p.table(PaperRows.EXHIBIT, rows);
        p.paragraph(f.serif(), String.format(Locale.ROOT, "%,d conviction%s.", rows.size(),
                rows.size() == 1 ? "" : "s"), 0);
    }
}
