package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Column mappings saved in the workspace by kind and name, with the headers of the file each was made for, so that
 * a file with the same headers is offered its mapping again. Saving under an existing name replaces that mapping.
 */
public final class MappingRepository {
    private static final String SEPARATOR = "\u001F";
    private final Workspace workspace;

    public MappingRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A saved mapping: its JSON as saved, and the headers of the file it was made for. */
    public record SavedMapping(String kind, String name, List<String> headers, String json, String savedAt) {
    }

    public void save(SavedMapping m) {
        workspace.inCurrentTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO column_mapping (kind, name, headers,"
                    + " json, saved_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, m.kind());
                ps.setString(2, m.name());
                ps.setString(3, String.join(SEPARATOR, m.headers()));
                ps.setString(4, m.json());
                ps.setString(5, m.savedAt());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every saved mapping of a kind, by name. */
    public List<SavedMapping> list(String kind) {
        return query("WHERE kind = ? ORDER BY name", kind);
    }

    public Optional<SavedMapping> find(String kind, String name) {
        return query("WHERE kind = ? AND name = ?", kind, name).stream().findFirst();
    }

    /** The mapping last saved for a file with exactly these headers, if any. */
    public Optional<SavedMapping> forHeaders(String kind, List<String> headers) {
        return query("WHERE kind = ? AND headers = ? ORDER BY saved_at DESC, name LIMIT 1", kind,
                String.join(SEPARATOR, headers)).stream().findFirst();
    }

    private List<SavedMapping> query(String tail, String... params) {
        return workspace.read(c -> {
            List<SavedMapping> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT kind, name, headers, json, saved_at FROM column_mapping " + tail)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String h = rs.getString(3);
                        out.add(new SavedMapping(rs.getString(1), rs.getString(2),
                                h.isEmpty() ? List.of() : List.of(h.split(SEPARATOR, -1)), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }
}
