package org.reliefdesk.app.followthrough;

import org.reliefdesk.rules.Outcome;

import java.time.LocalDate;

/**
 * One conviction's follow-through as its events left it: the status and the dates that set it. Fields not reached
 * yet are null.
 *
 * @param relief      the relief asked when filed (DISMISS or REDUCE); null before a filing
 * @param granted     the relief the court granted (the asked one, or the modified one); null before a grant
 * @param orderResult the latest order's result for the current filing (CONTINUED included); null before one
 * @param pullFinding the latest pull's finding in words ({@code count found, no CONVICTED row}...); null before one
 */
public record StatusLine(int ref, ConvictionStatus status, Long filingId, LocalDate filedOn, Outcome relief,
                         OrderResult orderResult, LocalDate orderDate, Outcome granted, Long pullId,
                         LocalDate pulledOn, String pullFinding) {

    /** A conviction no event has touched. */
    public static StatusLine decided(int ref) {
        return new StatusLine(ref, ConvictionStatus.DECIDED, null, null, null, null, null, null, null, null, null);
    }

    /** True while the conviction is in a filing waiting for the court (follow-through.md: one open filing at a time). */
    public boolean openFiling() {
        return status == ConvictionStatus.FILED;
    }
}
