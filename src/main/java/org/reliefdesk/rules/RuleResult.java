package org.reliefdesk.rules;

/** What one rule found for one conviction. */
public enum RuleResult {
    /** The rule's condition held: it decided the outcome. */
    APPLIED("applied"),
    /** The rule was checked and its condition did not hold. */
    PASSED("passed"),
    /** The rule does not apply here (policy option off, input missing, wrong section or level). */
    NOT_APPLICABLE("not applicable"),
    /** The rule could not be decided on this data (e.g. a possibly disqualifying conviction has no date). */
    UNDECIDED("cannot tell");

    private final String word;

    RuleResult(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
