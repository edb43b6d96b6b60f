package org.reliefdesk.tabular;

import java.util.List;

/** Where a field's values are in a table: a column named by its header, or by its 1-based number. */
public record ColumnRef(String header, int number) {

    public static ColumnRef header(String header) {
        return new ColumnRef(header.strip(), 0);
    }

    public static ColumnRef number(int number) {
        return new ColumnRef(null, number);
    }

    public boolean byNumber() {
        return header == null;
    }

    /**
     * The 0-based column in {@code headers}: by number, or by header (exact, else ignoring case and spacing); -1 when
     * there is none, -2 when several headers match.
     */
    public int indexIn(List<String> headers) {
        if (byNumber()) {
            return number >= 1 && number <= headers.size() ? number - 1 : -1;
        }
        int found = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equals(header)) {
                if (found >= 0) {
                    return -2;
                }
                found = i;
            }
        }
        if (found >= 0) {
            return found;
        }
        String loose = loose(header);
        for (int i = 0; i < headers.size(); i++) {
            if (loose(headers.get(i)).equals(loose)) {
                if (found >= 0) {
                    return -2;
                }
                found = i;
            }
        }
        return found;
    }

    private static String loose(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** As reports name it: {@code "DOB"} or {@code column 3}. */
    public String describe() {
        return byNumber() ? "column " + number : "\"" + header + "\"";
    }
}
