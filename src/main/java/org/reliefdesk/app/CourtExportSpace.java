package org.reliefdesk.app;

import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

/**
 * What a court export will take on its disks, from the run's counts, so that it is refused before anything is
 * written. Sizes per item as measured on 102,632 convictions of 49,208 people (42,739 with an order), rounded up.
 */
final class CourtExportSpace {
    /** Workbook bytes per conviction: 152 measured; 40 more with SSN, licence and FBI number. */
    static final long WORKBOOK_PER_CONVICTION = 160;
    static final long IDENTIFIERS_PER_CONVICTION = 40;
    /** Motion bytes per conviction in its exhibits: 78 measured. */
    static final long MOTION_PER_CONVICTION = 80;
    /** One-file orders, bytes per person: 3,278 measured. */
    static final long ORDERS_PER_PERSON = 3_500;
    /** One order per file: 28.7 KB measured (each embeds its font subset), plus the disk's block rounding. */
    static final long ORDER_FILE = 32 << 10;
    /** Notice bytes per challenged conviction: 267 measured. */
    static final long NOTICE_PER_CONVICTION = 300;
    /** Each PDF's fixed part (fonts, first pages). */
    static final long PDF_BASE = 512 << 10;
    /** The workspace gets an audit entry (and the office details when given): a few pages and their journal. */
    static final long WORKSPACE_ENTRY = 1 << 20;

    private CourtExportSpace() {
    }

    static DiskSpace.Estimate estimate(DiskSpace disk, Workspace workspace, RunRepository.Run run,
                                       CourtExportService.Request r) {
        ImpactSummary s = run.summary();
        long convictions = run.decisions();
        long overridden = new OverrideRepository(workspace).latestOverrides().size();
        // every conviction an override may have moved counts on both sides: an estimate, not a promise
        long relief = Math.min(convictions, outcome(s, Outcome.DISMISS) + outcome(s, Outcome.REDUCE) + overridden);
        long challenged = Math.min(convictions, outcome(s, Outcome.NOT_ELIGIBLE) + outcome(s, Outcome.NEEDS_REVIEW)
                + overridden);
        long people = s.subjectsWithProp64InCounty();
        DiskSpace.Estimate e = disk.estimate("the export");
        e.add(workspace.path(), WORKSPACE_ENTRY);
        if (r.workbook() != null) {
            e.add(r.workbook(), convictions * (WORKBOOK_PER_CONVICTION
                    + (r.identifiers() ? IDENTIFIERS_PER_CONVICTION : 0)));
        }
        if (r.motion() != null) {
            e.add(r.motion(), PDF_BASE + relief * MOTION_PER_CONVICTION);
        }
        if (r.orders() != null) {
            e.add(r.orders(), PDF_BASE + people * ORDERS_PER_PERSON);
        }
        if (r.ordersFolder() != null) {
            e.add(r.ordersFolder(), people * ORDER_FILE);
        }
        if (r.notice() != null) {
            e.add(r.notice(), PDF_BASE + challenged * NOTICE_PER_CONVICTION);
        }
        return e;
    }

    private static long outcome(ImpactSummary s, Outcome o) {
        return s.byOutcome().getOrDefault(o.name(), 0);
    }
}
