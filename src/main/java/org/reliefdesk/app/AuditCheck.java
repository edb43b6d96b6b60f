package org.reliefdesk.app;

/**
 * The outcome of checking a workspace's audit chain: entries checked, and the first broken link if any (which
 * list, which entry, its time, what is wrong).
 */
public record AuditCheck(long entries, boolean intact, String brokenList, long brokenEntry, String brokenAt,
                         String problem) {
    /** One line for a person: "Audit trail verified: N entries" or where it breaks. */
    public String summary() {
        return intact ? String.format(java.util.Locale.ROOT, "Audit trail verified: %,d entries", entries)
                : "Audit trail broken in the " + brokenList + (brokenEntry > 0 ? " at entry " + brokenEntry : "")
                        + (brokenAt == null || brokenAt.isEmpty() ? "" : " (" + brokenAt + ")") + ": " + problem;
    }
}
