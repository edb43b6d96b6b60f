package org.reliefdesk.rules;

import org.reliefdesk.doj.CodeSection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of offenses written as in rules.md ("Disqualifying-offense lists"): {@code 187} (bare: any
 * subdivision), {@code 245(d)(3)} (that subdivision and deeper), {@code 286 bare/(c)(1)} (no subdivision, or
 * one of those), {@code 190.x} (any decimal), with an optional code ({@code 1672(a) MV}); PC when none.
 */
final class OffenseList {
    private static final Pattern GANG_ENHANCEMENT = Pattern.compile("186\\.22\\(B\\)\\(4\\)");
    private static final Pattern GANG_ENHANCEABLE = Pattern.compile(
            "(?<![0-9.])(136\\.1|215|213\\(A\\)\\(1\\)\\(A\\)|246|519|12022\\.55)(?![0-9.])");

    private record Entry(String number, String code, boolean anyDecimal, boolean any, boolean bare,
                         List<List<String>> prefixes) {
        boolean matches(CodeSection s) {
            if (!s.codeOrPc().equals(code)) {
                return false;
            }
            String n = s.fullNumber();
            if (anyDecimal) {
                return n.startsWith(number + ".");
            }
            if (!n.equals(number)) {
                return false;
            }
            if (any) {
                return true;
            }
            List<String> subs = s.subdivisions();
            if (subs.isEmpty()) {
                return bare;
            }
            for (List<String> p : prefixes) {
                if (subs.size() >= p.size() && subs.subList(0, p.size()).equals(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final String name;
    private final List<Entry> entries;
    private final boolean gangClause;

    private OffenseList(String name, List<Entry> entries, boolean gangClause) {
        this.name = name;
        this.entries = entries;
        this.gangClause = gangClause;
    }

    /**
     * Builds a list from entries such as {@code "286 bare/(c)(1)/(c)(2)"}, {@code "1672(a) MV"}, {@code "190.x"}.
     *
     * @param gangClause whether 136.1, 215, 213(a)(1)(A), 246, 519 and 12022.55 count when the charge text also
     *                   carries the gang enhancement 186.22(b)(4) (superstrike list)
     */
    static OffenseList of(String name, boolean gangClause, String... written) {
        List<Entry> out = new ArrayList<>();
        for (String w : written) {
            out.add(entry(w));
        }
        return new OffenseList(name, List.copyOf(out), gangClause);
    }

    private static Entry entry(String written) {
        String w = written.strip().toUpperCase(Locale.ROOT);
        String code = "PC";
        int space = w.lastIndexOf(' ');
        if (space > 0 && w.substring(space + 1).matches("[A-Z]{2,3}")) {
            code = w.substring(space + 1);
            w = w.substring(0, space).strip();
        }
        if (w.endsWith(".X")) {
            return new Entry(w.substring(0, w.length() - 2), code, true, false, false, List.of());
        }
        String[] alternatives = w.split("/");
        String head = alternatives[0].strip();
        int paren = head.indexOf('(');
        String number = paren < 0 ? head.replace(" BARE", "").strip() : head.substring(0, paren).strip();
        boolean bare = head.endsWith(" BARE");
        List<List<String>> prefixes = new ArrayList<>();
        if (paren >= 0) {
            prefixes.add(subdivisions(head.substring(paren)));
        }
        for (int i = 1; i < alternatives.length; i++) {
            prefixes.add(subdivisions(alternatives[i].strip()));
        }
        boolean any = paren < 0 && alternatives.length == 1 && !bare;
        return new Entry(number, code, false, any, bare, List.copyOf(prefixes));
    }

    private static List<String> subdivisions(String text) {
        String t = text.strip();
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("bad offense list entry part: " + text);
        }
        return Arrays.asList(t.substring(1, t.length() - 1).split("\\)\\("));
    }

    /**
     * True when the section is an attempt (PC 664) of an offense on the list. rules.md lists offenses, not
     * attempts; whether an attempt counts depends on the statute (PC 667(e)(2)(C)(iv)(IV) names attempted
     * homicide, for instance), so the rules send such a prior to an attorney instead of deciding it.
     */
    boolean matchesAttempt(CodeSection section) {
        return section != null && section.attempt() && onList(section);
    }

    /** True when the conviction's section (or, for the gang clause, its charge text) is on the list. */
    boolean matches(CodeSection section, String chargeText) {
        if (section != null && !section.attempt() && onList(section)) {
            return true;
        }
        if (gangClause && chargeText != null && chargeText.contains("186")) {
            String norm = CodeSection.normalize(chargeText);
            return GANG_ENHANCEMENT.matcher(norm).find() && GANG_ENHANCEABLE.matcher(norm).find();
        }
        return false;
    }

    /** True when an entry matches the section's number, subdivisions and code (attempt or not). */
    private boolean onList(CodeSection section) {
        for (Entry e : entries) {
            if (e.matches(section)) {
                return true;
            }
        }
        return false;
    }

    String name() {
        return name;
    }
}
