package org.reliefdesk.rules;

/** What the office should ask the court for, for one conviction (rules.md, "Outcomes"). */
public enum Outcome {
    /** Dismiss and seal (H&S 11361.8(e)/(f)). */
    DISMISS("Dismiss & seal"),
    /** Redesignate the felony as a misdemeanor. */
    REDUCE("Reduce to misdemeanor"),
    NOT_ELIGIBLE("Not eligible"),
    NEEDS_REVIEW("Needs review");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** How people see it in screens and exports. */
    public String label() {
        return label;
    }
}
