package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.PaperText;
import org.reliefdesk.rules.Outcome;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Notice to the court and the public defender under H&S 11361.9(c) of every conviction the People challenge
 * (effective outcome Not eligible), each with its grounds in plain words. Bookmarks to the notice and to the list.
 */
public final class ChallengeNoticeWriter {
    static final String TITLE = "NOTICE OF CHALLENGE TO RELIEF FOR CANNABIS CONVICTIONS (H&S § 11361.9(c))";
    static final String DOCUMENT_TITLE = "Notice of Challenge to Relief for Cannabis Convictions (H&S § 11361.9(c))";
    static final String NOTICE_BOOKMARK = "Notice of challenge to relief";
    /** The reference is the first line of the name cell: the grounds keep their width. */
    private static final List<Pleading.Column> COLUMNS = List.of(new Pleading.Column("Ref. / name", 72),
            new Pleading.Column("DOB", 50), new Pleading.Column("CII", 52), new Pleading.Column("Case no.", 50),
            new Pleading.Column("Conv. date", 50), new Pleading.Column("Code section", 46),
            new Pleading.Column("Level", 30), new Pleading.Column("Grounds", 110));
    private final PleadingFonts fonts;
    private final PaperSetup paper;
    private final PaperRows paperRows;
    private final List<String[]> rows = new ArrayList<>();
    private AuditStamp stamp;

    public ChallengeNoticeWriter(PleadingFonts fonts, PaperSetup paper) {
        this.fonts = fonts;
        this.paper = paper;
        this.paperRows = new PaperRows(paper.dates());
    }

    /** Takes a conviction; only those whose effective outcome is Not eligible are listed. */
    public void add(CourtConviction c) {
        if (c.outcome() == Outcome.NOT_ELIGIBLE) {
            String name = PaperText.orMissing(c.name());
            rows.add(new String[] {c.ref().isEmpty() ? name : c.ref() + "\n" + name, PaperText.dob(c, paper.dates()),
                    PaperText.orMissing(c.cii()), PaperText.orMissing(c.caseNumber()),
                    paperRows.date(c.convictionDate()), PaperText.orMissing(c.section()),
                    PaperRows.level(c.level()), c.grounds()});
        }
    }

    /** The audit reference printed on the last page and kept in the PDF's information (null: none). */
    public void stamp(AuditStamp value) {
        this.stamp = value;
    }

    public int challenges() {
        return rows.size();
    }

    /** The bookmark of the list of challenged convictions. */
    static String listBookmark(int n) {
        return String.format(Locale.ROOT, "Challenged convictions and grounds (%,d)", n);
    }

    /** Writes the PDF; returns its page count. */
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
            p.footerTitle(TITLE);
            p.section(NOTICE_BOOKMARK);
            Caption.draw(p, office, List.of("THE PERSONS LISTED BELOW,"), "Defendants.",
                    "Case No.: (bulk; see the list below)", TITLE, List.of(office.courtName()));
            p.paragraph(f.serifBold(), "TO THE COURT AND TO THE PUBLIC DEFENDER OF THE "
                    + office.countyWords().toUpperCase(Locale.ROOT) + ":", 0);
            p.paragraph(f.serif(), String.format(Locale.ROOT, "Under Health and Safety Code section 11361.9, "
                    + "subdivision (c), the People give notice that they challenge the dismissal, sealing or "
                    + "redesignation of the %,d conviction%s listed below, on the grounds stated for each. Relief is "
                    + "presumed unless the People prove otherwise by clear and convincing evidence (§ 11361.8, "
                    + "subd. (f)).", rows.size(), rows.size() == 1 ? "" : "s"), 36);
            p.paragraph(f.serif(), "Court: " + office.courtName() + ", " + office.courtAddress().replaceAll("\\R",
                    ", "), 0);
            p.bookmark(listBookmark(rows.size()));
            if (rows.isEmpty()) {
                p.paragraph(f.serif(), "None: the People challenge no conviction.", 36);
            } else {
                p.table(COLUMNS, rows);
            }
            p.down(Pleading.PITCH);
            Caption.signature(p, "Dated: ____________________", List.of(office.deputyName(),
                    "Deputy District Attorney, for", office.daName() + ", District Attorney"));
            p.finishPart();
            pdf.finish(DocumentInfo.of(paper, DOCUMENT_TITLE, String.format(Locale.ROOT, "%s: the People challenge "
                    + "relief for %,d conviction%s, with the grounds for each", office.courtName(), rows.size(),
                    rows.size() == 1 ? "" : "s")));
            return pdf.pages();
        }
    }
}
