package org.reliefdesk.rules;

/**
 * One rule tried for a conviction: which rule, what it cites, what it found and the facts it used.
 *
 * @param facts the facts used, plain words with dates and sections (no names or identifiers)
 */
public record TrailEntry(ReasonCode rule, RuleResult result, String facts) {

    /** Short rule number, e.g. {@code R5}. */
    public String ruleNumber() {
        return rule.ruleNumber();
    }

    public String cites() {
        return rule.cites();
    }
}
