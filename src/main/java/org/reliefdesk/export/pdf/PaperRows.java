package org.reliefdesk.export.pdf;

import org.reliefdesk.export.CourtConviction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How a conviction is written in the tables of court papers: US dates, short level and relief words. */
final class PaperRows {
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /**
     * Exhibit columns: reference, name, DOB, CII, case number, conviction date, code section, level (460 points).
     * Each exhibit asks one relief, named in its heading, so its rows need no relief column: the reference takes
     * that room (follow-through.md, "Stable references").
     */
    static final List<Pleading.Column> EXHIBIT = List.of(new Pleading.Column("Ref.", 54),
            new Pleading.Column("Name", 104), new Pleading.Column("DOB", 50), new Pleading.Column("CII", 54),
            new Pleading.Column("Case no.", 60), new Pleading.Column("Conv. date", 50),
            new Pleading.Column("Code section", 56), new Pleading.Column("Level", 32));

    private PaperRows() {
    }

    static String[] exhibit(CourtConviction c) {
        return new String[] {c.ref(), c.name(), c.dob() != null ? date(c.dob()) : c.dobText(), c.cii(),
                caseNumber(c), date(c.convictionDate()), c.section(), level(c.level())};
    }

    /** The case number, marked when the conviction is in the court's records only (court-records.md). */
    static String caseNumber(CourtConviction c) {
        return c.courtOnly() ? c.caseNumber() + " (court only)" : c.caseNumber();
    }

    static String date(LocalDate d) {
        return d == null ? "unknown" : US.format(d);
    }

    static String level(String level) {
        return switch (level) {
            case "felony" -> "Felony";
            case "misdemeanor" -> "Misd.";
            case "infraction" -> "Infr.";
            default -> "Unkn.";
        };
    }
}
