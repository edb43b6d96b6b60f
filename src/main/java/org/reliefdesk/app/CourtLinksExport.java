package org.reliefdesk.app;

import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.export.csv.CourtLinksWriter;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code court_links.csv} for a run: every row of every court file, in file and line order, with how its
 * person linked and how its conviction paired in the run. A row set aside keeps the values it could be read for.
 */
final class CourtLinksExport {
    private CourtLinksExport() {
    }

    /** True when the workspace holds court files. */
    static boolean any(Workspace w) {
        return !new CourtRepository(w).batches().isEmpty();
    }

    static void write(Workspace w, int runId, OutputStream file) throws IOException {
        CourtRepository court = new CourtRepository(w);
        CourtPersonRepository people = new CourtPersonRepository(w);
        Map<Integer, CourtPersonRepository.StoredPerson[]> byRow = new HashMap<>();
        List<CourtRepository.CourtBatch> batches = court.batches();
        for (CourtRepository.CourtBatch b : batches) {
            byRow.put(b.id(), new CourtPersonRepository.StoredPerson[(int) b.rowsAccepted()]);
        }
        people.forEach(p -> {
            for (CourtPersonRepository.RowRef r : p.members()) {
                CourtPersonRepository.StoredPerson[] rows = byRow.get(r.batchId());
                if (rows != null) {
                    rows[(int) r.rowIndex()] = p;
                }
            }
        });
        SourceRepository sources = new SourceRepository(w);
        try (CourtLinksWriter out = new CourtLinksWriter(file)) {
            for (CourtRepository.CourtBatch b : batches) {
                byte[] pairing = people.pairing(runId, b.id()).orElse(null);
                List<RowProblem> setAside = new ArrayList<>();
                sources.forEachRejected(b.id(), b.fileName(), setAside::add);
                SetAsideValues values = new SetAsideValues(b);
                int[] next = {0};
                CourtPersonRepository.StoredPerson[] persons = byRow.get(b.id());
                court.forEachRow(b.id(), r -> {
                    while (next[0] < setAside.size() && setAside.get(next[0]).line() < r.line()) {
                        values.write(out, setAside.get(next[0]++));
                    }
                    CourtPersonRepository.StoredPerson p = persons[(int) r.rowIndex()];
                    boolean linked = p != null && p.status().equals("LINKED");
                    String pairs = pairing == null ? "" : switch (pairing[(int) r.rowIndex()]) {
                        case CourtEvaluation.BOTH -> "BOTH";
                        case CourtEvaluation.COURT_ONLY -> "COURT_ONLY";
                        default -> "NOT_CONVICTION";
                    };
                    row(out, b.fileName(), r.line(), r.caseNumber(), r.section(), iso(r.dispositionDate()),
                            p == null ? "" : p.status(), linked ? p.subjectId() : "",
                            p == null ? "" : Integer.toString(p.strength()), p == null ? "" : p.keys(), pairs);
                });
                while (next[0] < setAside.size()) {
                    values.write(out, setAside.get(next[0]++));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void row(CourtLinksWriter out, String file, long line, String caseNumber, String section,
                            String date, String status, String subject, String strength, String keys, String pairing) {
        try {
            out.row(file, line, caseNumber, section, date, status, subject, strength, keys, pairing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iso(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The case number, section and disposition date of a row set aside, where its values can still be split. */
    private static final class SetAsideValues {
        private final CourtRepository.CourtBatch batch;
        private final Map<String, Integer> columns;

        SetAsideValues(CourtRepository.CourtBatch batch) {
            this.batch = batch;
            Map<String, Integer> cols;
            try {
                cols = CourtMapping.parse(batch.mappingJson(), "the stored mapping", batch.mappingName()).table()
                        .resolve(batch.headers(), batch.fileName());
            } catch (TableException e) {
                cols = Map.of();
            }
            this.columns = cols;
        }

        void write(CourtLinksWriter out, RowProblem p) {
            String[] v = p.raw().split(java.util.regex.Pattern.quote(String.valueOf(batch.separator())), -1);
            boolean fits = v.length == batch.headers().size();
            row(out, batch.fileName(), p.line(), fits ? value(v, "courtCaseNumber") : "",
                    fits ? value(v, "section") : "", fits ? value(v, "dispositionDate") : "", "SET_ASIDE", "", "", "",
                    "");
        }

        private String value(String[] values, String field) {
            Integer i = columns.get(field);
            return i == null ? "" : values[i].strip();
        }
    }
}
