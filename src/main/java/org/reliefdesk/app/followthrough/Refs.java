package org.reliefdesk.app.followthrough;

import java.util.Locale;
import java.util.OptionalInt;

/** How a stable reference is written ({@code RD-0000123}, follow-through.md) and read back from a court's list. */
public final class Refs {
    /** What every reference starts with. */
    public static final String PREFIX = "RD-";

    private Refs() {
    }

    /** {@code RD-} and the number with at least 7 digits; empty for 0 (no reference). */
    public static String format(int ref) {
        if (ref <= 0) {
            return "";
        }
        String digits = Integer.toString(ref);
        return PREFIX + (digits.length() >= 7 ? digits : "0".repeat(7 - digits.length()) + digits);
    }

    /**
     * The number of a reference as a person or a court may write it back: {@code RD-0000123}, {@code rd 123},
     * {@code RD0000123} or the bare digits; empty when it is none of these.
     */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("RD")) {
            t = t.substring(2).strip();
            if (t.startsWith("-")) {
                t = t.substring(1).strip();
            }
        }
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(t);
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
