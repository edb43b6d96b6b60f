package org.reliefdesk.rules;

/** An eligibility-options file or value that cannot be used; the message names the key and what is allowed. */
public final class PolicyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }
}
