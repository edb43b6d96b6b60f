package org.reliefdesk.court;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.IdentityKeys;
import org.reliefdesk.history.Level;

import java.time.LocalDate;

/**
 * One charge of a court export as read through its mapping: values as the file gives them (trimmed), the name in
 * DOJ's form, dates resolved, the level mapped, and whether the disposition means a conviction. Identity keys are
 * derived (court-records.md, "Identity keys").
 *
 * @param rowIndex 0-based position among the file's accepted rows (with the file: the row's id)
 * @param line     1-based line (the header is line 1)
 * @param section  the code section as written (the charge text); {@link #codeSection()} reads it
 */
public record CourtRow(long rowIndex, long line, String caseNumber, String name, LocalDate dob, String cii,
                       String ssn, String cdl, String fbi, String section, String levelRaw, Level level,
                       String disposition, boolean conviction, LocalDate dispositionDate, LocalDate offenseDate) {

    public String caseKey() {
        return IdentityKeys.caseNumber(caseNumber);
    }

    public String ciiKey() {
        return IdentityKeys.cii(cii);
    }

    public String ssnKey() {
        return IdentityKeys.ssn(ssn);
    }

    public String cdlKey() {
        return IdentityKeys.cdl(cdl);
    }

    /** The code section read from the charge text, or null when it cannot be read. */
    public CodeSection codeSection() {
        return CodeSection.fromCharge(section).orElse(null);
    }

    /**
     * The key that groups rows of one court person (court-records.md): the normalised CII, else the SSN, else the
     * name with the DOB, else the driver licence, else the row alone.
     */
    public String groupKey(String fileRowId) {
        String k = ciiKey();
        if (!k.isEmpty()) {
            return "C:" + k;
        }
        k = ssnKey();
        if (!k.isEmpty()) {
            return "S:" + k;
        }
        if (!name.isEmpty() && dob != null) {
            return "N:" + name + "|" + dob;
        }
        k = cdlKey();
        if (!k.isEmpty()) {
            return "D:" + k;
        }
        return "R:" + fileRowId;
    }

    @Override
    public String toString() {
        return "CourtRow[line " + line + "]";
    }
}
