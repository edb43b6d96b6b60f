package org.reliefdesk.app;

import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.store.MappingRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableReader;
import org.reliefdesk.tabular.TableRow;
import org.reliefdesk.tabular.Tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The column-mapping machinery every mapped import shares (court records, the court's list of orders): a look at a
 * table file's first rows, the distinct values of a column with their counts, and mappings saved in the workspace
 * by name, exported to a file and read back from one.
 */
public final class MappingService {
    /** A mapping file larger than this is not a mapping. */
    private static final long MAX_MAPPING_BYTES = 1 << 20;

    private final Clock clock;
    private final AuditService audit;

    public MappingService(Clock clock, AuditService audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** A table file's first rows as read: how it was read, its sheets, headers, rows and any rows set aside. */
    public record Preview(String fileName, String readAs, char delimiter, List<String> sheets, String sheet,
                          List<String> headers, List<TableRow> rows, List<RowProblem> problems,
                          List<String> warnings) {
    }

    /** The file's first {@code rows} rows ({@code delimiter} 0: detected; {@code sheet} null: the first). */
    public Preview preview(Path file, char delimiter, String sheet, int rows) throws TableException, IOException {
        List<String> sheets = Tables.sheetNames(file);
        try (TableReader t = Tables.open(file, delimiter, sheet)) {
            List<TableRow> out = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            try {
                t.forEachRow(new TableReader.Handler() {
                    @Override
                    public void row(TableRow row) {
                        out.add(row);
                    }

                    @Override
                    public void problem(RowProblem problem) {
                        problems.add(problem);
                    }
                }, () -> out.size() + problems.size() >= rows);
            } catch (CancellationException enough) {
                // the preview is complete
            }
            return new Preview(t.fileName(), t.describe(), t.delimiter(), sheets, t.sheet(), t.headers(),
                    out.size() > rows ? out.subList(0, rows) : out, problems, t.warnings());
        }
    }

    /**
     * The distinct values of a column (0-based) with how many rows hold each, most frequent first, at most
     * {@code limit} of them (the rest counted under "(other values)"); reads the whole file.
     */
    public Map<String, Long> distinctValues(Path file, char delimiter, String sheet, int column, int limit,
                                            Cancellation cancel) throws TableException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] other = {0};
        try (TableReader t = Tables.open(file, delimiter, sheet)) {
            t.forEachRow(new TableReader.Handler() {
                @Override
                public void row(TableRow row) {
                    String v = row.value(column);
                    Long n = counts.get(v);
                    if (n != null) {
                        counts.put(v, n + 1);
                    } else if (counts.size() < limit) {
                        counts.put(v, 1L);
                    } else {
                        other[0]++;
                    }
                }

                @Override
                public void problem(RowProblem problem) {
                }
            }, cancel::isCancelled);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        if (other[0] > 0) {
            sorted.put("(other values)", other[0]);
        }
        return sorted;
    }

    /** Saves a mapping under its name (replacing one of the same name and kind), recorded in the audit log. */
    public void save(Workspace w, String kind, String name, List<String> headers, String json) {
        w.atomically(() -> {
            new MappingRepository(w).save(new MappingRepository.SavedMapping(kind, name, headers, json,
                    Instant.now(clock).toString()));
            audit.record(w, "mapping-saved", kind + " mapping \"" + name + "\"");
            return null;
        });
    }

    /** The saved mappings of a kind, by name. */
    public List<MappingRepository.SavedMapping> saved(Workspace w, String kind) {
        return new MappingRepository(w).list(kind);
    }

    /** The mapping last saved for a file with these very headers, if any. */
    public Optional<MappingRepository.SavedMapping> forHeaders(Workspace w, String kind, List<String> headers) {
        return new MappingRepository(w).forHeaders(kind, headers);
    }

    /** Writes a mapping's JSON to a file, whole or not at all. */
    public void exportMapping(Path file, String json) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The text of a mapping file, refused when it cannot be one. */
    public static String readMappingFile(Path file) throws TableException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new TableException("The mapping file " + file + " does not exist.");
            }
            if (Files.size(file) > MAX_MAPPING_BYTES) {
                throw new TableException("The mapping file " + file.getFileName() + " is too large to be a mapping.");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new TableException("The mapping file " + file.getFileName() + " is not UTF-8 text.", e);
        } catch (IOException e) {
            throw new TableException("The mapping file " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
    }
}
