package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.RecordSource;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as a run keeps it: the conviction facts the run used (in gogen mode, gogen's view of them), the
 * outcome with its reason, flags, explanation and trail, and the person-level numbers for the outputs.
 *
 * @param convictionDate null when unknown (gogen mode uses 0001-01-01, Go's zero time, as gogen did)
 * @param flags          flag names joined with {@code ;}
 * @param recordSource   where the conviction is recorded: the DOJ file, the court's export, or both
 */
public record DecisionRecord(int batch, long rowIndex, long line, String subjectId, String countOrder,
                             LocalDate convictionDate, LocalDate offenseDate, String section, String level,
                             String county, String court, String caseNumber, Outcome outcome, ReasonCode reason,
                             String reasonText, String flags, String explanation, List<TrailEntry> trail,
                             SubjectReport report, RecordSource recordSource) {

    /** A decision on a conviction of the DOJ file alone. */
    public DecisionRecord(int batch, long rowIndex, long line, String subjectId, String countOrder,
                          LocalDate convictionDate, LocalDate offenseDate, String section, String level,
                          String county, String court, String caseNumber, Outcome outcome, ReasonCode reason,
                          String reasonText, String flags, String explanation, List<TrailEntry> trail,
                          SubjectReport report) {
        this(batch, rowIndex, line, subjectId, countOrder, convictionDate, offenseDate, section, level, county, court,
                caseNumber, outcome, reason, reasonText, flags, explanation, trail, report, RecordSource.DOJ);
    }

    public static DecisionRecord of(Decision d, SubjectReport report) {
        Conviction c = d.conviction();
        return new DecisionRecord(c.batch(), c.rowIndex(), c.line(), c.subjectId(), c.countOrder(), c.date(),
                c.offenseDate(), c.sectionDisplay(), c.level().name(), c.county(), c.court(), c.caseNumber(),
                d.outcome(), d.reason(), d.reasonText(), d.flagList(), d.explanation(), d.trail(), report,
                c.source());
    }

    /** True for gogen's zero date, which gogen mode keeps for an invalid STP_EVENT_DATE. */
    public boolean hasZeroDate() {
        return GogenEvaluator.ZERO.equals(convictionDate);
    }
}
