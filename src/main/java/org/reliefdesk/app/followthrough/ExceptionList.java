package org.reliefdesk.app.followthrough;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The references a bulk order excepts (follow-through.md, "Bulk order"): a CSV with a {@code ref} column (and, when
 * it has one, a {@code result} column saying denied or continued for each), or one reference per line. Anything
 * that is not a reference or a result is refused with its line, and nothing is recorded.
 */
public final class ExceptionList {
    private ExceptionList() {
    }

    /** The excepted references, each with its result ({@code otherwise} when the file names none). */
    public static Map<Integer, OrderResult> read(Path file, OrderResult otherwise) throws FollowThroughException {
        if (!Files.isRegularFile(file)) {
            throw FollowThroughException.none("There is no file at " + file + ".");
        }
        List<CsvRecord> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(in)) {
            csv.forEach(records::add);
        } catch (IOException | RuntimeException e) {
            throw FollowThroughException.bad(file.getFileName() + " cannot be read as a list of references ("
                    + e.getMessage() + "): give a CSV with a ref column, or one reference per line.");
        }
        int refColumn = -1;
        int resultColumn = -1;
        int start = 0;
        if (!records.isEmpty()) {
            List<String> head = records.get(0).getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (head.contains("ref")) {
                refColumn = head.indexOf("ref");
                resultColumn = head.indexOf("result");
                start = 1;
            } else {
                refColumn = 0;
            }
        }
        Map<Integer, OrderResult> out = new LinkedHashMap<>();
        for (int i = start; i < records.size(); i++) {
            CsvRecord r = records.get(i);
            long line = r.getStartingLineNumber();
            String ref = refColumn < r.getFieldCount() ? r.getField(refColumn).strip() : "";
            if (ref.isEmpty() && r.getFields().stream().allMatch(String::isBlank)) {
                continue;
            }
            var n = Refs.parse(ref);
            if (n.isEmpty()) {
                throw FollowThroughException.bad(file.getFileName() + ", line " + line + ": \"" + ref + "\" is not a "
                        + "reference (RD-0000123); nothing was recorded.");
            }
            OrderResult result = otherwise;
            if (resultColumn >= 0 && resultColumn < r.getFieldCount() && !r.getField(resultColumn).isBlank()) {
                String word = r.getField(resultColumn).strip();
                result = OrderResult.ofWord(word).filter(x -> x == OrderResult.DENIED || x == OrderResult.CONTINUED)
                        .orElseThrow(() -> FollowThroughException.bad(file.getFileName() + ", line " + line + ": \""
                                + word + "\" is not a result for an exception; write denied or continued."));
            }
            out.put(n.getAsInt(), result);
        }
        return out;
    }
}
