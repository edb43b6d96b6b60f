package org.reliefdesk.app.followthrough;

import java.time.LocalDate;

/**
 * One row of the court's list of orders, its values already taken out of the file through the column mapping
 * (follow-through.md, "Court's list"): where it came from, how it names a conviction (reference, or case number +
 * section + an identity), the result as the court wrote it, the order date and, for a modified order, the relief
 * granted. Values the file lacks are empty strings (dates null).
 *
 * @param line 1-based line in the file (the header is line 1)
 */
public record CourtListRow(String file, long line, String ref, String courtCaseNumber, String section, String cii,
                           String name, LocalDate dob, String result, LocalDate orderDate, String newOutcome) {
    public CourtListRow {
        ref = ref == null ? "" : ref;
        courtCaseNumber = courtCaseNumber == null ? "" : courtCaseNumber;
        section = section == null ? "" : section;
        cii = cii == null ? "" : cii;
        name = name == null ? "" : name;
        result = result == null ? "" : result;
        newOutcome = newOutcome == null ? "" : newOutcome;
    }

    /** The same row with the relief a modified order granted. */
    public CourtListRow withOutcome(String words) {
        return new CourtListRow(file, line, ref, courtCaseNumber, section, cii, name, dob, result, orderDate, words);
    }
}
