package org.reliefdesk.app;

import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.Flag;

import java.util.List;

/**
 * Everything the detail pane shows for one conviction: the person, their whole history (the selected row is the
 * one with the decision's batch and row index), the decision with its trail, the flags explained, the statute in
 * plain words, the override history (oldest first), and the person's rows in the court's records with how they
 * linked and paired (court-records.md).
 */
public record CaseDetail(CaseRow row, SubjectInfo person, List<HistoryRow> history, DecisionRecord decision,
                         List<Flag> flags, String statuteText, List<OverrideEntry> overrides,
                         List<CourtRecords.CourtRowView> courtRows) {

    /** True for the history row the decision is about. */
    public boolean isSelected(HistoryRow r) {
        return r.batch() == decision.batch() && r.rowIndex() == decision.rowIndex();
    }

    @Override
    public String toString() {
        return "CaseDetail[" + row.decisionId() + "]";
    }
}
