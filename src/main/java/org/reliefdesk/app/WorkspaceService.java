package org.reliefdesk.app;

import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Opens, creates and builds (demo) workspaces for the desktop app; refuses what it cannot safely open. */
public final class WorkspaceService {
    /** The extension of workspace files. */
    public static final String EXTENSION = ".reliefdesk";
    /** The system property naming this program in a workspace's lock file (the launcher sets it). */
    public static final String PROGRAM_PROPERTY = org.reliefdesk.store.WorkspaceLock.PROGRAM_PROPERTY;
    /** The county of the fabricated demo data. */
    public static final String DEMO_COUNTY = "SAN JOAQUIN";

    private final ImportService imports;
    private final EvaluationService evaluations;
    private final AuditService audit;
    private final TestDataService testData;
    private final BundleExportService exports;
    private final CourtExportService courtExports;
    private final CourtImportService courtImports;
    private final MappingService mappings;
    private final Clock clock;
    private final BackupLimits limits;
    private final org.reliefdesk.app.followthrough.FollowThrough followThrough;

    /** {@code limits}: how many backups each workspace opened here keeps. */
    public WorkspaceService(ImportService imports, EvaluationService evaluations, AuditService audit,
                            TestDataService testData, BundleExportService exports, CourtExportService courtExports,
                            CourtImportService courtImports, MappingService mappings, Clock clock,
                            BackupLimits limits, org.reliefdesk.app.followthrough.FollowThrough followThrough) {
        this.courtImports = courtImports;
        this.mappings = mappings;
        this.limits = limits;
        this.followThrough = followThrough;
        this.exports = exports;
        this.courtExports = courtExports;
        this.imports = imports;
        this.evaluations = evaluations;
        this.audit = audit;
        this.testData = testData;
        this.clock = clock;
    }

    /**
     * Opens an existing workspace for review and changes. Refuses, with a message a paralegal understands and
     * without changing the file: a missing file, a file that is not a workspace, one from a newer version, a
     * read-only one, a damaged one, and one another program or window has open for changes (the message names
     * who). An older workspace is backed up, then upgraded.
     */
    public WorkspaceSession open(Path path) {
        if (Files.isRegularFile(path) && (!Files.isWritable(path) || !writableFolder(path))) {
            open(() -> {
                Workspace.undoInterruptedChange(path); // with a journal beside it: says it cannot be undone here
                return null;
            });
            throw new WorkspaceException(path.getFileName() + " is read-only (or its folder is), so reviews and "
                    + "overrides could not be saved. Copy it to a folder you can write to, or ask for write "
                    + "permission, then open it again.");
        }
        if (Workspace.isEmptyFile(path)) {
            throw new EmptyWorkspaceException(path);
        }
        Workspace w;
        try {
            w = Workspace.open(path, limits);
        } catch (StoreException e) {
            if (Workspace.isEmptyFile(path)) {
                throw new EmptyWorkspaceException(path); // empty once its interrupted creation was undone
            }
            throw new WorkspaceException(e.getMessage(), e);
        }
        try {
            w.checkNotLocked();
        } catch (StoreException e) {
            w.close();
            throw new WorkspaceException(e.getMessage(), e);
        }
        return session(w);
    }

    /** Creates a new, empty workspace; refuses to overwrite anything. */
    public WorkspaceSession create(Path path) {
        return session(open(() -> Workspace.create(path, limits)));
    }

    /**
     * A workspace file that is empty: its creation was interrupted (a kill, a crash) before anything was saved in it,
     * or it is a new empty file. Nothing in it can be lost, and {@link #continueEmpty} sets it up.
     */
    public static final class EmptyWorkspaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Path path;

        EmptyWorkspaceException(Path path) {
            super(path.getFileName() + " is empty: ReliefDesk was stopped while creating it, before anything was "
                    + "saved in it (or it is a new, empty file). Nothing in it can be lost; it can be set up now as a "
                    + "new, empty workspace.");
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }

    /** Sets up an empty workspace file as a new workspace (see {@link EmptyWorkspaceException}) and opens it. */
    public WorkspaceSession continueEmpty(Path path) {
        return session(open(() -> Workspace.openOrCreate(path, limits)));
    }

    /**
     * Before a command works on a workspace: undoes a change left unfinished by a kill, a crash or a full disk, and
     * sets up a file left empty by an interrupted creation; returns one line for each thing done (none when the file
     * was fine or does not exist).
     *
     * @throws WorkspaceException when an interrupted change cannot be undone here (read-only or full disk); nothing
     *                            is touched, and the message says what to do
     */
    public List<String> recover(Path path) {
        List<String> notes = new java.util.ArrayList<>();
        open(() -> {
            Workspace.undoInterruptedChange(path).ifPresent(notes::add);
            if (Workspace.isEmptyFile(path)) {
                try (Workspace w = Workspace.openOrCreate(path, limits)) {
                    notes.addAll(w.notes());
                }
            }
            return null;
        });
        return notes;
    }

    /**
     * Builds a fresh demo workspace in {@code folder} from fabricated data (no real person): generates a DOJ-format
     * file and a matching court export, imports both (the court's through its saved mapping) and evaluates them with
     * the BEAR default preset, and gives it a past of filing, court order and later DOJ pull ({@link DemoHistory}).
     * An older demo workspace there is replaced, and its backups removed.
     */
    public WorkspaceSession createDemo(Path folder, long rows, Progress progress, Cancellation cancel)
            throws IOException {
        Files.createDirectories(folder);
        Path input = folder.resolve("DEMO-fabricated-doj.csv");
        Path file = folder.resolve("DEMO" + EXTENSION);
        // refuses while another window has the demo workspace open, before anything is deleted
        open(() -> {
            org.reliefdesk.store.WorkspaceLock.acquire(file).close();
            return null;
        });
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder.resolve("DEMO" + EXTENSION + "-journal"));
        WorkspaceBackups.removeAll(file);
        progress.begin("Making fabricated demo data", -1);
        Path court = folder.resolve("DEMO-fabricated-court.csv");
        Path courtMapping = folder.resolve("DEMO-court-mapping.json");
        testData.generate(input, DEMO_COUNTY, rows, 64, new TestDataService.CourtOutput(court, courtMapping, 0),
                Progress.NONE);
        WorkspaceSession s = create(file);
        try {
            s.markDemo();
            s.setCounty(DEMO_COUNTY);
            DemoHistory past = new DemoHistory(clock, audit.user(), limits);
            org.reliefdesk.court.CourtMapping mapping = s.court().readMapping(courtMapping);
            past.importAndEvaluate(s.workspace(), input, court, mapping, DEMO_COUNTY, progress, cancel);
            past.followThrough(s.workspace(), folder, input, DEMO_COUNTY, cancel);
            s.court().saveMapping(mapping, CourtTestData.HEADER);
            // a fresh demo has no backups: none of an older demo, nor the one its own court import took while built
            WorkspaceBackups.removeAll(file);
            return s;
        } catch (org.reliefdesk.tabular.TableException e) {
            s.close();
            throw new IllegalStateException("the demo's court mapping does not read", e);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static boolean writableFolder(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null || Files.isWritable(parent);
    }

    private interface Opener {
        Workspace open();
    }

    private static Workspace open(Opener opener) {
        try {
            return opener.open();
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private WorkspaceSession session(Workspace w) {
        return new WorkspaceSession(w, imports, evaluations, audit, exports, courtExports,
                new CourtRecords(w, courtImports, mappings), clock, followThrough);
    }
}
