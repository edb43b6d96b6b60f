package org.reliefdesk.doj;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Streams a DOJ research file row by row with bounded memory, whatever its size.
 *
 * <p>Lines are framed on bytes (LF or CRLF), each line is decoded on its own (UTF-8 when it is valid UTF-8,
 * otherwise Latin-1, so a file mixing both loses nothing) and its fields are split by FastCSV. A row that
 * cannot be read is handed to the listener as a {@link RowProblem} with its line and raw text, and reading
 * goes on. The file's SHA-256 is computed on the same pass.
 */
public final class DojReader {

    /** Receives what the reader finds, in file order, on the reading thread. */
    public interface Listener {
        void row(DojRecord record);

        void problem(RowProblem problem);

        /** Called about every megabyte with the number of bytes consumed so far. */
        default void progress(long bytesRead) {
        }
    }

    /** A quoted field may hold line breaks; a record never spans more physical lines than this. */
    static final int MAX_LINES_PER_RECORD = 4;
    /** A single line longer than this is set aside rather than buffered. */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
    private static final int CHUNK = 1 << 20;
    private static final int OVERLONG_SAMPLE = 1024;
    private static final String HEADER_FIRST_FIELD = "RECORD_ID";

    private final CsvReader.CsvReaderBuilder csv = CsvReader.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .detectBomHeader(false);

    /**
     * Reads the whole file. The caller has already checked that the path is a readable regular file.
     *
     * @param cancelled polled regularly; when it turns true the read stops with {@link CancellationException}
     */
    public ReadSummary read(Path file, Listener listener, BooleanSupplier cancelled) throws IOException {
        String name = file.getFileName().toString();
        MessageDigest sha = sha256();
        Counters counters = new Counters();
        try (InputStream in = Files.newInputStream(file)) {
            LineSource lines = new LineSource(in, sha, listener);
            boolean first = true;
            Line line;
            long seen = 0;
            while ((line = lines.next()) != null) {
                if ((++seen & 0xFFF) == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("reading " + name + " was cancelled");
                }
                if (line.isBlank()) {
                    counters.blankLines++;
                    continue;
                }
                boolean isFirst = first;
                first = false;
                handle(name, line, lines, listener, counters, isFirst);
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("reading " + name + " was cancelled");
            }
            listener.progress(lines.bytesRead);
            return new ReadSummary(name, lines.bytesRead, HexFormat.of().formatHex(sha.digest()),
                    counters.header, counters.headerFields, counters.accepted, counters.rejected,
                    counters.blankLines, counters.nonUtf8Lines);
        }
    }

    private void handle(String name, Line line, LineSource lines, Listener listener, Counters counters,
                        boolean firstLine) throws IOException {
        if (line.overlong) {
            reject(listener, counters, name, line.number, "it is longer than " + (MAX_LINE_BYTES >> 20)
                    + " MB, far too long for a DOJ row (only its start is kept here)", line.decode(counters));
            return;
        }
        int junk = line.firstControlByte();
        if (junk >= 0) {
            reject(listener, counters, name, line.number, String.format(
                    "it contains unreadable binary data (byte 0x%02X at character %d)",
                    line.bytes[junk] & 0xFF, junk + 1), line.decode(counters));
            return;
        }
        if ((line.quoteCount() & 1) == 1) {
            handleOpenQuote(name, line, lines, listener, counters);
            return;
        }
        String text = line.decode(counters);
        String[] fields;
        try {
            fields = csv.ofSingleCsvRecord(StringArrayHandler.of(), text);
        } catch (CsvParseException e) {
            reject(listener, counters, name, line.number,
                    "its quoting is broken (a quote is followed by text before the next comma)", text);
            return;
        }
        if (firstLine && fields.length > 0 && fields[0].strip().equals(HEADER_FIRST_FIELD)) {
            counters.header = true;
            counters.headerFields = fields.length;
            return;
        }
        accept(name, line.number, text, fields, listener, counters);
    }

    /** A line with an odd number of quotes: either a quoted field continues on the next lines, or it is broken. */
    private void handleOpenQuote(String name, Line first, LineSource lines, Listener listener, Counters counters)
            throws IOException {
        List<Line> parts = new ArrayList<>();
        parts.add(first.copy());
        int quotes = first.quoteCount();
        while ((quotes & 1) == 1 && parts.size() < MAX_LINES_PER_RECORD) {
            Line next = lines.next();
            if (next == null) {
                break;
            }
            Line copy = next.copy();
            parts.add(copy);
            if (copy.firstControlByte() >= 0) {
                break;
            }
            quotes += copy.quoteCount();
        }
        if ((quotes & 1) == 0 && parts.stream().allMatch(p -> p.firstControlByte() < 0)) {
            StringBuilder joined = new StringBuilder();
            for (Line p : parts) {
                if (joined.length() > 0) {
                    joined.append('\n');
                }
                joined.append(p.decode(counters));
            }
            try {
                String[] fields = csv.ofSingleCsvRecord(StringArrayHandler.of(), joined.toString());
                if (fields.length == DojColumn.COUNT) {
                    accept(name, first.number, joined.toString(), fields, listener, counters);
                    return;
                }
            } catch (CsvParseException e) {
                // fall through: the first line alone is set aside
            }
        }
        reject(listener, counters, name, first.number,
                "it opens a quote that is never closed on that line", first.decode(counters));
        lines.pushBack(parts.subList(1, parts.size()));
    }

    private static void accept(String name, long lineNo, String text, String[] fields, Listener listener,
                               Counters counters) {
        if (fields.length != DojColumn.COUNT) {
            String why = fields.length == DojColumn.COUNT + 1
                    ? "it has 96 fields instead of 95 (a stray comma shifts its columns)"
                    : "it has " + fields.length + (fields.length == 1 ? " field" : " fields") + " instead of 95";
            reject(listener, counters, name, lineNo, why, text);
            return;
        }
        if (DojText.clean(fields[DojColumn.SUBJECT_ID.index()]).isEmpty()) {
            reject(listener, counters, name, lineNo, "it has no SUBJECT_ID, so it cannot be tied to a person", text);
            return;
        }
        counters.accepted++;
        listener.row(new DojRecord(name, lineNo, fields));
    }

    private static void reject(Listener listener, Counters counters, String name, long lineNo, String reason,
                               String raw) {
        counters.rejected++;
        listener.problem(new RowProblem(name, lineNo, reason, raw));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class Counters {
        boolean header;
        int headerFields;
        long accepted;
        long rejected;
        long blankLines;
        long nonUtf8Lines;
    }

    /** One physical line: bytes without the line break, and its 1-based number. */
    private static final class Line {
        byte[] bytes;
        int start;
        int length;
        long number;
        boolean overlong;

        Line copy() {
            Line c = new Line();
            c.bytes = Arrays.copyOfRange(bytes, start, start + length);
            c.start = 0;
            c.length = length;
            c.number = number;
            c.overlong = overlong;
            return c;
        }

        boolean isBlank() {
            for (int i = start; i < start + length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** Offset (from the line start) of the first control byte other than tab, or -1. */
        int firstControlByte() {
            for (int i = start; i < start + length; i++) {
                int b = bytes[i] & 0xFF;
                if ((b < 0x20 && b != '\t' && b != '\n') || b == 0x7F) {
                    return i - start;
                }
            }
            return -1;
        }

        int quoteCount() {
            int n = 0;
            for (int i = start; i < start + length; i++) {
                if (bytes[i] == '"') {
                    n++;
                }
            }
            return n;
        }

        String decode(Counters counters) {
            boolean ascii = true;
            for (int i = start; i < start + length; i++) {
                if (bytes[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                return utf8.decode(ByteBuffer.wrap(bytes, start, length)).toString();
            } catch (CharacterCodingException e) {
                counters.nonUtf8Lines++;
                return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** Frames physical lines out of the byte stream, hashing every byte it reads. */
    private static final class LineSource {
        private final InputStream in;
        private final MessageDigest sha;
        private final Listener listener;
        private final Deque<Line> pushedBack = new ArrayDeque<>();
        private final Line current = new Line();
        private byte[] buf = new byte[CHUNK];
        private int pos;
        private int limit;
        private boolean eof;
        private long lineNo;
        private long bytesRead;
        private long lastProgress;
        private boolean atStart = true;

        LineSource(InputStream in, MessageDigest sha, Listener listener) {
            this.in = in;
            this.sha = sha;
            this.listener = listener;
        }

        void pushBack(List<Line> lines) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                pushedBack.addFirst(lines.get(i));
            }
        }

        /** The next line, or null at the end of the file. The returned line is valid until the next call. */
        Line next() throws IOException {
            if (!pushedBack.isEmpty()) {
                return pushedBack.removeFirst();
            }
            while (true) {
                for (int i = pos; i < limit; i++) {
                    if (buf[i] == '\n') {
                        int end = i;
                        int start = pos;
                        pos = i + 1;
                        return frame(start, end);
                    }
                }
                if (eof) {
                    if (pos < limit) {
                        int start = pos;
                        pos = limit;
                        return frame(start, limit);
                    }
                    return null;
                }
                Line overlong = fill();
                if (overlong != null) {
                    return overlong;
                }
            }
        }

        private Line frame(int start, int end) {
            lineNo++;
            if (end > start && buf[end - 1] == '\r') {
                end--;
            }
            if (atStart) {
                atStart = false;
                if (end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB
                        && (buf[start + 2] & 0xFF) == 0xBF) {
                    start += 3;
                }
            }
            current.bytes = buf;
            current.start = start;
            current.length = end - start;
            current.number = lineNo;
            return current;
        }

        /** Reads more bytes; returns an over-long line (set aside whole) when one line outgrows the limit. */
        private Line fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                if (buf.length >= MAX_LINE_BYTES) {
                    return skipOverlongLine();
                }
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            read(limit);
            return null;
        }

        private void read(int at) throws IOException {
            int n = in.read(buf, at, buf.length - at);
            if (n < 0) {
                eof = true;
                return;
            }
            sha.update(buf, at, n);
            limit = at + n;
            bytesRead += n;
            if (bytesRead - lastProgress >= CHUNK) {
                lastProgress = bytesRead;
                listener.progress(bytesRead);
            }
        }

        /** Keeps the first kilobyte of a line that has no end in sight and drops the rest up to its line break. */
        private Line skipOverlongLine() throws IOException {
            Line sample = new Line();
            sample.bytes = Arrays.copyOf(buf, OVERLONG_SAMPLE);
            sample.length = OVERLONG_SAMPLE;
            sample.number = ++lineNo;
            sample.overlong = true;
            atStart = false;
            while (true) {
                for (int i = pos; i < limit; i++) {
                    if (buf[i] == '\n') {
                        pos = i + 1;
                        return sample;
                    }
                }
                pos = 0;
                limit = 0;
                read(0);
                if (eof) {
                    return sample;
                }
            }
        }
    }
}
