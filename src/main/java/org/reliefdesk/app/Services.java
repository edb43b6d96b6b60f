package org.reliefdesk.app;

import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.NativeSqlite;

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
    private final CourtImportService courtImports;
    private final MappingService mappings;
    private final org.reliefdesk.app.followthrough.FollowThrough followThrough;

    /** Default backup limits, the real disks. */
    public Services(Clock clock, String user) {
        this(clock, user, BackupSettings.DEFAULT);
    }

    /** The given backup limits, the real disks. */
    public Services(Clock clock, String user, BackupSettings backupSettings) {
        this(clock, user, backupSettings, DiskSpace.ofFileSystem());
    }

    /**
     * {@code backupSettings}: how many backups each workspace keeps; {@code disk}: the free space that imports,
     * evaluations and exports check before they start.
     */
    public Services(Clock clock, String user, BackupSettings backupSettings, DiskSpace disk) {
        BackupLimits limits = backupSettings.limits();
        this.audit = new AuditService(clock, user);
        this.imports = new ImportService(clock, audit, disk);
        this.courtImports = new CourtImportService(clock, audit, disk);
        this.mappings = new MappingService(clock, audit);
        this.evaluations = new EvaluationService(clock, audit, disk);
        this.exports = new BundleExportService(disk);
        this.runs = new RunService(imports, courtImports, evaluations, exports, System::nanoTime, limits);
        this.testData = new TestDataService();
        this.courtExports = new CourtExportService(clock, audit, CourtExportService.defaultThreads(), disk, limits);
        this.backups = new BackupService(clock, audit, limits);
        // "today" for filing, order and pull dates is read in the clock's time zone (production: the computer's)
        this.followThrough = new org.reliefdesk.app.followthrough.FollowThrough(clock, clock.getZone(), audit);
        this.workspaces = new WorkspaceService(imports, evaluations, audit, testData, exports, courtExports,
                courtImports, mappings, clock, limits, followThrough);
    }

    /** Production wiring: the system clock for timestamps, the OS user for the audit log, the user's folders. */
    public static Services standard() {
        return standard(UserFolders.current(), BackupSettings.DEFAULT);
    }

    /** Production wiring with the user's backup limits. */
    public static Services standard(BackupSettings backupSettings) {
        return standard(UserFolders.current(), backupSettings);
    }

    /** Production wiring with the user's folders decided already, default backup limits. */
    public static Services standard(UserFolders folders) {
        return standard(folders, BackupSettings.DEFAULT);
    }

    /**
     * Production wiring with the user's folders and backup limits: SQLite's native library is kept in their cache
     * folder (before any workspace is opened).
     */
    public static Services standard(UserFolders folders, BackupSettings backupSettings) {
        NativeSqlite.cacheIn(folders.cacheFolder());
        return new Services(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"), backupSettings);
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

    /** Court case-system exports read through a column mapping, linked to DOJ subjects. */
    public CourtImportService courtImports() {
        return courtImports;
    }

    /** The column-mapping machinery: previews, distinct values, saved mappings. */
    public MappingService mappings() {
        return mappings;
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
