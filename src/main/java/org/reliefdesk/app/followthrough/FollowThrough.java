package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.app.WorkspaceException;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The follow-through use cases (follow-through.md) built once by {@link org.reliefdesk.app.Services}: papers made and
 * checked, filings, court orders, later DOJ pulls, statuses, follow-up papers and progress figures.
 */
public final class FollowThrough {
    private final PaperCheck papers = new PaperCheck();

    /** {@code zone}: where "today" and the dates papers were made are read (the office's own time zone). */
    public FollowThrough(Clock clock, ZoneId zone, AuditService audit) {
    }

    /** Checks papers against a workspace file, read-only (works while another program has it open). */
    public PaperCheck.Result checkPapers(Path workspace, Path paper) throws FollowThroughException {
        try (Workspace w = Workspace.openReadOnly(workspace)) {
            return papers.check(w, paper);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** Checks papers against an open workspace. */
    public PaperCheck.Result checkPapers(Workspace workspace, Path paper) throws FollowThroughException {
        return papers.check(workspace, paper);
    }
}
