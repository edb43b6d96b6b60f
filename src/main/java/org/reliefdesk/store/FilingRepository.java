package org.reliefdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Filings and court orders (follow-through.md, "Filings", "Court orders back"), each recorded with its
 * per-conviction events in one transaction; append-only and chained.
 */
public final class FilingRepository {
    private final Workspace workspace;

    public FilingRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A filing: papers (export_file ids, comma-separated) filed on a date, with the court's docket if given. */
    public record Filing(long id, String filedOn, String docket, String exportFiles, String user, String createdAt) {
    }

    /** A court order: for one filing (BULK) or from the court's list (LIST, no filing). */
    public record Order(long id, Long filingId, String kind, String orderDate, String source, String user,
                        String createdAt) {
    }

    /**
     * Records a filing and its FILED events; {@code alsoInTransaction} runs in the same transaction (the audit entry),
     * so all of it is kept, or none.
     */
    public long recordFiling(String filedOn, String docket, String exportFiles, String user, String createdAt,
                             List<ConvictionEventRepository.NewEvent> events, Runnable alsoInTransaction) {
        return workspace.inTransaction(c -> {
            long id = AuditChain.append(c, AuditChain.Table.FILING, filedOn, docket, exportFiles, user, createdAt);
            ConvictionEventRepository.append(c, ConvictionEventRepository.FILED, id, events);
            alsoInTransaction.run();
            return id;
        });
    }

    /** Records a court order and its ORDER events, with {@code alsoInTransaction} in the same transaction. */
    public long recordOrder(Long filingId, String kind, String orderDate, String source, String user,
                            String createdAt, List<ConvictionEventRepository.NewEvent> events,
                            Runnable alsoInTransaction) {
        return workspace.inTransaction(c -> {
            long id = AuditChain.append(c, AuditChain.Table.COURT_ORDER, filingId, kind, orderDate, source, user,
                    createdAt);
            ConvictionEventRepository.append(c, ConvictionEventRepository.ORDER, id, events);
            alsoInTransaction.run();
            return id;
        });
    }

    public Optional<Filing> filing(long id) {
        return workspace.read(c -> filings(c, "WHERE id = ?", id)).stream().findFirst();
    }

    /** Every filing, oldest first. */
    public List<Filing> filings() {
        return workspace.read(c -> filings(c, "", null));
    }

    /** Every court order, oldest first. */
    public List<Order> orders() {
        return workspace.read(c -> {
            List<Order> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, filing_id, kind, order_date, source, user_name,"
                    + " created_at FROM court_order ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long filing = rs.getLong(2);
                    out.add(new Order(rs.getLong(1), rs.wasNull() ? null : filing, rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return out;
        });
    }

    private static List<Filing> filings(Connection c, String where, Object param) throws SQLException {
        List<Filing> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, filed_on, docket, export_files, user_name, "
                + "created_at FROM filing " + where + " ORDER BY id")) {
            if (param != null) {
                ps.setObject(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Filing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }
}
