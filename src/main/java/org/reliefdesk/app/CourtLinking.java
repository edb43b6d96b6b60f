package org.reliefdesk.app;

import org.reliefdesk.link.DojIndex;
import org.reliefdesk.link.DojPerson;
import org.reliefdesk.link.IdentityKey;
import org.reliefdesk.link.Link;
import org.reliefdesk.link.Linker;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtPersonRepository.CourtSubject;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.DojIdentityRepository;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.Workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Groups the rows of every court file into court persons and links each to the DOJ subjects (court-records.md),
 * replacing the stored links: after every court import, and after a DOJ import into a workspace with court records,
 * so the links always reflect everything imported. The DOJ subjects are indexed by key first, so each court person
 * is compared only with the subjects that share a value with it.
 */
final class CourtLinking {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CourtLinking.class);
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
        CourtRepository court = new CourtRepository(w);
        return store(w, CourtGroups.of(court, court.batches()));
    }

    /**
     * Links the court persons {@code groups} holds (those of every court file) to the DOJ subjects and stores them in
     * place of the stored ones, in the transaction under way or one of its own.
     */
    static CourtImportReport.Links link(Workspace w, Progress progress, CourtGroups groups) {
        progress.begin("Linking court records to DOJ subjects", -1);
        return store(w, groups);
    }

    /** The DOJ subjects indexed by every identity key, with their case numbers in {@code counties}. */
    private static DojIndex index(Workspace w, Set<String> counties) {
        long t0 = System.nanoTime();
        Set<String> upper = new HashSet<>();
        counties.forEach(c -> upper.add(c.toUpperCase(Locale.ROOT)));
        DojIdentityRepository ids = new DojIdentityRepository(w);
        DojIndex index = new DojIndex();
        ids.forEachSubject(s -> index.add(DojPerson.of(s.subjectId(), s.name(), s.dob(), s.cii(), s.ssn(), s.cdl())));
        ids.forEachCaseKey(k -> {
            if (upper.contains(k.county().toUpperCase(Locale.ROOT))) {
                index.addCase(k.subjectId(), k.county(), k.caseKey());
            }
        });
        LOG.debug("DOJ index of {} subjects read in {} ms", index.size(), (System.nanoTime() - t0) / 1_000_000);
        return index;
    }

    private static CourtImportReport.Links store(Workspace w, CourtGroups groups) {
        Linker linker = new Linker(index(w, groups.counties()));
        long t0 = System.nanoTime();
        Map<Integer, Integer> byStrength = new TreeMap<>();
        List<CourtImportReport.AmbiguousPerson> ambiguous = new ArrayList<>();
        int[] counts = new int[2];
        int people = groups.size();
        new CourtPersonRepository(w).replaceAll(sink -> groups.forEachPerson((g, refs, from, to) -> {
            Link link = linker.link(g.person);
            String subjectId = link.status() == Link.Status.LINKED ? link.subjectId() : "COURT:" + g.firstRef;
            switch (link.status()) {
                case LINKED -> byStrength.merge(link.strength(), 1, Integer::sum);
                case AMBIGUOUS -> ambiguous.add(new CourtImportReport.AmbiguousPerson(g.firstRef,
                        candidates(link.candidates())));
                case NO_DOJ_PERSON -> counts[0]++;
            }
            if (!link.contradicted().isEmpty()) {
                counts[1]++;
            }
            if (link.status() != Link.Status.LINKED) {
                sink.subject(new CourtSubject(subjectId, g.name, g.dob, g.cii, g.ssn, g.cdl, g.fbi));
            }
            sink.person(g.person.groupKey(), subjectId, link.status().name(), link.strength(),
                    IdentityKey.ids(link.keys()), candidates(link.candidates()), candidates(link.contradicted()),
                    g.firstRef, refs, from, to);
        }));
        w.setInfo(STAMP_KEY, stamp(w));
        LOG.debug("linking and storing {} court people: {} ms", people, (System.nanoTime() - t0) / 1_000_000);
        return new CourtImportReport.Links(people, java.util.Collections.unmodifiableMap(byStrength),
                ambiguous.size(), counts[0], counts[1], List.copyOf(ambiguous));
    }

    /** Candidates as stored and shown: {@code subject (strength N: keys)}, comma-separated. */
    static String candidates(List<Link.Candidate> list) {
        return list.stream().map(c -> c.subjectId() + " (strength " + c.strength()
                        + (c.keys().isEmpty() ? "" : ": " + IdentityKey.labels(c.keys()))
                        + (c.contradiction() == null ? "" : "; " + c.contradiction()) + ")")
                .collect(Collectors.joining(", "));
    }
}
