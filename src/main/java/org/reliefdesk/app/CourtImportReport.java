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

    /**
     * The report in plain lines, for the window and for a saved report; {@code withRows} adds each row set aside
     * with its line and reason (reasons may quote a date of birth: the command line leaves them to
     * {@code rejected_rows.csv}).
     */
    public List<String> lines(boolean withRows) {
        List<String> out = new java.util.ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT, "%s (%s, mapping \"%s\"): %,d rows read, %,d accepted, %,d set "
                + "aside.", fileName, readAs, mappingName, rowsRead, rowsAccepted, rowsRejected));
        warnings.forEach(w -> out.add("Note: " + w));
        StringBuilder strengths = new StringBuilder();
        links.linkedByStrength().forEach((k, v) -> strengths.append(strengths.length() > 0 ? ", " : "")
                .append(String.format(java.util.Locale.ROOT, "%,d with strength %d", v, k)));
        out.add(String.format(java.util.Locale.ROOT, "Court people in all court files: %,d. Linked to a DOJ subject: %,d%s."
                        + " Ambiguous (several DOJ subjects match equally): %,d. No DOJ person: %,d.", links.people(),
                links.linked(), strengths.length() > 0 ? " (" + strengths + ")" : "", links.ambiguous(),
                links.noDojPerson()));
        if (links.withContradictions() > 0) {
            out.add(String.format(java.util.Locale.ROOT, "%,d court people had a DOJ subject left out because its date of "
                    + "birth or CII contradicts theirs.", links.withContradictions()));
        }
        for (AmbiguousPerson a : links.ambiguousPeople()) {
            out.add("Ambiguous: the court person first at " + a.firstRow() + " matches " + a.candidates() + ".");
        }
        if (pairing != null) {
            out.add(String.format(java.util.Locale.ROOT, "Run %d decided them: %,d court convictions are in the DOJ file "
                    + "too, %,d are in the court's records only, %,d are in both with different levels.",
                    pairing.runId(), pairing.both(), pairing.courtOnly(), pairing.disagreeing()));
        } else {
            out.add("No run has decided these records yet: run an evaluation (Runs & policy).");
        }
        if (withRows && !setAside.isEmpty()) {
            out.add("");
            out.add("Rows set aside:");
            for (RowProblem p : setAside) {
                out.add(p.file() + ", line " + p.line() + ": " + p.reason());
            }
            if (setAside.size() < rowsRejected) {
                out.add(String.format(java.util.Locale.ROOT, "... and %,d more (all are kept in the workspace).",
                        rowsRejected - setAside.size()));
            }
        }
        return out;
    }

    /** The same report with a run's pairing figures. */
    public CourtImportReport withPairing(Pairing p) {
        return new CourtImportReport(batchId, fileName, readAs, mappingName, rowsRead, rowsAccepted, rowsRejected,
                setAside, convictionRows, links, warnings, p);
    }
}
