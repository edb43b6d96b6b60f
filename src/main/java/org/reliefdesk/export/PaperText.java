package org.reliefdesk.export;

import org.reliefdesk.doj.DojText;

/**
 * Words for what a DOJ record does not give, as papers and the workbook write them: "not on record", never a blank,
 * empty punctuation or "unknown". One place, so every paper says it the same way.
 */
public final class PaperText {
    /** A table cell or value the record does not give. */
    public static final String NOT_ON_RECORD = "not on record";

    private PaperText() {
    }

    /** The value as it is, or {@value #NOT_ON_RECORD} when it is blank (or the DOJ's {@code NULL}). */
    public static String orMissing(String value) {
        return DojText.clean(value).isEmpty() ? NOT_ON_RECORD : value;
    }

    /**
     * The date of birth for a table cell: the date in the chosen format; {@value #NOT_ON_RECORD} when the DOJ gave
     * none (blank or zeros); {@code filed as 19830100} when it gave something that is not a date.
     */
    public static String dob(CourtConviction c, PaperDates dates) {
        if (c.dob() != null) {
            return dates.format(c.dob());
        }
        String filed = DojText.clean(c.dobText());
        return filed.isEmpty() || filed.chars().allMatch(ch -> ch == '0') ? NOT_ON_RECORD : "filed as " + filed;
    }

    /** The date of birth in running text: {@code DOB 01/04/1983}, or {@code date of birth not on record}. */
    public static String dobPhrase(CourtConviction c, PaperDates dates) {
        String dob = dob(c, dates);
        return c.dob() != null ? "DOB " + dob : "date of birth " + dob;
    }

    /** The CII in running text: {@code CII 12345678}, or {@code CII not on record}. */
    public static String ciiPhrase(String cii) {
        return "CII " + orMissing(cii);
    }

    /** A date for a table cell: the chosen format, or {@value #NOT_ON_RECORD}. */
    public static String date(java.time.LocalDate date, PaperDates dates) {
        return date == null ? NOT_ON_RECORD : dates.format(date);
    }
}
