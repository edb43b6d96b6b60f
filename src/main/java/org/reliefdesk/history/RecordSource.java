package org.reliefdesk.history;

/** Where a conviction is recorded (court-records.md): the DOJ file, the court's own export, or both. */
public enum RecordSource {
    DOJ("DOJ"), COURT("Court"), BOTH("Both");

    private final String label;

    RecordSource(String label) {
        this.label = label;
    }

    /** As the grid and papers show it: DOJ, Court, Both. */
    public String label() {
        return label;
    }
}
