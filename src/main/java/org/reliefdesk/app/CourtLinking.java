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
        long t0 = System.nanoTime();
        CourtRepository court = new CourtRepository(w);
        List<CourtRepository.CourtBatch> batches = court.batches();
        java.util.Set<String> counties = new java.util.HashSet<>();
        batches.forEach(b -> counties.add(b.county().toUpperCase(java.util.Locale.ROOT)));
        DojIdentityRepository ids = new DojIdentityRepository(w);
        DojIndex index = new DojIndex();
        ids.forEachSubject(s -> index.add(DojPerson.of(s.subjectId(), s.name(), s.dob(), s.cii(), s.ssn(), s.cdl())));
        ids.forEachCaseKey(k -> {
            if (counties.contains(k.county().toUpperCase(java.util.Locale.ROOT))) {
                index.addCase(k.subjectId(), k.county(), k.caseKey());
            }
        });
        long t1 = System.nanoTime();
        // every row's person, by grouping key; members are kept as a group number per row, not as objects
        Map<String, Integer> numbers = new java.util.HashMap<>();
        List<Group> groups = new ArrayList<>();
        List<int[]> groupOfRow = new ArrayList<>(batches.size());
        for (CourtRepository.CourtBatch b : batches) {
            int[] rows = new int[(int) b.rowsAccepted()];
            groupOfRow.add(rows);
            court.forEachRow(b.id(), row -> {
                String key = row.groupKey(b.id() + ":" + row.rowIndex());
                Integer n = numbers.get(key);
                if (n == null) {
                    n = groups.size();
                    numbers.put(key, n);
                    groups.add(new Group(key));
                }
                groups.get(n).add(b, row);
                rows[(int) row.rowIndex()] = n;
            });
        }
        numbers.clear();
        int[] start = new int[groups.size() + 1];
        for (int[] rows : groupOfRow) {
            for (int g : rows) {
                start[g + 1]++;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            start[g + 1] += start[g];
        }
        long[] refs = new long[start[groups.size()]];
        int[] fill = java.util.Arrays.copyOf(start, groups.size());
        for (int i = 0; i < batches.size(); i++) {
            int[] rows = groupOfRow.get(i);
            for (int r = 0; r < rows.length; r++) {
                refs[fill[rows[r]]++] = CourtPersonRepository.pack(batches.get(i).id(), r);
            }
        }
        groupOfRow.clear();
        long t2 = System.nanoTime();
        Linker linker = new Linker(index);
        Map<Integer, Integer> byStrength = new TreeMap<>();
        List<CourtImportReport.AmbiguousPerson> ambiguous = new ArrayList<>();
        int[] counts = new int[2];
        new CourtPersonRepository(w).replaceAll(sink -> {
            for (int n = 0; n < groups.size(); n++) {
                Group g = groups.get(n);
                groups.set(n, null);
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
                        g.firstRef, refs, start[n], start[n + 1]);
            }
        });
        w.setInfo(STAMP_KEY, stamp(w));
        LOG.debug("linking {} court people: DOJ index {} ms, grouping {} ms, linking and storing {} ms", groups.size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new CourtImportReport.Links(groups.size(), java.util.Collections.unmodifiableMap(byStrength),
                ambiguous.size(), counts[0], counts[1], List.copyOf(ambiguous));
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
            name = name.isEmpty() ? r.name() : name;
            dob = dob.isEmpty() && r.dob() != null ? r.dob().format(YMD) : dob;
            cii = cii.isEmpty() ? r.cii() : cii;
            ssn = ssn.isEmpty() ? r.ssn() : ssn;
            cdl = cdl.isEmpty() ? r.cdl() : cdl;
            fbi = fbi.isEmpty() ? r.fbi() : fbi;
        }
    }
}
