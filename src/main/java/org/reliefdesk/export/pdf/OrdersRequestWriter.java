package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.FollowUpItem;
import org.reliefdesk.export.PaperText;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The People's request to the court to enter the orders on convictions filed long ago with no order yet
 * (follow-through.md, "Follow-up papers: to the court"), on pleading paper: the request citing H&S 11361.9, then one
 * table per filing and docket number of the convictions still waiting, and the signature.
 */
public final class OrdersRequestWriter {
    static final String TITLE = "PEOPLE'S REQUEST FOR ENTRY OF ORDERS ON PENDING MOTIONS (H&S § 11361.9)";
    static final String DOCUMENT_TITLE = "People's Request for Entry of Orders on Pending Motions (H&S § 11361.9)";
    static final String REQUEST_BOOKMARK = "Request for entry of orders";
    private static final List<Pleading.Column> COLUMNS = List.of(new Pleading.Column("Ref.", 54),
            new Pleading.Column("Name", 110), new Pleading.Column("DOB", 50), new Pleading.Column("CII", 54),
            new Pleading.Column("Case no.", 60), new Pleading.Column("Code section", 56),
            new Pleading.Column("Relief asked", 76));

    /** One filing still waiting: its date, docket, and the convictions in it with no order. */
    public record Filing(long id, LocalDate filedOn, String docket, List<FollowUpItem> items) {
    }

    private final PleadingFonts fonts;
    private final PaperSetup paper;
    private final List<Filing> filings = new ArrayList<>();
    private AuditStamp stamp;

    public OrdersRequestWriter(PleadingFonts fonts, PaperSetup paper) {
        this.fonts = fonts;
        this.paper = paper;
    }

    public void add(Filing f) {
        filings.add(f);
    }

    /** The audit reference printed on the last page and kept in the PDF's information (null: none). */
    public void stamp(AuditStamp value) {
        this.stamp = value;
    }

    /** Writes the PDF; returns its page count. {@code asOf} and {@code days}: "filed more than N days before". */
    public int write(OutputStream out, LocalDate asOf, int days) throws IOException {
        Letterhead office = paper.office();
        PaperRows rows = new PaperRows(paper.dates());
        try (PDDocument fontDoc = new PDDocument()) {
            PleadingFonts.Set set = fonts.load(fontDoc);
            StreamedPdf pdf = new StreamedPdf(out, set.serif(), set.serifBold(), set.condensed(), set.condensedBold());
            Pleading p = new Pleading(pdf, set);
            if (stamp != null) {
                p.stamp(stamp.text());
                pdf.stamp(stamp);
            }
            var f = p.fonts;
            int total = filings.stream().mapToInt(x -> x.items().size()).sum();
            p.footerTitle(TITLE);
            p.section(REQUEST_BOOKMARK);
            Caption.draw(p, office, List.of("THE PERSONS LISTED BELOW,"), "Defendants.",
                    "Case No.: (bulk; see the filings below)", TITLE, List.of(office.courtName()));
            p.paragraph(f.serifBold(), "TO THE HONORABLE COURT:", 0);
            p.paragraph(f.serif(), "Under Health and Safety Code section 11361.9, the People moved this Court to "
                    + "dismiss and seal, or to redesignate, the cannabis convictions listed below. Section 11361.9 "
                    + "requires the court to issue an order on each conviction, update its records and notify the "
                    + "Department of Justice.", 36);
            p.paragraph(f.serif(), String.format(Locale.ROOT, "As of %s, no order has been entered on the %,d "
                    + "conviction%s below, each filed more than %d days earlier. The People respectfully request that "
                    + "the Court enter the orders on them, and direct the clerk to notify the Department of Justice as "
                    + "section 11361.9 requires.", rows.date(asOf), total, total == 1 ? "" : "s", days), 36);
            for (Filing filing : filings) {
                p.ensure(Pleading.PITCH * 4);
                String heading = "Filed " + rows.date(filing.filedOn())
                        + (filing.docket().isBlank() ? "" : ", docket " + filing.docket()) + String.format(Locale.ROOT,
                        " (ReliefDesk filing %d): %,d conviction%s waiting", filing.id(), filing.items().size(),
                        filing.items().size() == 1 ? "" : "s");
                p.bookmark(heading);
                p.paragraph(f.serifBold(), heading, 0);
                List<String[]> table = new ArrayList<>();
                for (FollowUpItem i : filing.items()) {
                    table.add(new String[] {i.ref(), PaperText.orMissing(i.name()),
                            i.dob() != null ? rows.date(i.dob()) : PaperText.orMissing(i.dobText()),
                            PaperText.orMissing(i.cii()), PaperText.orMissing(i.caseNumber()),
                            PaperText.orMissing(i.section()), i.relief()});
                }
                p.table(COLUMNS, table);
            }
            if (filings.isEmpty()) {
                p.paragraph(f.serif(), "None: every filing has its orders.", 36);
            }
            p.down(Pleading.PITCH);
            p.paragraph(f.serif(), "Respectfully submitted,", 250);
            Caption.signature(p, "Dated: ____________________", List.of(office.deputyName(),
                    "Deputy District Attorney, for", office.daName() + ", District Attorney"));
            p.finishPart();
            pdf.finish(DocumentInfo.of(paper, DOCUMENT_TITLE, String.format(Locale.ROOT, "%s: request for entry of "
                    + "orders on %,d conviction%s in %d filing%s", office.courtName(), total, total == 1 ? "" : "s",
                    filings.size(), filings.size() == 1 ? "" : "s")));
            return pdf.pages();
        }
    }
}
