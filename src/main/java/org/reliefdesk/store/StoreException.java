package org.reliefdesk.store;

/** Anything that goes wrong reading or writing a workspace, with a message a person can act on. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
