package org.reliefdesk.tabular;

/** A table file or a column mapping that cannot be used, with the reason in words a paralegal can act on. */
public final class TableException extends Exception {
    private static final long serialVersionUID = 1L;

    public TableException(String message) {
        super(message);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
