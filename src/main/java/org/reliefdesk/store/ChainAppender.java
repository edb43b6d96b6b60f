package org.reliefdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends many entries to one chained table inside the caller's transaction: the previous hash is kept in memory
 * and the inserts are batched, so 100,000 events cost one pass instead of a look-up, an insert and a head update
 * each (see {@link AuditChain}). The chain's recorded end is written once, on close.
 */
final class ChainAppender implements AutoCloseable {
    private static final int BATCH = 1000;
    private final Connection c;
    private final AuditChain.Table table;
    private final PreparedStatement insert;
    private long lastId;
    private String lastHash;
    private int pending;
    private boolean added;

    ChainAppender(Connection c, AuditChain.Table table) throws SQLException {
        this.c = c;
        this.table = table;
        AuditChain.Head head = AuditChain.last(c, table);
        this.lastId = head.id();
        this.lastHash = head.hash();
        this.insert = c.prepareStatement(AuditChain.insertSql(table));
    }

    /** Adds one entry ({@code values} in the table's column order); returns its id. */
    long add(Object... values) throws SQLException {
        if (values.length != AuditChain.columnCount(table)) {
            throw new IllegalArgumentException("expected " + AuditChain.columnCount(table) + " values for "
                    + table.sqlName());
        }
        long id = lastId + 1;
        String hash = AuditChain.hash(lastHash, table, id, values);
        insert.setLong(1, id);
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 2, values[i]);
        }
        insert.setString(values.length + 2, hash);
        insert.addBatch();
        lastId = id;
        lastHash = hash;
        added = true;
        if (++pending >= BATCH) {
            insert.executeBatch();
            pending = 0;
        }
        return id;
    }

    /** Writes what is pending and the chain's new end. */
    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            if (added) {
                AuditChain.recordHead(c, table, lastId, lastHash);
            }
        } finally {
            insert.close();
        }
    }
}
