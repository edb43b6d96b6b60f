package org.reliefdesk.app;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.link.CourtPerson;
import org.reliefdesk.link.DojIndex;
import org.reliefdesk.link.DojPerson;
import org.reliefdesk.link.IdentityKey;
import org.reliefdesk.link.Link;
import org.reliefdesk.link.Linker;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtPersonRepository.CourtSubject;
import org.reliefdesk.store.CourtPersonRepository.RowRef;
import org.reliefdesk.store.CourtPersonRepository.StoredPerson;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.DojIdentityRepository;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.Workspace;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups the rows of every court file into court persons and links each to the DOJ subjects (court-records.md),
 * replacing the stored links: after every court import, and after a DOJ import into a workspace with court records,
 * so the links always reflect everything imported. The DOJ subjects are indexed by key first, so each court person
 * is compared only with the subjects that share a value with it.
 */
final class CourtLinking {
    /** workspace_info key: the DOJ and court files the stored links were made from. */
    static final String STAMP_KEY = "court.links";

    private CourtLinking() {
    }

    /** The files links are made from, as stored with them. */
    static String stamp(Workspace w) {
        String doj = new ImportRepository(w).batches().stream().map(b -> Integer.toString(b.id()))
                .collect(Collectors.joining(","));
        String court = new CourtRepository(w).batches().stream().map(b -> Integer.toString(b.id()))
                .collect(Collectors.joining(","));
        return "doj=" + doj + ";court=" + court;
    }

    /** True when court files exist and the stored links were made from other files than those now imported. */
    static boolean stale(Workspace w) {
        return !new CourtRepository(w).batches().isEmpty() && !stamp(w).equals(w.info(STAMP_KEY));
    }

    /** Links every court person again and stores the result, in the transaction under way or one of its own. */
    static CourtImportReport.Links relink(Workspace w, Progress progress) {
        progress.begin("Linking court records to DOJ subjects", -1);
        DojIdentityRepository ids = new DojIdentityRepository(w);
        DojIndex index = new DojIndex();
        ids.forEachSubject(s -> index.add(DojPerson.of(s.subjectId(), s.name(), s.dob(), s.cii(), s.ssn(), s.cdl())));
        ids.forEachCaseKey(k -> index.addCase(k.subjectId(), k.county(), k.caseKey()));
        Map<String, Group> groups = new LinkedHashMap<>();
        CourtRepository court = new CourtRepository(w);
        for (CourtRepository.CourtBatch b : court.batches()) {
            court.forEachRow(b.id(), row -> groups.computeIfAbsent(row.groupKey(b.id() + ":" + row.rowIndex()),
                    Group::new).add(b, row));
        }
        Linker linker = new Linker(index);
        List<StoredPerson> people = new ArrayList<>(groups.size());
        List<CourtSubject> subjects = new ArrayList<>();
        Map<Integer, Integer> byStrength = new TreeMap<>();
        List<CourtImportReport.AmbiguousPerson> ambiguous = new ArrayList<>();
        int none = 0;
        int contradictions = 0;
        for (Group g : groups.values()) {
            Link link = linker.link(g.person);
            String subjectId = link.status() == Link.Status.LINKED ? link.subjectId() : "COURT:" + g.firstRef;
            switch (link.status()) {
                case LINKED -> byStrength.merge(link.strength(), 1, Integer::sum);
                case AMBIGUOUS -> ambiguous.add(new CourtImportReport.AmbiguousPerson(g.firstRef,
                        candidates(link.candidates())));
                case NO_DOJ_PERSON -> none++;
            }
            if (!link.contradicted().isEmpty()) {
                contradictions++;
            }
            if (link.status() != Link.Status.LINKED) {
                subjects.add(new CourtSubject(subjectId, g.name, g.dob, g.cii, g.ssn, g.cdl, g.fbi));
            }
            people.add(new StoredPerson(g.person.groupKey(), subjectId, link.status().name(), link.strength(),
                    IdentityKey.ids(link.keys()), candidates(link.candidates()), candidates(link.contradicted()),
                    g.firstRef, g.members));
        }
        new CourtPersonRepository(w).replaceAll(people, subjects);
        w.setInfo(STAMP_KEY, stamp(w));
        return new CourtImportReport.Links(groups.size(), java.util.Collections.unmodifiableMap(byStrength),
                ambiguous.size(), none,
                contradictions, List.copyOf(ambiguous));
    }

    /** Candidates as stored and shown: {@code subject (strength N: keys)}, comma-separated. */
    static String candidates(List<Link.Candidate> list) {
        return list.stream().map(c -> c.subjectId() + " (strength " + c.strength()
                        + (c.keys().isEmpty() ? "" : ": " + IdentityKey.labels(c.keys()))
                        + (c.contradiction() == null ? "" : "; " + c.contradiction()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** One court person being gathered: identity values for its subject row (the first non-blank of each). */
    private static final class Group {
        private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
        final CourtPerson person;
        final List<RowRef> members = new ArrayList<>(2);
        String firstRef;
        String name = "";
        String dob = "";
        String cii = "";
        String ssn = "";
        String cdl = "";
        String fbi = "";

        Group(String key) {
            person = new CourtPerson(key);
        }

        void add(CourtRepository.CourtBatch b, CourtRow r) {
            if (firstRef == null) {
                firstRef = b.fileName() + ":" + r.line();
            }
            person.add(r, b.county());
            members.add(new RowRef(b.id(), r.rowIndex()));
            name = name.isEmpty() ? r.name() : name;
            dob = dob.isEmpty() && r.dob() != null ? r.dob().format(YMD) : dob;
            cii = cii.isEmpty() ? r.cii() : cii;
            ssn = ssn.isEmpty() ? r.ssn() : ssn;
            cdl = cdl.isEmpty() ? r.cdl() : cdl;
            fbi = fbi.isEmpty() ? r.fbi() : fbi;
        }
    }
}
