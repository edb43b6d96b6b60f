package org.reliefdesk.history;

/**
 * Whose history a {@link PersonHistory} is: a DOJ subject (with any court rows linked to them), or a court person
 * the DOJ file does not have: no DOJ person matched, or several matched equally (court-records.md).
 */
public enum CourtIdentity {
    DOJ_SUBJECT, NO_DOJ_PERSON, AMBIGUOUS
}
