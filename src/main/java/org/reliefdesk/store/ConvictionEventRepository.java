package org.reliefdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What happened to each conviction after its decision (follow-through.md, "Status of a conviction"): filed, ordered,
 * seen in a later DOJ pull. Append-only and chained; the order of the entries is the order of the events, so the
 * latest event wins.
 */
public final class ConvictionEventRepository {
    /** Filed with the court (source: the filing). */
    public static final String FILED = "FILED";
    /** A court order (source: the court_order). */
    public static final String ORDER = "ORDER";
    /** A later DOJ pull's finding (source: the doj_pull). */
    public static final String PULL = "PULL";

    private final Workspace workspace;

    public ConvictionEventRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One event of one conviction (by reference); {@code eventDate} ISO. */
    public record Event(long id, int ref, String kind, long sourceId, String result, String relief, String eventDate,
                        String detail) {
    }

    /** An event to append: the id and kind come from the use that records it. */
    public record NewEvent(int ref, String result, String relief, String eventDate, String detail) {
    }

    /** Appends events of one kind and source inside the caller's transaction, chained. */
    static void append(Connection c, String kind, long sourceId, Collection<NewEvent> events) throws SQLException {
        try (ChainAppender out = new ChainAppender(c, AuditChain.Table.CONVICTION_EVENT)) {
            for (NewEvent e : events) {
                out.add(e.ref(), kind, sourceId, e.result(), e.relief(), e.eventDate(), e.detail());
            }
        }
    }

    private static final String SELECT = "SELECT id, ref, kind, source_id, result, relief, event_date, detail "
            + "FROM conviction_event ";

    /** Every event in the order they happened. */
    public void forEach(Consumer<Event> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(event(rs));
                }
            }
            return null;
        });
    }

    /** The events of one conviction, oldest first. */
    public List<Event> of(int ref) {
        return workspace.read(c -> {
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE ref = ? ORDER BY id")) {
                ps.setInt(1, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The events recorded for one source (a filing, an order or a pull), oldest first. */
    public List<Event> ofSource(String kind, long sourceId) {
        return workspace.read(c -> {
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE kind = ? AND source_id = ? ORDER BY id")) {
                ps.setString(1, kind);
                ps.setLong(2, sourceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The id of the latest event (0 when none): it changes whenever an event is appended. */
    public long lastId() {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM conviction_event");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** True when the workspace has any event at all (a quick test before reading them all). */
    public boolean any() {
        return workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM conviction_event LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
