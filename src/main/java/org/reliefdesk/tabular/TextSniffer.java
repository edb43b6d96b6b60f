package org.reliefdesk.tabular;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Looks at the first bytes of a text table: whether it is text at all, its character set (UTF-8 when valid, else
 * Windows-1252, the set spreadsheets on Windows write), a byte order mark to skip, and its likely field separator.
 */
final class TextSniffer {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Separators a county export may use, most common first. */
    static final char[] SEPARATORS = {',', ';', '\t', '|'};

    private TextSniffer() {
    }

    /** How to decode a file: its character set and how many leading bytes (a byte order mark) to skip. */
    record Encoding(Charset charset, int skip, boolean utf8) {
    }

    /**
     * The encoding of {@code head} (the file's first bytes), or empty when the bytes are not text: NUL bytes, or
     * more than one in a hundred control characters other than tab, line breaks and form feed.
     */
    static Optional<Encoding> encoding(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return Optional.of(new Encoding(StandardCharsets.UTF_8, 3, true));
        }
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            boolean little = (head[0] & 0xFF) == 0xFF;
            return Optional.of(new Encoding(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, 2, false));
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return Optional.empty();
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control * 100 > Math.max(length, 1)) {
            return Optional.empty();
        }
        return Optional.of(validUtf8(head, length) ? new Encoding(StandardCharsets.UTF_8, 0, true)
                : new Encoding(WINDOWS_1252, 0, false));
    }

    /** True when the bytes decode as UTF-8 (a sequence cut at the end of the sample does not count against it). */
    private static boolean validUtf8(byte[] head, int length) {
        int end = length;
        // do not judge a multi-byte character cut by the end of the sample
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The separator that splits the first line into the most fields (at least two) and splits the next lines into
     * as many; 0 when no separator gives more than one field.
     */
    static char separator(String text) {
        String[] lines = text.split("\r?\n", 12);
        char best = 0;
        int bestFields = 1;
        for (char sep : SEPARATORS) {
            int first = count(lines[0], sep) + 1;
            if (first <= bestFields) {
                continue;
            }
            boolean steady = true;
            for (int i = 1; i < lines.length - 1 && i < 10; i++) {
                if (!lines[i].isEmpty() && count(lines[i], sep) + 1 < first) {
                    steady = false;
                    break;
                }
            }
            if (steady || best == 0) {
                best = sep;
                bestFields = first;
            }
        }
        return best;
    }

    /** Occurrences of {@code c} outside double quotes. */
    static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** The separator as people name it: "comma", "semicolon", "tab", "|". */
    static String name(char sep) {
        return switch (sep) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "vertical bar (|)";
            default -> "'" + sep + "'";
        };
    }
}
