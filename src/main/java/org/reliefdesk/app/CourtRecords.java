package org.reliefdesk.app;

import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.court.CourtRow;
import org.reliefdesk.link.IdentityKey;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.MappingRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The court records of an open workspace, as the desktop app uses them (court-records.md): mapped imports, saved
 * mappings, a person's court rows with how they linked and paired. Not thread-safe, like the session it belongs to.
 */
public final class CourtRecords {
    private final Workspace workspace;
    private final CourtImportService imports;
    private final MappingService mappings;

    CourtRecords(Workspace workspace, CourtImportService imports, MappingService mappings) {
        this.workspace = workspace;
        this.imports = imports;
        this.mappings = mappings;
    }

    /** One court row of a person, with how its person linked and, in a run, how it paired. */
    public record CourtRowView(String file, long line, String caseNumber, String section, String level,
                               String disposition, boolean conviction, String dispositionDate, String offenseDate,
                               String status, String linkedBy, int strength, String pairing) {
    }

    /** Imports a court export with its mapping and links every court person again (one transaction). */
    public CourtImportService.Outcome importFile(Path file, CourtMapping mapping, Progress progress,
                                                 Cancellation cancel) throws IOException {
        return imports.importFile(workspace, file, mapping, progress, cancel);
    }

    /** Links the court people again when DOJ files were imported since they were linked. */
    void relinkIfNeeded(Progress progress) {
        imports.relinkIfNeeded(workspace, progress);
    }

    /** True when the workspace holds court files. */
    public boolean any() {
        return !new CourtRepository(workspace).batches().isEmpty();
    }

    public MappingService.Preview preview(Path file, char delimiter, String sheet, int rows)
            throws TableException, IOException {
        return mappings.preview(file, delimiter, sheet, rows);
    }

    public Map<String, Long> distinctValues(Path file, char delimiter, String sheet, int column, int limit,
                                            Cancellation cancel) throws TableException, IOException {
        return mappings.distinctValues(file, delimiter, sheet, column, limit, cancel);
    }

    /** Saves a court mapping by its name, with the headers of the file it was made for. */
    public void saveMapping(CourtMapping mapping, List<String> headers) {
        mappings.save(workspace, CourtMapping.KIND, mapping.name(), headers, mapping.toJson());
    }

    /** The saved court mappings (one that no longer reads is left out). */
    public List<CourtMapping> savedMappings() {
        List<CourtMapping> out = new ArrayList<>();
        for (MappingRepository.SavedMapping m : mappings.saved(workspace, CourtMapping.KIND)) {
            parse(m).ifPresent(out::add);
        }
        return out;
    }

    /** The mapping saved for a file with exactly these headers, if any. */
    public Optional<CourtMapping> mappingFor(List<String> headers) {
        return mappings.forHeaders(workspace, CourtMapping.KIND, headers).flatMap(CourtRecords::parse);
    }

    private static Optional<CourtMapping> parse(MappingRepository.SavedMapping m) {
        try {
            return Optional.of(CourtMapping.parse(m.json(), "the saved mapping \"" + m.name() + "\"", m.name()));
        } catch (TableException e) {
            return Optional.empty();
        }
    }

    public void exportMapping(CourtMapping mapping, Path file) throws IOException {
        mappings.exportMapping(file, mapping.toJson());
    }

    /** Reads a mapping file (as shared by another office); refused with a message naming what is wrong. */
    public CourtMapping readMapping(Path file) throws TableException {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return CourtMapping.parse(MappingService.readMappingFile(file), "the mapping file " + file.getFileName(), name);
    }

    /** The imported court files, oldest first. */
    public List<CourtRepository.CourtBatch> files() {
        return new CourtRepository(workspace).batches();
    }

    /**
     * The court rows of one subject (a DOJ subject's linked court people, or a court person's own), in file order,
     * with how each linked and, in {@code runId} (when it decided them), how each paired.
     */
    public List<CourtRowView> rowsOf(String subjectId, Integer runId) {
        CourtPersonRepository people = new CourtPersonRepository(workspace);
        CourtRepository court = new CourtRepository(workspace);
        Map<Integer, CourtRepository.CourtBatch> files = new HashMap<>();
        court.batches().forEach(b -> files.put(b.id(), b));
        List<CourtRowView> out = new ArrayList<>();
        for (CourtPersonRepository.StoredPerson p : people.ofSubject(subjectId)) {
            Map<Integer, List<Long>> byFile = new java.util.TreeMap<>();
            p.members().forEach(m -> byFile.computeIfAbsent(m.batchId(), k -> new ArrayList<>()).add(m.rowIndex()));
            String linkedBy = p.status().equals("LINKED")
                    ? "linked by " + IdentityKey.labels(IdentityKey.parse(p.keys()))
                    : p.status().equals("AMBIGUOUS") ? "matches several DOJ subjects: " + p.candidates()
                    : "no DOJ subject matched" + (p.candidates().isEmpty() ? "" : " (closest: " + p.candidates() + ")");
            for (Map.Entry<Integer, List<Long>> e : byFile.entrySet()) {
                CourtRepository.CourtBatch b = files.get(e.getKey());
                byte[] pairing = runId == null ? null
                        : people.pairing(runId, e.getKey()).orElse(null);
                for (CourtRow r : court.rows(e.getKey(), e.getValue())) {
                    out.add(new CourtRowView(b.fileName(), r.line(), r.caseNumber(), r.section(),
                            r.levelRaw().isEmpty() ? r.level().word() : r.levelRaw() + " (" + r.level().word() + ")",
                            r.disposition(), r.conviction(), iso(r.dispositionDate()), iso(r.offenseDate()),
                            p.status(), linkedBy, p.strength(), pairing == null ? "" : pairingWord(pairing,
                            r.rowIndex())));
                }
            }
        }
        return out;
    }

    private static String pairingWord(byte[] pairing, long row) {
        return switch (pairing[(int) row]) {
            case CourtEvaluation.BOTH -> "in the DOJ file too";
            case CourtEvaluation.COURT_ONLY -> "court only";
            default -> "not a conviction";
        };
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
