package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit log (triggers refuse UPDATE and DELETE; entries are chained, see {@link AuditChain}). */
public final class AuditRepository {
    private final Workspace workspace;

    public AuditRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One entry of the log. */
    public record Entry(long id, String at, String user, String action, String detail) {
    }

    /** Appends an entry, chained to the one before (inside the caller's transaction when there is one). */
    public void append(String at, String user, String action, String detail) {
        workspace.inCurrentTransaction(c -> AuditChain.append(c, AuditChain.Table.AUDIT_LOG, at, user, action,
                detail));
    }

    /**
     * The id and hash the next entry would get with these values, computed and not written: papers print it before
     * they are recorded, so a cancelled or failed export leaves the log as it was.
     */
    public AuditChain.Head next(String at, String user, String action, String detail) {
        return workspace.read(c -> {
            AuditChain.Head last = AuditChain.last(c, AuditChain.Table.AUDIT_LOG);
            long id = last.id() + 1;
            return new AuditChain.Head(AuditChain.Table.AUDIT_LOG, id, AuditChain.hash(last.hash(),
                    AuditChain.Table.AUDIT_LOG, id, new Object[] {at, user, action, detail}));
        });
    }

    /** One entry by id, if it is there. */
    public java.util.Optional<Entry> entry(long id) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, user_name, action, detail FROM audit_log WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new Entry(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5))) : java.util.Optional.<Entry>empty();
                }
            }
        });
    }

    /** The newest entry of an action made at or before a time (ISO instants compare as text), if any. */
    public java.util.Optional<Entry> latest(String action, String atOrBefore) {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, user_name, action, detail FROM audit_log "
                    + "WHERE action = ? AND at <= ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, action);
                ps.setString(2, atOrBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new Entry(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5))) : java.util.Optional.<Entry>empty();
                }
            }
        });
    }

    public List<Entry> entries() {
        return workspace.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, at, user_name, action, detail FROM audit_log ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        });
    }
}
