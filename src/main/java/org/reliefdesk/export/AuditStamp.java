package org.reliefdesk.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The audit chain's head when papers were made (follow-through.md, "Papers carry the audit trail's head"): the
 * audit log's entry number and its SHA-256. Printed on the last page, kept in the PDF's information dictionary and
 * the workbook's properties under {@link #ENTRY_KEY} and {@link #HASH_KEY}.
 */
public record AuditStamp(long entry, String hash) {
    /** Custom key of the PDF information dictionary / workbook property holding the entry number. */
    public static final String ENTRY_KEY = "ReliefDeskAuditEntry";
    /** Custom key holding the entry's full SHA-256 (hex). */
    public static final String HASH_KEY = "ReliefDeskAuditHash";

    public AuditStamp {
        if (entry < 1 || hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("an audit reference is an entry number and a SHA-256");
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** The line printed on papers: {@code ReliefDesk audit reference: entry 1234, 3F9A2C4B5D6E…}. */
    public String text() {
        return "ReliefDesk audit reference: entry " + entry + ", " + hash.substring(0, 12).toUpperCase(Locale.ROOT)
                + "…";
    }

    /** Reads a stamp back from the two stored values; empty when either is missing or malformed. */
    public static Optional<AuditStamp> of(String entry, String hash) {
        if (entry == null || hash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditStamp(Long.parseLong(entry.strip()), hash.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
