package org.reliefdesk.rules;

import java.util.Locale;

/**
 * Short plain-language texts of the Prop 64 sections (Health & Safety Code, as amended by Proposition 64,
 * 2016), shown beside a decision so the reader has the statute in hand. Summaries, not the statute's words.
 */
public final class Statutes {
    private Statutes() {
    }

    /** The plain-language text for a section as the file shows it ({@code 11357(b)}, {@code 11359 HS}); never null. */
    public static String plainText(String section) {
        String s = section == null ? "" : section.toUpperCase(Locale.ROOT).replace(" ", "");
        String relief = "\n\nRelief (H&S 11361.8): a person who would not have been guilty, or guilty of a lesser "
                + "offense, under Prop 64 may have the conviction dismissed and sealed, or a felony redesignated as a "
                + "misdemeanor. Under H&S 11361.9 the prosecution reviews the records and tells the court which "
                + "convictions it does not challenge; it may challenge only where the person is not eligible.";
        if (s.startsWith("664")) {
            return "An attempt (Penal Code 664) of the offense named after the slash. Prop 64's relief covers the "
                    + "listed Health & Safety sections; an attempt is decided by an attorney." + relief;
        }
        if (s.startsWith("11357")) {
            return "H&S 11357 — possession of cannabis. Since Prop 64: possession of up to 28.5 g of cannabis or "
                    + "8 g of concentrated cannabis by an adult 21 or older is lawful (H&S 11362.1); possession of "
                    + "more is a misdemeanor; possession on school grounds while open is an infraction or "
                    + "misdemeanor. Before 2017, 11357(a) meant concentrated cannabis and could be a felony."
                    + relief;
        }
        if (s.startsWith("11358")) {
            return "H&S 11358 — cultivation of cannabis. Since Prop 64: up to six living plants at home by an adult "
                    + "is lawful (H&S 11362.1); cultivating more is a misdemeanor, and a felony only with prior "
                    + "convictions for a superstrike or PC 290 offense, two prior 11358 convictions, or "
                    + "environmental violations (11358(d))." + relief;
        }
        if (s.startsWith("11359")) {
            return "H&S 11359 — possession of cannabis for sale. Since Prop 64: a misdemeanor, and a felony only with "
                    + "a prior superstrike or PC 290 conviction, two prior 11359 convictions, or sale to a minor "
                    + "(11359(c)/(d))." + relief;
        }
        if (s.startsWith("11360")) {
            return "H&S 11360 — transporting, selling, furnishing or giving away cannabis. Since Prop 64: giving "
                    + "away up to 28.5 g by an adult is lawful; otherwise a misdemeanor, and a felony only with a "
                    + "prior superstrike or PC 290 conviction, two prior 11360 convictions, sale to minors, or import "
                    + "or export of more than 28.5 g (11360(a)(3))." + relief;
        }
        return "This section is not one of the Prop 64 sections (H&S 11357-11360); it is shown because the policy "
                + "lists it or it is a related charge." + relief;
    }
}
