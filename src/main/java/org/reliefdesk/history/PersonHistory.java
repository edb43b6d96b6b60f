package org.reliefdesk.history;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's whole criminal history as the DOJ file gives it: every row (all counties, all sections), the
 * convictions built from them, PC 290 registrations and whether a DECEASED step exists.
 *
 * @param dob date of birth; null when {@code PRI_DOB} is missing or not a valid date
 * @param identity whose history it is: a DOJ subject, or a court person the DOJ file does not have
 * @param identityNote for a court person: how linking went, in words (candidates, keys), for the trail
 */
public record PersonHistory(SubjectInfo subject, LocalDate dob, List<HistoryRow> rows,
                            List<Conviction> convictions, List<Registration> registrations, boolean deceased,
                            CourtIdentity identity, String identityNote) {

    /** A DOJ subject's history. */
    public PersonHistory(SubjectInfo subject, LocalDate dob, List<HistoryRow> rows, List<Conviction> convictions,
                         List<Registration> registrations, boolean deceased) {
        this(subject, dob, rows, convictions, registrations, deceased, CourtIdentity.DOJ_SUBJECT, "");
    }

    /** The same history with other convictions (court convictions added or paired). */
    public PersonHistory withConvictions(List<Conviction> list) {
        return new PersonHistory(subject, dob, rows, List.copyOf(list), registrations, deceased, identity,
                identityNote);
    }

    public String subjectId() {
        return subject.subjectId();
    }

    @Override
    public String toString() {
        return "PersonHistory[" + subject.subjectId() + ", " + rows.size() + " rows, " + convictions.size()
                + " convictions]";
    }
}
