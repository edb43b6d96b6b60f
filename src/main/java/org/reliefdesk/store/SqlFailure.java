package org.reliefdesk.store;

import java.sql.SQLException;

/** Carries an SQLException out of a callback that cannot throw it; {@link Workspace} turns it into a message. */
final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
        super(cause);
    }

    SQLException sql() {
        return (SQLException) getCause();
    }
}
