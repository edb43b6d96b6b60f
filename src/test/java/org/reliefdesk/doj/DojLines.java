package org.reliefdesk.doj;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds fabricated DOJ rows as text: 95 empty fields with the ones a test cares about filled in as written. */
final class DojLines {
    private final String[] fields = new String[DojColumn.COUNT];

    private DojLines() {
        Arrays.fill(fields, "");
    }

    /** A row of the given subject; every other field empty. */
    static DojLines subject(String subjectId) {
        return new DojLines().with(DojColumn.SUBJECT_ID, subjectId);
    }

    /** Sets a field exactly as it should appear between the commas (quotes included, if any). */
    DojLines with(DojColumn column, String asWritten) {
        fields[column.index()] = asWritten;
        return this;
    }

    String text() {
        return String.join(",", fields);
    }

    /** The DOJ header row, optionally with extra trailing fields. */
    static String header(String... extra) {
        StringBuilder b = new StringBuilder();
        for (DojColumn c : DojColumn.values()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(c.name());
        }
        for (String e : extra) {
            b.append(',').append(e);
        }
        return b.toString();
    }

    /** Lines joined with LF (and a final LF), as UTF-8 bytes. */
    static byte[] lf(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Byte chunks concatenated. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
