package org.reliefdesk.history;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's whole criminal history as the DOJ file gives it: every row (all counties, all sections), the
 * convictions built from them, PC 290 registrations and whether a DECEASED step exists.
 *
 * @param dob date of birth; null when {@code PRI_DOB} is missing or not a valid date
 */
public record PersonHistory(SubjectInfo subject, LocalDate dob, List<HistoryRow> rows,
                            List<Conviction> convictions, List<Registration> registrations, boolean deceased) {

    public String subjectId() {
        return subject.subjectId();
    }

    @Override
    public String toString() {
        return "PersonHistory[" + subject.subjectId() + ", " + rows.size() + " rows, " + convictions.size()
                + " convictions]";
    }
}
