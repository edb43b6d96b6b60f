package org.reliefdesk.rules;

/**
 * Every reason an outcome can carry, with the rule that gives it, its outcome and what it cites
 * (rules.md, "Rule order", "Related charges" and "gogen-compatible mode").
 */
public enum ReasonCode {
    /** Court records: the court person matches several DOJ subjects equally (court-records.md), at R1's place. */
    IDENTITY_AMBIGUOUS("C1", Outcome.NEEDS_REVIEW, "Court person matched to one DOJ person at most",
            "Data quality: the court rows match several DOJ subjects equally (court-records.md, identity keys)"),
    DATA_INCOMPLETE("R1", Outcome.NEEDS_REVIEW, "Data complete enough to decide",
            "Data quality: a date, the section or the charge cannot be read safely"),
    AFTER_EFFECTIVE_DATE("R2", Outcome.NOT_ELIGIBLE, "Offense before Prop 64 took effect",
            "Prop 64 (eff. 2016-11-09) applies to earlier conduct; H&S 11361.8"),
    /** Court records: the court file and the DOJ give different levels for the same count, at R3's place. */
    RECORDS_DISAGREE("C2", Outcome.NEEDS_REVIEW, "Court and DOJ records agree on the level",
            "Data quality: the court's record and the DOJ record of the same count differ"),
    LEVEL_UNKNOWN("R3", Outcome.NEEDS_REVIEW, "Charge level known",
            "Data quality: neither CONV_STAT_DESCR nor OFFENSE_TOC gives the level"),
    MISDEMEANOR_OR_INFRACTION("R4", Outcome.DISMISS, "Misdemeanor or infraction",
            "H&S 11361.8(e): the conduct is now lawful or at most an infraction"),
    /**
     * Court records: a felony 11358/11359/11360 of a person the DOJ file does not have, disqualifiers on: priors
     * cannot be known from the court file alone (R5-R7 need the state record), at R5's place.
     */
    NO_STATE_RECORD("C3", Outcome.NEEDS_REVIEW, "State record available to check priors",
            "PC 667(e)(2)(C)(iv), PC 290(c), H&S 11358(d), 11359(c), 11360(a)(3): priors need the DOJ record"),
    PRIOR_SUPERSTRIKE("R5", Outcome.NOT_ELIGIBLE, "No prior superstrike conviction",
            "PC 667(e)(2)(C)(iv); H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)"),
    PRIOR_PC290("R6", Outcome.NOT_ELIGIBLE, "No prior PC 290 offense or registration",
            "PC 290(c); H&S 11358(d)(1), 11359(c)(1), 11360(a)(3)(A)"),
    TWO_PRIORS("R7", Outcome.NOT_ELIGIBLE, "Fewer than two priors of the same section",
            "H&S 11358(d)(2), 11359(c)(2), 11360(a)(3)(B)"),
    POLICY_DISMISS_SECTION("R8", Outcome.DISMISS, "Section on the policy's dismiss list", "County policy"),
    UNDER_21_AT_CONVICTION("R9", Outcome.DISMISS, "Under 21 at conviction", "County policy"),
    AGE_THRESHOLD("R10", Outcome.DISMISS, "Age threshold reached", "County policy"),
    YEARS_SINCE_CONVICTION("R11", Outcome.DISMISS, "Years since this conviction", "County policy"),
    YEARS_CRIME_FREE("R12", Outcome.DISMISS, "Years without any conviction", "County policy"),
    ONLY_PROP64("R13", Outcome.DISMISS, "Only Prop 64 convictions on record", "County policy"),
    DECEASED("R14", Outcome.DISMISS, "Person is deceased", "County policy"),
    POLICY_REDUCE_SECTION("R15", Outcome.REDUCE, "Section on the policy's reduce list", "County policy"),
    STATUTE_REDUCE("R16", Outcome.REDUCE, "Remaining felony: redesignate",
            "H&S 11361.8(e)/(f) with the presumption of eligibility"),
    RELATED_CHARGE("RC", Outcome.DISMISS, "Related charge in the same cycle",
            "County policy (dismissRelatedCharges), as San Joaquin and Contra Costa applied it in 2019"),
    RELATED_CHARGE_REVIEW("RC", Outcome.NEEDS_REVIEW, "Related charge that needs a look",
            "County policy (dismissRelatedCharges): 4060 BP is reviewed, not dismissed"),
    /** gogen mode only: gogen 0.2.13 reached no determination for this conviction. */
    NO_DETERMINATION("G", Outcome.NEEDS_REVIEW, "No gogen determination",
            "gogen 0.2.13 compatibility: no rule of the chosen options applied");

    private final String ruleNumber;
    private final Outcome outcome;
    private final String title;
    private final String cites;

    ReasonCode(String ruleNumber, Outcome outcome, String title, String cites) {
        this.ruleNumber = ruleNumber;
        this.outcome = outcome;
        this.title = title;
        this.cites = cites;
    }

    public String ruleNumber() {
        return ruleNumber;
    }

    /** The outcome this reason gives when its rule applies. */
    public Outcome outcome() {
        return outcome;
    }

    /** What the rule checks, as a checklist line. */
    public String title() {
        return title;
    }

    /** The statute or policy the rule rests on. */
    public String cites() {
        return cites;
    }
}
