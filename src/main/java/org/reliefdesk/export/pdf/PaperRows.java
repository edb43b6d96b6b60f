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
    /**
     * Exhibit columns: reference, name, DOB, CII, case number, conviction date, code section, level (460 points).
     * Each exhibit asks one relief, named in its heading, so its rows need no relief column: the reference takes
     * that room (follow-through.md, "Stable references").
     */
    static final List<Pleading.Column> EXHIBIT = List.of(new Pleading.Column("Ref.", 54),
            new Pleading.Column("Name", 104), new Pleading.Column("DOB", 50), new Pleading.Column("CII", 54),
            new Pleading.Column("Case no.", 60), new Pleading.Column("Conv. date", 50),
            new Pleading.Column("Code section", 56), new Pleading.Column("Level", 32));
    private final PaperDates dates;

    PaperRows(PaperDates dates) {
        this.dates = dates;
    }

    String[] exhibit(CourtConviction c) {
        return new String[] {c.ref(), PaperText.orMissing(c.name()), PaperText.dob(c, dates),
                PaperText.orMissing(c.cii()), caseNumber(c), date(c.convictionDate()), PaperText.orMissing(c.section()),
                level(c.level())};
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
}
