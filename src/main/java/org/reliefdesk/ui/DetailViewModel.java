package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reliefdesk.app.CaseDetail;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.Outcome;

/**
 * The detail pane's state: the selected conviction in full, the identifiers (masked until revealed), and the
 * commands override and mark reviewed.
 */
public final class DetailViewModel {
    /** What masked identifiers show. */
    public static final String MASKED = "•••••••• (hidden)";
    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<CaseDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<java.util.List<org.reliefdesk.app.followthrough.Timeline.Step>> timeline =
            new ReadOnlyObjectWrapper<>(this, "timeline", java.util.List.of());
    private final ReadOnlyStringWrapper ssn = new ReadOnlyStringWrapper(this, "ssn", MASKED);
    private final ReadOnlyStringWrapper cdl = new ReadOnlyStringWrapper(this, "cdl", MASKED);
    private final ReadOnlyStringWrapper fbi = new ReadOnlyStringWrapper(this, "fbi", MASKED);
    private long loading = -1;

    DetailViewModel(MainViewModel main) {
        this.main = main;
    }

    public ReadOnlyObjectProperty<CaseDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The selected conviction's follow-through: decided, filed, ordered, confirmed, each with date and who. */
    public ReadOnlyObjectProperty<java.util.List<org.reliefdesk.app.followthrough.Timeline.Step>> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ssnProperty() {
        return ssn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cdlProperty() {
        return cdl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fbiProperty() {
        return fbi.getReadOnlyProperty();
    }

    void clear() {
        detail.set(null);
        timeline.set(java.util.List.of());
        mask();
    }

    private void mask() {
        ssn.set(MASKED);
        cdl.set(MASKED);
        fbi.set(MASKED);
    }

    /** Loads the selected conviction in full (off the FX thread). */
    void load(CaseRow row) {
        WorkspaceSession s = main.session();
        var run = main.currentRunProperty().get();
        if (row == null || s == null || run == null) {
            clear();
            return;
        }
        if (detail.get() != null && detail.get().row().decisionId() != row.decisionId()) {
            mask();
        }
        loading = row.decisionId();
        int runId = run.id();
        main.runner().start("Reading the case", (p, c) -> new Loaded(s.detail(runId, row),
                s.followThrough().timeline(runId, row.subjectId(), row.countOrder())), d -> {
            if (loading == d.detail().row().decisionId()) {
                timeline.set(d.timeline());
                detail.set(d.detail());
            }
        }, e -> main.problem("The case could not be read", e));
    }

    /** A case read in full with its timeline. */
    private record Loaded(CaseDetail detail, java.util.List<org.reliefdesk.app.followthrough.Timeline.Step> timeline) {
    }

    /** Shows SSN, licence and FBI number of the person on screen (the reveal is recorded in the audit log). */
    public void reveal() {
        CaseDetail d = detail.get();
        WorkspaceSession s = main.session();
        if (d == null || s == null) {
            return;
        }
        String user = main.settings().userName();
        main.runner().start("Revealing identifiers", (p, c) -> s.revealIdentifiers(d.person().subjectId(), user),
                ids -> ids.ifPresent(i -> {
                    ssn.set(blankAsNone(i.ssn()));
                    cdl.set(blankAsNone(i.cdl()));
                    fbi.set(blankAsNone(i.fbi()));
                }), e -> main.problem("The identifiers could not be read", e));
    }

    private static String blankAsNone(String v) {
        return v == null || v.isBlank() ? "(none on file)" : v;
    }

    /** Records an override with its reason; the grid and this pane show it at once. */
    public void override(Outcome outcome, String reason) {
        CaseDetail d = detail.get();
        WorkspaceSession s = main.session();
        var run = main.currentRunProperty().get();
        if (d == null || s == null || run == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            main.problem("The override was not saved", new IllegalArgumentException("An override needs a reason."));
            return;
        }
        String user = main.settings().userName();
        CaseRow row = currentRow(d);
        main.runner().start("Saving the override", (p, c) -> s.override(run.id(), row, outcome, reason, user),
                updated -> main.cases().replace(updated), e -> main.problem("The override was not saved", e));
    }

    /** Marks the conviction on screen reviewed (or not). */
    public void markReviewed(boolean reviewed) {
        CaseDetail d = detail.get();
        if (d == null) {
            return;
        }
        markReviewed(currentRow(d), reviewed);
    }

    /** Marks any row reviewed (or not), e.g. from the grid's shortcut. */
    public void markReviewed(CaseRow row, boolean reviewed) {
        WorkspaceSession s = main.session();
        if (row == null || s == null) {
            return;
        }
        String user = main.settings().userName();
        main.runner().start("Saving the review mark", (p, c) -> s.markReviewed(row, reviewed, user),
                updated -> main.cases().replace(updated), e -> main.problem("The review mark was not saved", e));
    }

    private CaseRow currentRow(CaseDetail d) {
        CaseRow sel = main.cases().selectedProperty().get();
        return sel != null && sel.decisionId() == d.row().decisionId() ? sel : d.row();
    }
}
