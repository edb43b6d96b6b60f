package org.reliefdesk.link;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.RecordSource;
import org.reliefdesk.history.Sentence;

import java.util.List;
import java.util.Locale;

/**
 * A court row with where it comes from: its imported file (batch id and name) and the court's county.
 *
 * @param batch the court file's import id
 */
public record CourtCharge(int batch, String fileName, String county, CourtRow row) {

    /** The row as reports and {@code court_links.csv} name it: {@code file:line}. */
    public String ref() {
        return fileName + ":" + row.line();
    }

    /** The count key of a court-only conviction (court-records.md): {@code COURT:file:line}. */
    public String countOrder() {
        return "COURT:" + ref();
    }

    /** What pairing compares. */
    public Pairing.CourtSide side() {
        return new Pairing.CourtSide(row.caseKey(), row.codeSection(), row.dispositionDate());
    }

    /**
     * The row as a court-only conviction of {@code subjectId}: dated by its disposition date, its offense date the
     * file's (else the disposition date), its level the file's as the mapping reads it.
     */
    public Conviction conviction(String subjectId) {
        boolean offense = row.offenseDate() != null;
        String levelSource = row.levelRaw().isEmpty() ? "the court file (no level given)"
                : "the court file's level \"" + row.levelRaw() + "\"";
        return new Conviction(subjectId, countOrder(), batch, row.rowIndex(), row.line(), 1, row.dispositionDate(),
                DojDates.iso(row.dispositionDate()), "the court's disposition date",
                offense ? row.offenseDate() : row.dispositionDate(),
                offense ? "the court's offense date" : "the court's disposition date", row.section(), false,
                row.codeSection(), row.level(), levelSource, county, "SUPERIOR COURT, " + county.toUpperCase(Locale.ROOT)
                + " COUNTY", List.of(row.caseNumber()), Sentence.NONE, List.of(), row.disposition(),
                RecordSource.COURT, null, ref(), false);
    }
}
