package org.reliefdesk.doj;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns one framed line into a DOJ row or a reason to set it aside: decoding (UTF-8 when valid, else Latin-1,
 * decided line by line so a mixed file loses nothing), field splitting by FastCSV, the 95-field and SUBJECT_ID
 * checks. Safe to use from one thread at a time; each parse thread has its own.
 */
final class LineParser {
    static final String HEADER_FIRST_FIELD = "RECORD_ID";

    private final CsvReader.CsvReaderBuilder csv = CsvReader.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .detectBomHeader(false);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Lines that were not valid UTF-8 and were read as Latin-1. */
    long nonUtf8Lines;
    private boolean lastWasLatin1;

    /** Decodes bytes: ASCII directly, valid UTF-8 as UTF-8, anything else as Latin-1. */
    String decode(byte[] bytes, int start, int length, boolean nonAscii) {
        lastWasLatin1 = false;
        if (!nonAscii) {
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            nonUtf8Lines++;
            lastWasLatin1 = true;
            return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** Whether the last {@link #decode} fell back to Latin-1. */
    boolean lastWasLatin1() {
        return lastWasLatin1;
    }

    private final FieldsHandler.Scratch scratch = new FieldsHandler.Scratch();

    /** The fields of a decoded line, or null when its quoting is broken. */
    FieldsHandler.Fields split(String text) {
        try {
            return csv.ofSingleCsvRecord(new FieldsHandler(scratch), text);
        } catch (CsvParseException e) {
            return null;
        }
    }

    /**
     * The records of many lines joined with LF, each line one record; null when FastCSV refuses the text (broken
     * quoting somewhere: the caller then splits line by line). A record count different from the line count
     * (a quote open across a line break) is for the caller to notice.
     */
    List<FieldsHandler.Fields> splitRecords(char[] lines, int length) {
        try (CsvReader<FieldsHandler.Fields> reader = csv.build(new FieldsHandler(scratch),
                new java.io.CharArrayReader(lines, 0, length))) {
            List<FieldsHandler.Fields> out = new ArrayList<>();
            for (FieldsHandler.Fields f : reader) {
                out.add(f);
            }
            return out;
        } catch (CsvParseException | java.io.IOException e) {
            return null;
        }
    }

    /**
     * The fields of a text spanning several lines, or null unless it is exactly one record: a literal quote
     * (a 6" blade) may end a record at a line break, and what follows must not vanish into it.
     */
    FieldsHandler.Fields splitWhole(String text) {
        try (CsvReader<FieldsHandler.Fields> reader = csv.build(new FieldsHandler(scratch), text)) {
            java.util.List<FieldsHandler.Fields> records = reader.stream().limit(2).toList();
            return records.size() == 1 ? records.get(0) : null;
        } catch (CsvParseException | java.io.IOException e) {
            return null;
        }
    }

    /** The reason a well-split line is not a usable DOJ row, or null when it is one. */
    static String problemWith(FieldsHandler.Fields fields) {
        int n = fields.count();
        if (n != DojColumn.COUNT) {
            return n == DojColumn.COUNT + 1
                    ? "it has 96 fields instead of 95 (a stray comma shifts its columns)"
                    : "it has " + n + (n == 1 ? " field" : " fields") + " instead of 95";
        }
        if (DojText.clean(fields.field(DojColumn.SUBJECT_ID.index())).isEmpty()) {
            return "it has no SUBJECT_ID, so it cannot be tied to a person";
        }
        return null;
    }

    static boolean isHeader(FieldsHandler.Fields fields) {
        return fields.count() > 0 && fields.field(0).strip().equals(HEADER_FIRST_FIELD);
    }

    static String brokenQuoting() {
        return "its quoting is broken (a quote is followed by text before the next comma)";
    }

    static String binary(int offset, int value) {
        return String.format("it contains unreadable binary data (byte 0x%02X at character %d)", value, offset + 1);
    }

    static String overlong() {
        return "it is longer than " + (LineFramer.MAX_LINE_BYTES >> 20)
                + " MB, far too long for a DOJ row (only its start is kept here)";
    }

    static String repeatedHeader() {
        return "it repeats the header row (were two files joined together?), so it is not a person's data";
    }

    static String unterminatedQuote() {
        return "it opens a quote that is never closed on that line";
    }
}
