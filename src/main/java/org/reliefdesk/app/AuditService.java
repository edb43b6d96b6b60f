package org.reliefdesk.app;

import org.reliefdesk.store.AuditChain;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** Writes who did what to the workspace's audit log. Details never hold names or identifiers of people. */
public final class AuditService {
    private final Clock clock;
    private final String user;

    public AuditService(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    public String user() {
        return user;
    }

    public void record(Workspace workspace, String action, String detail) {
        new AuditRepository(workspace).append(Instant.now(clock).toString(), user, action, detail);
    }

    /** Checks the audit chain of a workspace file, read-only (works while another program has it open). */
    public AuditCheck verify(Path workspace) {
        try (Workspace w = Workspace.openReadOnly(workspace)) {
            return verify(w);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /** Checks the audit chain of an open workspace (audit log, overrides, review marks). */
    public AuditCheck verify(Workspace workspace) {
        AuditChain.Result r = AuditChain.verify(workspace);
        return r.broken().map(b -> new AuditCheck(r.total(), false, b.table().label(), b.entryId(), b.at(),
                b.problem())).orElseGet(() -> new AuditCheck(r.total(), true, null, 0, null, null));
    }
}
