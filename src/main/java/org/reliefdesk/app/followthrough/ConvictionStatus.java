package org.reliefdesk.app.followthrough;

/** Where relief for a conviction stands (follow-through.md, "Status of a conviction"; the latest event wins). */
public enum ConvictionStatus {
    /** A run decided it; nothing has been filed. */
    DECIDED("Decided"),
    /** In a filing with no order yet (or an order that continued it). */
    FILED("Filed"),
    /** The court granted the relief asked. */
    GRANTED("Granted"),
    /** The court granted another relief than the one asked. */
    GRANTED_MODIFIED("Granted (modified)"),
    /** The court denied relief; it can be filed again. */
    DENIED("Denied"),
    /** A later DOJ pull shows the relief. */
    CONFIRMED("Confirmed by DOJ"),
    /** The person is in no row of a later pull: probably cleared, not confirmed. */
    ABSENT_FROM_PULL("Absent from pull"),
    /** Granted, and a pull dated after the order still shows the conviction unchanged. */
    NOT_YET_IN_DOJ("Not yet in DOJ");

    private final String label;

    ConvictionStatus(String label) {
        this.label = label;
    }

    /** The status in words, for screens and papers. */
    public String label() {
        return label;
    }

    /** True for statuses that follow a grant (a conviction in one of them is never filed again). */
    public boolean granted() {
        return this == GRANTED || this == GRANTED_MODIFIED || this == CONFIRMED || this == ABSENT_FROM_PULL
                || this == NOT_YET_IN_DOJ;
    }
}
