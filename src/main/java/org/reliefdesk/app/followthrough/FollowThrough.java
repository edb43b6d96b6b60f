package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.app.WorkspaceException;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The follow-through use cases (follow-through.md) built once by {@link org.reliefdesk.app.Services}: papers
 * checked, filings, court orders, later DOJ pulls, statuses, follow-up papers and progress figures. A workspace's
 * session hands them out bound to it ({@link #session}).
 */
public final class FollowThrough {
    private final PaperCheck papers = new PaperCheck();
    private final StatusService statuses = new StatusService();
    private final FilingService filings;
    private final OrderService orders;
    private final PullService pulls;
    private final FollowUpService followUps;
    private final ProgressService progress;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditService audit;

    /** {@code zone}: where "today" and the dates papers were made are read (the office's own time zone). */
    public FollowThrough(Clock clock, ZoneId zone, AuditService audit) {
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
        this.filings = new FilingService(clock, zone, audit, statuses);
        this.orders = new OrderService(clock, zone, audit, statuses);
        this.pulls = new PullService(clock, zone, audit, statuses);
        this.followUps = new FollowUpService(new PaperRecords(clock, audit), statuses);
        this.progress = new ProgressService(statuses);
    }

    /** The use cases bound to an open workspace (what the desktop app and the command line call). */
    public FollowThroughSession session(Workspace workspace) {
        return new FollowThroughSession(workspace, this);
    }

    /** Checks papers against a workspace file, read-only (works while another program has it open). */
    public PaperCheck.Result checkPapers(Path workspace, Path paper) throws FollowThroughException {
        try (Workspace w = Workspace.openReadOnly(workspace)) {
            return papers.check(w, paper);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    PaperCheck papers() {
        return papers;
    }

    StatusService statuses() {
        return statuses;
    }

    FilingService filings() {
        return filings;
    }

    OrderService orders() {
        return orders;
    }

    PullService pulls() {
        return pulls;
    }

    FollowUpService followUps() {
        return followUps;
    }

    ProgressService progress() {
        return progress;
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return zone;
    }

    AuditService audit() {
        return audit;
    }
}
