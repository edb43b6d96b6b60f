package org.reliefdesk.app;

import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.Workspace;

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
}
