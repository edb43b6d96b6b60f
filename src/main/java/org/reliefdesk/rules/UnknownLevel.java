package org.reliefdesk.rules;

/** What a policy does with a conviction whose level the file does not give (policy key {@code unknownLevel}). */
public enum UnknownLevel {
    /** Send it to Needs review (R3, the default). */
    REVIEW("review"),
    /** Treat it as a misdemeanor (R4 with the LEVEL_ASSUMED flag): the San Francisco choice. */
    MISDEMEANOR("misdemeanor");

    private final String json;

    UnknownLevel(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
