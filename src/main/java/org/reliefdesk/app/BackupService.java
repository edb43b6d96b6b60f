package org.reliefdesk.app;

import org.reliefdesk.store.BackupLimits;
import org.reliefdesk.store.StoreException;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Lists a workspace's automatic backups and puts one back. The backups themselves are taken by the store before
 * each import, re-evaluation and upgrade (see {@link WorkspaceBackups}).
 */
public final class BackupService {
    private final Clock clock;
    private final AuditService audit;
    private final BackupLimits limits;

    /** {@code limits}: how many backups are kept (the oldest go once a restore adds one). */
    public BackupService(Clock clock, AuditService audit, BackupLimits limits) {
        this.clock = clock;
        this.audit = audit;
        this.limits = limits;
    }

    /** One backup: id, when it was taken, the change it was taken before, its size in bytes. */
    public record Backup(String id, Instant takenAt, String before, long bytes) {
        /** The change it preceded, in words ("import", "re-evaluation", "upgrade", "restore"). */
        public String beforeText() {
            return switch (before) {
                case "evaluation" -> "re-evaluation";
                case "court-import", "court import" -> "court records import";
                case "upgrade" -> "upgrade to a newer workspace format";
                case "restore" -> "restore (the workspace as it was before)";
                default -> before;
            };
        }
    }

    /** What a restore did. */
    public record Restored(Backup from, Optional<Backup> keptAs) {
    }

    /** The backups of a workspace, newest first. */
    public List<Backup> list(Path workspace) {
        try {
            return WorkspaceBackups.list(workspace).stream().map(BackupService::of).toList();
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    /**
     * Restores a backup in place of the workspace (which nobody may have open for changes: the desktop app closes
     * its session first). The current file is kept as a backup first; the restore is written to the audit log of the
     * restored workspace.
     */
    public Restored restore(Path workspace, String id) {
        try {
            Backup from = WorkspaceBackups.find(workspace, id).map(BackupService::of).orElseThrow(() ->
                    new WorkspaceException("There is no backup \"" + id + "\" of " + workspace.getFileName()
                            + ". List them with: backups --workspace " + workspace));
            Optional<Backup> kept = WorkspaceBackups.restore(workspace, id, Instant.now(clock), limits)
                    .map(BackupService::of);
            try (Workspace w = Workspace.open(workspace, limits)) {
                audit.record(w, "restore", "backup " + id + " (taken before the " + from.beforeText() + ")"
                        + kept.map(k -> "; the replaced file was kept as backup " + k.id()).orElse(""));
            }
            return new Restored(from, kept);
        } catch (StoreException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static Backup of(WorkspaceBackups.Backup b) {
        return new Backup(b.id(), b.takenAt(), b.before(), b.bytes());
    }
}
