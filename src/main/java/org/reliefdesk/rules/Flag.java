package org.reliefdesk.rules;

/** Notes shown and exported with a decision; they never change the outcome (rules.md, "Flags"). */
public enum Flag {
    /** A sentence of this person ends after the compute-at date: recall and resentence, 11361.8(a)/(b). */
    CURRENTLY_SERVING("A sentence of this person runs past the compute-at date: the remedy is recall and "
            + "resentencing under H&S 11361.8(a)/(b) rather than redesignation."),
    /** COMMENT_TEXT names a Prop 64 section other than the charge. */
    POSSIBLE_OTHER_PROP64_IN_COMMENT("The DOJ comment names a different Prop 64 section than the charge: check "
            + "which offense the person was really convicted of."),
    /** 11358(d)(3), 11359(c)(3)/(d), 11360(a)(3)(C)/(D) disqualifiers the DOJ file cannot show. */
    UNSEEN_AGGRAVATORS("The law also disqualifies environmental harm (11358(d)(3)), sales to or use of minors "
            + "(11359(c)(3), 11359(d), 11360(a)(3)(C)) and import/export of more than 28.5 g (11360(a)(3)(D)); "
            + "the DOJ file cannot show these."),
    /** Before 2017, 11357(a) meant concentrated cannabis. */
    PRE_2017_11357A("Before 2017, 11357(a) meant concentrated cannabis, not \"up to 28.5 g\"."),
    /** Level unknown, treated as a misdemeanor by policy. */
    LEVEL_ASSUMED("The file gives no level; the policy treats unknown levels as misdemeanors."),
    /** The conviction is in the court's records but not in the DOJ file (court-records.md). */
    NOT_IN_DOJ_FILE("The conviction is in the court's own records but not in the DOJ file: it was decided from the "
            + "court's record, and the state record may still need to be corrected."),
    /** The DOJ gives no level; the court's record of the same count does, and it was used. */
    LEVEL_FROM_COURT("The DOJ record gives no level for this count; the court's record of the same count does, "
            + "and that level was used.");

    private final String explanation;

    Flag(String explanation) {
        this.explanation = explanation;
    }

    /** A few words for lists and grids. */
    public String shortLabel() {
        return switch (this) {
            case CURRENTLY_SERVING -> "Serving sentence";
            case POSSIBLE_OTHER_PROP64_IN_COMMENT -> "Comment names other section";
            case UNSEEN_AGGRAVATORS -> "Unseen aggravators";
            case PRE_2017_11357A -> "Pre-2017 11357(a)";
            case LEVEL_ASSUMED -> "Level assumed";
            case NOT_IN_DOJ_FILE -> "Not in DOJ file";
            case LEVEL_FROM_COURT -> "Level from court";
        };
    }

    public String explanation() {
        return explanation;
    }
}
