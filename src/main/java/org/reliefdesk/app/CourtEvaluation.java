package org.reliefdesk.app;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.CourtIdentity;
import org.reliefdesk.history.PersonHistory;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.link.CourtCharge;
import org.reliefdesk.link.CourtHistories;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtPersonRepository.RowRef;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.HistoryRepository;
import org.reliefdesk.store.Workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The court records a default-mode run decides (court-records.md): the conviction rows of every court file, held in
 * memory without identity values, attached to the DOJ subject they link to or gathered as court people of their own;
 * and, as the run goes, how each court row paired. Thread-safe for {@link #merge} on the run's workers: each court
 * row belongs to one person, so its pairing mark is written by one worker only.
 */
final class CourtEvaluation {
    /** Pairing marks per court row, as {@code court_pairing} stores them. */
    static final byte NOT_CONVICTION = 0;
    static final byte BOTH = 1;
    static final byte COURT_ONLY = 2;

    /** A run without court records. */
    static final CourtEvaluation NONE = new CourtEvaluation();

    private final Map<String, List<CourtCharge>> byDojSubject = new HashMap<>();
    private final List<CourtPerson> courtPeople = new ArrayList<>();
    private final Map<Integer, byte[]> pairing = new HashMap<>();
    private final Map<Integer, CourtCharge[]> convictions = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicLong disagreeing = new java.util.concurrent.atomic.AtomicLong();

    /** A court person the DOJ file does not have, ready to be decided. */
    private record CourtPerson(SubjectInfo subject, CourtIdentity identity, String note, List<CourtCharge> charges) {
    }

    private CourtEvaluation() {
    }

    /** Loads the court records of a workspace (linking them again first when DOJ files changed since). */
    static CourtEvaluation load(Workspace w, Progress progress) {
        CourtRepository court = new CourtRepository(w);
        List<CourtRepository.CourtBatch> batches = court.batches();
        if (batches.isEmpty()) {
            return NONE;
        }
        if (CourtLinking.stale(w)) {
            w.atomically(() -> CourtLinking.relink(w, progress));
        }
        progress.begin("Reading the court records", -1);
        CourtEvaluation e = new CourtEvaluation();
        Map<String, String> strings = new HashMap<>();
        for (CourtRepository.CourtBatch b : batches) {
            CourtCharge[] rows = new CourtCharge[(int) b.rowsAccepted()];
            byte[] marks = new byte[rows.length];
            court.forEachConviction(b.id(), r -> {
                rows[(int) r.rowIndex()] = new CourtCharge(b.id(), b.fileName(), b.county(), shared(r, strings));
                marks[(int) r.rowIndex()] = COURT_ONLY;
            });
            e.convictions.put(b.id(), rows);
            e.pairing.put(b.id(), marks);
        }
        Map<String, SubjectInfo> courtSubjects = new HashMap<>();
        new CourtPersonRepository(w).forEach(p -> {
            List<CourtCharge> charges = new ArrayList<>();
            for (RowRef ref : p.members()) {
                CourtCharge c = e.convictions.get(ref.batchId())[(int) ref.rowIndex()];
                if (c != null) {
                    charges.add(c);
                }
            }
            if (p.status().equals("LINKED")) {
                if (!charges.isEmpty()) {
                    e.byDojSubject.computeIfAbsent(p.subjectId(), k -> new ArrayList<>()).addAll(charges);
                }
            } else if (!charges.isEmpty()) {
                courtSubjects.put(p.subjectId(), null);
                e.courtPeople.add(new CourtPerson(new SubjectInfo(p.subjectId(), "", "", "", ""),
                        p.status().equals("AMBIGUOUS") ? CourtIdentity.AMBIGUOUS : CourtIdentity.NO_DOJ_PERSON,
                        note(p), charges));
            }
        });
        for (List<CourtCharge> list : e.byDojSubject.values()) {
            list.sort(java.util.Comparator.comparingInt(CourtCharge::batch)
                    .thenComparingLong(c -> c.row().rowIndex()));
        }
        new HistoryRepository(w).courtSubjects(courtSubjects);
        e.courtPeople.replaceAll(p -> {
            SubjectInfo stored = courtSubjects.get(p.subject().subjectId());
            return new CourtPerson(stored != null ? stored : p.subject(), p.identity(), p.note(), p.charges());
        });
        return e;
    }

    /** A conviction row (read without identity values) with its repeated texts shared. */
    private static CourtRow shared(CourtRow r, Map<String, String> strings) {
        return new CourtRow(r.rowIndex(), r.line(), r.caseNumber(), "", null, "", "", "", "",
                strings.computeIfAbsent(r.section(), s -> s), strings.computeIfAbsent(r.levelRaw(), s -> s), r.level(),
                strings.computeIfAbsent(r.disposition(), s -> s), true, r.dispositionDate(), r.offenseDate());
    }

    /** How linking went for a court person, in words for the trail (no names). */
    private static String note(CourtPersonRepository.StoredPerson p) {
        String where = "court person first seen at " + p.firstRef();
        if (p.status().equals("AMBIGUOUS")) {
            return where + "; candidates " + p.candidates();
        }
        String closest = p.candidates().isEmpty() ? "no DOJ subject shares a key" : "closest: " + p.candidates();
        return where + "; " + closest + (p.contradicted().isEmpty() ? "" : "; contradicting: " + p.contradicted());
    }

    boolean isEmpty() {
        return this == NONE;
    }

    /** The DOJ subject's history with their linked court convictions merged in (pairings marked). */
    PersonHistory merge(HistoryRepository.StoredSubject s, PersonHistory doj) {
        List<CourtCharge> charges = byDojSubject.get(doj.subjectId());
        if (charges == null) {
            return doj;
        }
        Map<String, List<String>> keys = s.caseKeysByCount();
        CourtHistories.Merged merged = CourtHistories.merge(doj, charges,
                c -> (Collection<String>) keys.getOrDefault(c.countOrder(), List.of()));
        for (int i = 0; i < charges.size(); i++) {
            Conviction d = merged.pairedWith().get(i);
            if (d != null) {
                CourtCharge c = charges.get(i);
                pairing.get(c.batch())[(int) c.row().rowIndex()] = BOTH;
                if (d.level() != Level.UNKNOWN && c.row().level() != Level.UNKNOWN && d.level() != c.row().level()) {
                    disagreeing.incrementAndGet();
                }
            }
        }
        return merged.history();
    }

    /** Hands every court person the DOJ file does not have to {@code each}, as a history of their own. */
    void forEachCourtPerson(Consumer<PersonHistory> each) {
        for (CourtPerson p : courtPeople) {
            each.accept(CourtHistories.courtPerson(p.subject(), DojDates.parse(p.subject().dob()).orElse(null),
                    p.identity(), p.note(), p.charges()));
        }
    }

    /** Stores the pairing marks of every court file with the run (in its transaction). */
    void savePairing(Workspace w, int runId) {
        CourtPersonRepository repo = new CourtPersonRepository(w);
        pairing.forEach((batch, marks) -> repo.savePairing(runId, batch, marks));
    }

    /** The run's pairing figures: court convictions in both records, court-only, and paired with another level. */
    CourtImportReport.Pairing figures(int runId) {
        long both = 0;
        long only = 0;
        for (byte[] m : pairing.values()) {
            for (byte b : m) {
                both += b == BOTH ? 1 : 0;
                only += b == COURT_ONLY ? 1 : 0;
            }
        }
        return new CourtImportReport.Pairing(runId, both, only, disagreeing.get());
    }
}
