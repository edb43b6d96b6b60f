package org.reliefdesk.doj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A code section as written in a DOJ charge, normalised: upper case, spaces removed ({@code 11360 (a) HS} ->
 * {@code 11360(A)HS}), split into its number ({@code 11360}, {@code 190.1}), letter suffix ({@code 288A} ->
 * {@code A}), subdivisions ({@code (A)}) and code ({@code HS}; blank when the charge names none).
 *
 * <p>An attempt (PC 664 in front) keeps the attempted section and is marked {@link #attempt()}: with a slash
 * before any section ({@code 664/187 PC}, {@code 664PC/11359}), and for 11357-11360 also without one
 * ({@code 664 11359}, i.e. {@code 66411359} once spaces are removed; rules.md, "Section").
 */
public record CodeSection(String normalized, String number, String suffix, List<String> subdivisions,
                          String code, boolean attempt) {

    /** The four sections Prop 64 amended (H&S 11357-11360). */
    public static final Set<String> PROP64_NUMBERS = Set.of("11357", "11358", "11359", "11360");

    /** Codes written after a section number in DOJ charges. */
    private static final List<String> CODES = List.of("H&S", "HS", "PC", "BP", "VC", "WI", "MV", "GC", "FG", "CC",
            "ED", "EC", "LC", "PR", "RT", "UI", "US", "HN", "IC", "FA", "CI", "SH");


    /**
     * Reads the section out of a charge text such as {@code 11357(B) HS-POSSESS MARIJUANA} (the part before the
     * first {@code -}). Empty when no section can be read.
     */
    public static Optional<CodeSection> fromCharge(String charge) {
        if (charge == null) {
            return Optional.empty();
        }
        Optional<CodeSection> known = SEEN.get(charge);
        if (known != null) {
            return known;
        }
        int dash = charge.indexOf('-');
        Optional<CodeSection> parsed = parse(dash >= 0 ? charge.substring(0, dash) : charge);
        if (SEEN.size() >= SEEN_LIMIT) {
            SEEN.clear();
        }
        SEEN.put(charge, parsed);
        return parsed;
    }

    /**
     * Charges repeat across a county file (a few thousand distinct texts for millions of rows): a bounded memo of
     * this pure function spares most parses.
     */
    private static final Map<String, Optional<CodeSection>> SEEN = new ConcurrentHashMap<>();
    private static final int SEEN_LIMIT = 8192;

    /** Parses a bare section such as {@code 245(d)(3) PC}. Empty when it is not a readable section. */
    public static Optional<CodeSection> parse(String text) {
        String s = normalize(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int p = attemptPrefixLength(s);
        boolean attempt = p > 0;
        // number: digits with an optional decimal part
        int n0 = p;
        while (p < s.length() && isDigit(s.charAt(p))) {
            p++;
        }
        if (p == n0) {
            return Optional.empty();
        }
        if (p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
            p++;
            while (p < s.length() && isDigit(s.charAt(p))) {
                p++;
            }
        }
        String number = s.substring(n0, p);
        int l0 = p;
        while (p < s.length() && isLetter(s.charAt(p))) {
            p++;
        }
        String letters = s.substring(l0, p);
        List<String> subdivisions = new ArrayList<>();
        while (p < s.length() && s.charAt(p) == '(') {
            int close = s.indexOf(')', p);
            if (close < 0 || close == p + 1) {
                return Optional.empty();
            }
            String sub = s.substring(p + 1, close);
            for (int i = 0; i < sub.length(); i++) {
                if (!isDigit(sub.charAt(i)) && !(sub.charAt(i) >= 'A' && sub.charAt(i) <= 'Z')) {
                    return Optional.empty();
                }
            }
            subdivisions.add(sub);
            p = close + 1;
        }
        int c0 = p;
        while (p < s.length() && isLetter(s.charAt(p))) {
            p++;
        }
        if (p != s.length()) {
            return Optional.empty();
        }
        String code = s.substring(c0);
        String suffix = letters;
        if (code.isEmpty() && !letters.isEmpty()) {
            // "11357HS", "288APC", "288A", "11359HS(B)", "266H(B)": the letters hold suffix and/or code
            String[] split = splitSuffixAndCode(letters);
            suffix = split[0];
            code = split[1];
        }
        if (suffix.length() > 2 || code.length() > 3) {
            return Optional.empty();
        }
        return Optional.of(new CodeSection(s, number, suffix, List.copyOf(subdivisions), code, attempt));
    }

    /**
     * Length of a leading PC 664 attempt prefix: {@code 664/} or {@code 664PC/} before any section number, or
     * {@code 664}/{@code 664PC} directly before 11357-11360 (without a slash another number would be ambiguous).
     */
    private static int attemptPrefixLength(String s) {
        if (!s.startsWith("664")) {
            return 0;
        }
        int p = 3;
        if (s.startsWith("PC", p)) {
            p += 2;
        }
        if (s.startsWith("/", p)) {
            p++;
            return p < s.length() && isDigit(s.charAt(p)) ? p : 0;
        }
        for (String n : PROP64_NUMBERS) {
            if (s.startsWith(n, p)) {
                int after = p + n.length();
                if (after == s.length() || !(isDigit(s.charAt(after)) || s.charAt(after) == '.')) {
                    return p;
                }
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || c == '&';
    }

    /** Upper case with every space removed. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    private static String[] splitSuffixAndCode(String letters) {
        for (String c : CODES) {
            if (letters.endsWith(c) && letters.length() - c.length() <= 2) {
                return new String[] {letters.substring(0, letters.length() - c.length()), c};
            }
        }
        return new String[] {letters, ""};
    }

    /** The leading number, e.g. {@code 11360} or {@code 11357.5}: what rules.md calls the base section. */
    public String base() {
        return number;
    }

    /** Number plus letter suffix ({@code 288A}, {@code 273AB}): how disqualifying lists name a section. */
    public String fullNumber() {
        return number + suffix;
    }

    /** True when the base section is exactly 11357, 11358, 11359 or 11360 (not 11357.5, not 111357). */
    public boolean isProp64() {
        return PROP64_NUMBERS.contains(number);
    }

    /** The code, PC when the charge names none (as the disqualifying lists read it). */
    public String codeOrPc() {
        return code.isEmpty() ? "PC" : code.equals("H&S") ? "HS" : code;
    }

    /** The first subdivision or empty, e.g. {@code A} for {@code 11357(A)HS}. */
    public String firstSubdivision() {
        return subdivisions.isEmpty() ? "" : subdivisions.get(0);
    }

    /** A readable form for explanations: {@code 11357(B) HS}, {@code 664/11359 HS}. */
    public String display() {
        StringBuilder b = new StringBuilder();
        if (attempt) {
            b.append("664/");
        }
        b.append(fullNumber());
        for (String s : subdivisions) {
            b.append('(').append(s).append(')');
        }
        if (!code.isEmpty()) {
            b.append(' ').append(code);
        }
        return b.toString();
    }
}
