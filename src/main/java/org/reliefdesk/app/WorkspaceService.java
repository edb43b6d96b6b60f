package org.reliefdesk.app;

import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

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
    private final Clock clock;
    private final org.reliefdesk.app.followthrough.FollowThrough followThrough;

    public WorkspaceService(ImportService imports, EvaluationService evaluations, AuditService audit,
                            TestDataService testData, BundleExportService exports, CourtExportService courtExports,
                            Clock clock, org.reliefdesk.app.followthrough.FollowThrough followThrough) {
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
            throw new WorkspaceException(path.getFileName() + " is read-only (or its folder is), so reviews and "
                    + "overrides could not be saved. Copy it to a folder you can write to, or ask for write "
                    + "permission, then open it again.");
        }
        Workspace w = open(() -> Workspace.open(path));
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
        return session(open(() -> Workspace.create(path)));
    }

    /**
     * Builds a fresh demo workspace in {@code folder} from fabricated data (no real person): generates a DOJ-format
     * file, imports it and evaluates it with the BEAR default preset, and gives it a past of filing, court order and
     * later DOJ pull ({@link DemoHistory}). An older demo workspace there is replaced.
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
        progress.begin("Making fabricated demo data", -1);
        testData.generate(input, DEMO_COUNTY, rows, 64, Progress.NONE);
        WorkspaceSession s = create(file);
        try {
            s.markDemo();
            s.setCounty(DEMO_COUNTY);
            new DemoHistory(clock, audit.user()).build(s.workspace(), folder, input, DEMO_COUNTY, progress, cancel);
            return s;
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
        return new WorkspaceSession(w, imports, evaluations, audit, exports, courtExports, clock, followThrough);
    }
}
