package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit log (triggers refuse UPDATE and DELETE). */
public final class AuditRepository {
    private final Workspace workspace;

    public AuditRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One entry of the log. */
    public record Entry(long id, String at, String user, String action, String detail) {
    }

    /** Appends an entry (inside the caller's transaction when there is one). */
    public void append(String at, String user, String action, String detail) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, user_name, action, detail) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, at);
                ps.setString(2, user);
                ps.setString(3, action);
                ps.setString(4, detail);
                ps.executeUpdate();
            }
            return null;
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
