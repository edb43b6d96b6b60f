package org.reliefdesk.app;

import org.reliefdesk.doj.RowProblem;

import java.util.List;
import java.util.Map;

/**
 * What a court import did (court-records.md, "What the user sees and gets"): rows read and set aside (the first
 * {@value CourtImportService#REPORTED_PROBLEMS} listed with file, line and reason; all are kept in the workspace),
 * court people linked by strength, ambiguous (with their candidates) and with no DOJ person; once a run has
 * decided them, its convictions in both records, court-only and disagreeing.
 *
 * @param pairing null until a run has evaluated the court records
 */
public record CourtImportReport(int batchId, String fileName, String readAs, String mappingName, long rowsRead,
                                long rowsAccepted, long rowsRejected, List<RowProblem> setAside, long convictionRows,
                                Links links, List<String> warnings, Pairing pairing) {

    /** How the court people linked to DOJ subjects. */
    public record Links(int people, Map<Integer, Integer> linkedByStrength, int ambiguous, int noDojPerson,
                        int withContradictions, List<AmbiguousPerson> ambiguousPeople) {
        public int linked() {
            return linkedByStrength.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A court person matching several DOJ subjects equally: their first row ({@code file:line}) and candidates. */
    public record AmbiguousPerson(String firstRow, String candidates) {
    }

    /** A run's court convictions: paired with a DOJ count, court-only, and paired with another level. */
    public record Pairing(int runId, long both, long courtOnly, long disagreeing) {
    }

    /** The same report with a run's pairing figures. */
    public CourtImportReport withPairing(Pairing p) {
        return new CourtImportReport(batchId, fileName, readAs, mappingName, rowsRead, rowsAccepted, rowsRejected,
                setAside, convictionRows, links, warnings, p);
    }
}
