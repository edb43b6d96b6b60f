package org.reliefdesk.doj;

import java.util.Locale;
import java.util.Set;

/**
 * The normalised forms in which a person's identifiers are compared across records (court-records.md, "Identity
 * keys", the San Francisco pilot's rules written down). Each returns the empty string when the value is absent, so
 * an empty key never agrees with anything.
 */
public final class IdentityKeys {
    private static final Set<String> PLACEHOLDER_SSNS = Set.of("000000000", "111111111", "123456789", "999999999");

    private IdentityKeys() {
    }

    /**
     * CII: upper case, non-alphanumerics removed, left-padded with {@code 0} to 8, then its last 8 characters
     * (counties keep different prefixes); empty when nothing alphanumeric is left or it is all zeros.
     */
    public static String cii(String raw) {
        String v = alnumUpper(raw);
        if (v.isEmpty() || v.chars().allMatch(ch -> ch == '0')) {
            return "";
        }
        if (v.length() < 8) {
            return "0".repeat(8 - v.length()) + v;
        }
        return v.substring(v.length() - 8);
    }

    /** SSN: its 9 digits; empty when it is not 9 digits or is a placeholder (000000000, 123456789...). */
    public static String ssn(String raw) {
        String v = DojText.clean(raw);
        StringBuilder b = new StringBuilder(9);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            } else if (c != '-' && c != ' ') {
                return "";
            }
        }
        String digits = b.toString();
        return digits.length() != 9 || PLACEHOLDER_SSNS.contains(digits) ? "" : digits;
    }

    /** Driver licence: the first space-separated token, upper case ({@code F1234567 CA} -> {@code F1234567}). */
    public static String cdl(String raw) {
        String v = DojText.clean(raw);
        int space = 0;
        while (space < v.length() && !Character.isWhitespace(v.charAt(space))) {
            space++;
        }
        return v.substring(0, space).toUpperCase(Locale.ROOT);
    }

    /** Court case number: upper case, non-alphanumerics and leading zeros removed. */
    public static String caseNumber(String raw) {
        String v = alnumUpper(raw);
        int i = 0;
        while (i < v.length() && v.charAt(i) == '0') {
            i++;
        }
        return v.substring(i);
    }

    /**
     * A name in DOJ's {@code LAST,FIRST MIDDLE} form, compared exactly: upper case, one comma after the last name,
     * single spaces, no other punctuation ({@code "O'Brien , Mary-Ann  Q."} -> {@code OBRIEN,MARYANN Q}).
     */
    public static String name(String raw) {
        String v = DojText.clean(raw);
        int comma = v.indexOf(',');
        if (comma < 0) {
            return words(v);
        }
        return words(v.substring(0, comma)) + "," + words(v.substring(comma + 1));
    }

    /** Builds the DOJ form from parts (court files give them in other orders). */
    public static String name(String last, String firstAndMiddle) {
        String l = words(last);
        String f = words(firstAndMiddle);
        if (l.isEmpty() && f.isEmpty()) {
            return "";
        }
        return l + "," + f;
    }

    /** The last name of a normalised name: the part before the comma (the whole name when there is none). */
    public static String lastName(String normalisedName) {
        int comma = normalisedName.indexOf(',');
        return comma < 0 ? normalisedName : normalisedName.substring(0, comma);
    }

    /** Upper-case words of letters and digits, single-spaced; other characters dropped ({@code -} and {@code .} too). */
    private static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toUpperCase(c));
            } else if (Character.isWhitespace(c)) {
                space = true;
            }
        }
        return b.toString();
    }

    private static String alnumUpper(String raw) {
        String v = DojText.clean(raw);
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
