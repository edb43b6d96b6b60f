package org.reliefdesk.tabular;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.reliefdesk.doj.RowProblem;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A CSV table with a header row, any separator, read with FastCSV in one pass that also hashes the file. Rows with
 * fewer fields than the header (or more, unless the extra ones are blank) are set aside with their line.
 */
final class CsvTable implements TableReader {
    private static final int CHECK_EVERY = 1024;

    private final Path file;
    private final char delimiter;
    private final TextSniffer.Encoding encoding;
    private final long size;
    private final MessageDigest digest;
    private final CountingStream counted;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> headers;
    private final List<String> warnings = new ArrayList<>();
    private String sha256;

    CsvTable(Path file, char delimiter, TextSniffer.Encoding encoding) throws IOException, TableException {
        this.file = file;
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.size = Files.size(file);
        this.digest = Tables.sha256();
        this.counted = new CountingStream(new DigestInputStream(new BufferedInputStream(Files.newInputStream(file),
                1 << 16), digest));
        boolean ok = false;
        try {
            counted.readNBytes(encoding.skip()); // read, not skipped: the hash covers every byte
            InputStreamReader reader = new InputStreamReader(counted, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            this.csv = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).allowMissingFields(true)
                    .allowExtraFields(true).ofCsvRecord(reader);
            this.records = csv.iterator();
            if (!records.hasNext()) {
                throw new TableException(fileName() + " holds no header row: it is empty or only blank lines.");
            }
            List<String> head = new ArrayList<>();
            for (String h : records.next().getFields()) {
                head.add(h.strip());
            }
            this.headers = List.copyOf(head);
            if (!encoding.utf8() && encoding.skip() == 0) {
                warnings.add(fileName() + " is not UTF-8; it was read as Windows-1252 (the set Excel writes on "
                        + "Windows).");
            }
            ok = true;
        } catch (CsvParseException e) {
            throw new TableException(fileName() + " cannot be read as CSV: " + e.getMessage() + ".", e);
        } finally {
            if (!ok) {
                counted.close();
            }
        }
    }

    /** True when the text is UTF-8 or Windows-1252 (a byte below 128 is that ASCII character). */
    boolean asciiCompatible() {
        return encoding.charset().equals(java.nio.charset.StandardCharsets.UTF_8)
                || encoding.charset().equals(TextSniffer.WINDOWS_1252);
    }

    /** Bytes before the text (a byte order mark). */
    int bytesBeforeText() {
        return encoding.skip();
    }

    java.nio.charset.Charset charset() {
        return encoding.charset();
    }

    @Override
    public String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public String describe() {
        return "CSV, fields separated by " + TextSniffer.name(delimiter) + ", " + encoding.charset().displayName();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void forEachRow(Handler handler, BooleanSupplier cancelled) throws IOException, TableException {
        int width = headers.size();
        long n = 0;
        try {
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if ((++n % CHECK_EVERY) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("reading " + fileName() + " was cancelled");
                    }
                    handler.progress(counted.count);
                }
                row(r, width, handler);
            }
        } catch (CsvParseException e) {
            throw new TableException(fileName() + " cannot be read past a broken row (" + e.getMessage()
                    + "): a quote is probably opened and never closed.", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        counted.transferTo(java.io.OutputStream.nullOutputStream()); // the rest of the file, for the hash
        handler.progress(size);
        sha256 = java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** One record to a row or a problem; a method of its own so the JIT compiles it once (see decision 0006). */
    private void row(CsvRecord r, int width, Handler handler) {
        int count = r.getFieldCount();
        if (count == 1 && r.getField(0).isBlank() && width > 1) {
            return; // a line of spaces
        }
        String[] values = new String[width];
        for (int i = 0; i < width && i < count; i++) {
            values[i] = r.getField(i).strip();
        }
        if (count < width) {
            handler.problem(new RowProblem(fileName(), r.getStartingLineNumber(), "has " + count + " field"
                    + (count == 1 ? "" : "s") + " where the header has " + width + " (a field is missing, or the line "
                    + "is cut short)", String.join(String.valueOf(delimiter), r.getFields())));
            return;
        }
        for (int i = width; i < count; i++) {
            if (!r.getField(i).isBlank()) {
                handler.problem(new RowProblem(fileName(), r.getStartingLineNumber(), "has " + count + " fields "
                        + "where the header has " + width + " (an unquoted separator inside a value?)",
                        String.join(String.valueOf(delimiter), r.getFields())));
                return;
            }
        }
        handler.row(new TableRow(r.getStartingLineNumber(), values, null));
    }

    @Override
    public String sha256() {
        if (sha256 == null) {
            throw new IllegalStateException("the file has not been read yet");
        }
        return sha256;
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
