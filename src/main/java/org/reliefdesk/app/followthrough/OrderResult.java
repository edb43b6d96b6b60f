package org.reliefdesk.app.followthrough;

import java.util.Locale;
import java.util.Optional;

/** What a court order says for one conviction (follow-through.md, "Court orders back"). */
public enum OrderResult {
    /** The relief asked is granted. */
    GRANTED,
    /** Another relief is granted (the new outcome is stored with it). */
    GRANTED_MODIFIED,
    /** Relief is denied; the conviction can be filed again. */
    DENIED,
    /** Put over to a later date: the conviction stays in its filing, waiting for an order. */
    CONTINUED;

    /** The word a person or the court's list uses: granted, modified, denied, continued (any case). */
    public static Optional<OrderResult> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toLowerCase(Locale.ROOT).replace('_', ' ')) {
            case "granted", "grant" -> Optional.of(GRANTED);
            case "modified", "granted modified", "granted as modified" -> Optional.of(GRANTED_MODIFIED);
            case "denied", "deny" -> Optional.of(DENIED);
            case "continued", "continue" -> Optional.of(CONTINUED);
            default -> Optional.empty();
        };
    }

    /** True when the order settles the conviction (continued does not). */
    public boolean isFinal() {
        return this != CONTINUED;
    }
}
