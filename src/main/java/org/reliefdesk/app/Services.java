package org.reliefdesk.app;

import java.time.Clock;

/** The one hand-written composition root: builds the use cases once for the GUI or the CLI. */
public final class Services {
    private final AuditService audit;
    private final ImportService imports;
    private final EvaluationService evaluations;
    private final BundleExportService exports;
    private final RunService runs;
    private final TestDataService testData;
    private final WorkspaceService workspaces;
    private final CourtExportService courtExports;
    private final BackupService backups;
    private final org.reliefdesk.app.followthrough.FollowThrough followThrough;

    public Services(Clock clock, String user) {
        this.audit = new AuditService(clock, user);
        this.imports = new ImportService(clock, audit);
        this.evaluations = new EvaluationService(clock, audit);
        this.exports = new BundleExportService();
        this.runs = new RunService(imports, evaluations, exports, System::nanoTime);
        this.testData = new TestDataService();
        this.courtExports = new CourtExportService(clock, audit);
        this.backups = new BackupService(clock, audit);
        this.followThrough = new org.reliefdesk.app.followthrough.FollowThrough(clock, clock.getZone(), audit);
        this.workspaces = new WorkspaceService(imports, evaluations, audit, testData, exports, courtExports, clock,
                followThrough);
    }

    /**
     * Production wiring: the system clock for timestamps (stored in UTC) in the computer's time zone, which says what
     * "today" is for filing and order dates; the OS user for the audit log.
     */
    public static Services standard() {
        return new Services(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
    }

    public AuditService audit() {
        return audit;
    }

    public ImportService imports() {
        return imports;
    }

    public EvaluationService evaluations() {
        return evaluations;
    }

    public BundleExportService exports() {
        return exports;
    }

    public RunService runs() {
        return runs;
    }

    public WorkspaceService workspaces() {
        return workspaces;
    }

    /** Court-ready exports: workbook, bulk motion, per-person orders, notice of challenges. */
    public CourtExportService courtExports() {
        return courtExports;
    }

    /** The workspaces' automatic backups: list, restore. */
    public BackupService backups() {
        return backups;
    }

    /** Filings, court orders, later DOJ pulls, statuses, follow-up papers, progress (follow-through.md). */
    public org.reliefdesk.app.followthrough.FollowThrough followThrough() {
        return followThrough;
    }

    /** Later DOJ pulls made from fabricated files (demos, tests, benchmarks of follow-through). */
    public LaterPullGenerator laterPulls() {
        return new LaterPullGenerator();
    }

    public TestDataService testData() {
        return testData;
    }
}
