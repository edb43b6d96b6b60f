package org.reliefdesk.doj;

/** Cleaning of DOJ field values: space padding and the {@code NULL} placeholder. */
public final class DojText {
    private DojText() {
    }

    /** Trims spaces (and other whitespace) and maps {@code NULL} (any case) to the empty string. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.strip();
        return t.equalsIgnoreCase("NULL") ? "" : t;
    }
}
