package org.reliefdesk.export.pdf;

import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.PaperDates;
import org.reliefdesk.export.PaperText;

import java.time.LocalDate;
import java.util.List;

/**
 * How a conviction is written in the tables of court papers: dates in the chosen format, words for what the record
 * does not give, short level and relief words.
 */
final class PaperRows {
    /** Exhibit columns: name, DOB, CII, case number, conviction date, code section, level, relief (460 points). */
    static final List<Pleading.Column> EXHIBIT = List.of(new Pleading.Column("Name", 96),
            new Pleading.Column("DOB", 52), new Pleading.Column("CII", 54), new Pleading.Column("Case no.", 60),
            new Pleading.Column("Conv. date", 52), new Pleading.Column("Code section", 56),
            new Pleading.Column("Level", 32), new Pleading.Column("Relief", 58));
    private final PaperDates dates;

    PaperRows(PaperDates dates) {
        this.dates = dates;
    }

    String[] exhibit(CourtConviction c) {
        return new String[] {PaperText.orMissing(c.name()), PaperText.dob(c, dates), PaperText.orMissing(c.cii()),
                caseNumber(c), date(c.convictionDate()), PaperText.orMissing(c.section()), level(c.level()),
                relief(c)};
    }

    /** The case number (words when missing), marked when the conviction is in the court's records only. */
    static String caseNumber(CourtConviction c) {
        String n = PaperText.orMissing(c.caseNumber());
        return c.courtOnly() ? n + " (court only)" : n;
    }

    String date(LocalDate d) {
        return PaperText.date(d, dates);
    }

    static String level(String level) {
        return switch (level) {
            case "felony" -> "Felony";
            case "misdemeanor" -> "Misd.";
            case "infraction" -> "Infr.";
            default -> PaperText.NOT_ON_RECORD;
        };
    }

    static String relief(CourtConviction c) {
        return switch (c.outcome()) {
            case DISMISS -> "Dismiss/seal";
            case REDUCE -> "To misd.";
            case NOT_ELIGIBLE -> "Challenged";
            case NEEDS_REVIEW -> "Review";
        };
    }
}
