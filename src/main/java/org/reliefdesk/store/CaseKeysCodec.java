package org.reliefdesk.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Packs the case numbers of a part's rows into a blob and back: for each distinct (CNT_ORDER, county, normalised
 * case number) of the rows' {@code OFN} and {@code FE_NUM_CRT_CASE}. Court records link on them (a subject's case
 * numbers in the court's county) and pair on them (a count's case numbers). Kept in table {@code part_case}.
 */
final class CaseKeysCodec {
    private CaseKeysCodec() {
    }

    /** One case number of a row: the row's count, its county, the normalised number. */
    record Entry(String countOrder, String county, String caseKey) {
    }

    /** Collects one part's entries, each once. */
    static final class PartBuilder {
        private final List<Entry> entries = new ArrayList<>();
        private final Set<Entry> seen = new HashSet<>();

        void add(String countOrder, String county, String caseKey) {
            if (caseKey.isEmpty()) {
                return;
            }
            Entry e = new Entry(countOrder, county, caseKey);
            if (seen.add(e)) {
                entries.add(e);
            }
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        byte[] blob() {
            Bytes b = new Bytes(16 + entries.size() * 32);
            b.varint(entries.size());
            for (Entry e : entries) {
                b.string(e.countOrder());
                b.string(e.county());
                b.string(e.caseKey());
            }
            return b.toArray();
        }

        void clear() {
            entries.clear();
            seen.clear();
        }
    }

    static List<Entry> decode(byte[] blob) {
        Bytes.Reader in = new Bytes.Reader(blob);
        int n = (int) in.varint();
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Entry(in.string(), in.string(), in.string()));
        }
        return out;
    }
}
