package org.reliefdesk.rules;

import org.reliefdesk.doj.CodeSection;

/** The disqualifying-offense lists of rules.md, matched as it prescribes (number exact, then subdivisions). */
public final class Disqualifiers {

    /** "Superstrike" offenses, PC 667(e)(2)(C)(iv), as counties applied it. */
    static final OffenseList SUPERSTRIKE = OffenseList.of("superstrike", true,
            "37", "128", "187", "188", "189", "189.1", "189.5", "190", "190.x", "191.5", "205", "207", "209",
            "209.5", "217.1", "218", "219", "220", "245(d)(3)", "261", "262", "264.1", "269", "273ab",
            "286 bare/(c)(1)/(c)(2)/(c)(3)/(d)(1)/(d)(2)/(d)(3)", "287", "288 bare/(a)/(b)(1)/(b)(2)",
            "288a bare/(c)(1)/(c)(2)(A)/(c)(2)(B)/(c)(2)(C)/(d)", "288.5 bare/(a)",
            "289 bare/(a)(1)(A)/(a)(1)(B)/(a)(1)(C)/(a)(2)(C)/(j)", "451.5", "653f", "667.61", "667.7", "667.71",
            "4500", "11418(a)(1)", "11418(b)(1)", "11418(b)(2)", "12308", "12310", "18745", "18755", "1672(a) MV");

    /** Offenses requiring registration under PC 290(c). */
    static final OffenseList PC290 = OffenseList.of("PC 290", false,
            "236.1(b)", "236.1(c)", "243.4", "261", "262(a)", "264.1", "266 bare", "266c bare", "266h(b)",
            "266i(b)", "266j", "267", "269", "272", "285", "286", "287", "288", "288a", "288.2", "288.3", "288.4",
            "288.5", "288.7", "289", "311.1", "311.2(b)", "311.2(c)", "311.2(d)", "311.3", "311.4", "311.10",
            "311.11", "314(1)", "314(2)", "451.5", "647.6", "647a", "653f(b)", "653f(c)");

    private Disqualifiers() {
    }

    /** True when the section (or, for the gang clause, the charge text) is a superstrike. */
    public static boolean isSuperstrike(CodeSection section, String chargeText) {
        return SUPERSTRIKE.matches(section, chargeText);
    }

    /** True when the section is an attempt (PC 664) of a superstrike: an attorney decides whether it counts. */
    public static boolean isAttemptedSuperstrike(CodeSection section) {
        return SUPERSTRIKE.matchesAttempt(section);
    }

    /** True when the section is an attempt (PC 664) of a PC 290 offense: an attorney decides whether it counts. */
    public static boolean isAttemptedPc290(CodeSection section) {
        return PC290.matchesAttempt(section);
    }

    /** True when the section requires PC 290 registration. */
    public static boolean isPc290(CodeSection section, String chargeText) {
        return PC290.matches(section, chargeText);
    }
}
