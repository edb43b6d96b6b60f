package org.reliefdesk.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DOJ subjects indexed by every identity key value, so a court person is compared only with the subjects that
 * share a value with it, never with every subject. Case numbers are those of the subject's DOJ rows
 * ({@code OFN} or {@code FE_NUM_CRT_CASE}, normalised), compared within the row's county: a court row's number
 * agrees only with DOJ rows in the court's county.
 */
public final class DojIndex {
    private final List<DojPerson> people = new ArrayList<>();
    private final Map<String, Integer> bySubject = new HashMap<>();
    private final Map<String, int[]> byCii = new HashMap<>();
    private final Map<String, int[]> bySsn = new HashMap<>();
    private final Map<String, int[]> byCdl = new HashMap<>();
    private final Map<String, int[]> byNameDob = new HashMap<>();
    private final Map<String, int[]> byLastNameDob = new HashMap<>();
    private final Map<String, int[]> byCase = new HashMap<>();
    /** Per person, the case numbers of their rows in the court's county (null: none). */
    private final List<List<String>> cases = new ArrayList<>();

    /** Adds a subject (each once). */
    public void add(DojPerson p) {
        if (bySubject.containsKey(p.subjectId())) {
            return;
        }
        int i = people.size();
        people.add(p);
        cases.add(null);
        bySubject.put(p.subjectId(), i);
        put(byCii, p.cii(), i);
        put(bySsn, p.ssn(), i);
        put(byCdl, p.cdl(), i);
        put(byNameDob, p.nameDob(), i);
        put(byLastNameDob, p.lastNameDob(), i);
    }

    /** A case number as compared: within its county ({@code county|number}, county upper case). */
    static String countyCase(String county, String caseKey) {
        return county.strip().toUpperCase(java.util.Locale.ROOT) + "|" + caseKey;
    }

    /** Adds a normalised case number of one of the subject's rows, in the county of that row. */
    public void addCase(String subjectId, String county, String caseNumberKey) {
        Integer i = bySubject.get(subjectId);
        if (i == null || caseNumberKey.isEmpty()) {
            return;
        }
        String caseKey = countyCase(county, caseNumberKey);
        List<String> list = cases.get(i);
        if (list == null) {
            list = new ArrayList<>(2);
            cases.set(i, list);
        }
        if (!list.contains(caseKey)) {
            list.add(caseKey);
            put(byCase, caseKey, i);
        }
    }

    public int size() {
        return people.size();
    }

    DojPerson person(int i) {
        return people.get(i);
    }

    boolean hasCase(int i, String caseKey) {
        List<String> list = cases.get(i);
        return list != null && list.contains(caseKey);
    }

    int[] cii(String key) {
        return byCii.get(key);
    }

    int[] ssn(String key) {
        return bySsn.get(key);
    }

    int[] cdl(String key) {
        return byCdl.get(key);
    }

    int[] nameDob(String key) {
        return byNameDob.get(key);
    }

    int[] lastNameDob(String key) {
        return byLastNameDob.get(key);
    }

    int[] caseNumber(String key) {
        return byCase.get(key);
    }

    private static void put(Map<String, int[]> map, String key, int i) {
        if (key.isEmpty()) {
            return;
        }
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[] {i});
        } else {
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            map.put(key, grown);
        }
    }

    /** The subject's DOB (for tests and reports). */
    LocalDate dob(int i) {
        return people.get(i).dob();
    }
}
