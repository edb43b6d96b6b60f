package org.reliefdesk.link;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.history.Conviction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Which of a linked person's DOJ convictions each of their court convictions <em>is</em> (court-records.md, "Court
 * conviction vs DOJ count"): same normalised case number (an {@code OFN} or {@code FE_NUM_CRT_CASE} of the count's
 * rows), same base section, and same date (when either date is missing, case number and base section suffice). Each
 * DOJ conviction pairs with at most one court conviction, taken in court-file order.
 */
public final class Pairing {
    private Pairing() {
    }

    /** A court conviction as pairing sees it. */
    public record CourtSide(String caseKey, CodeSection section, LocalDate date) {
    }

    /**
     * For each court conviction (in court-file order), the index of the DOJ conviction it pairs with, or -1.
     *
     * @param caseKeys the normalised case numbers of a DOJ conviction's rows
     */
    public static int[] pair(List<CourtSide> court, List<Conviction> doj,
                             Function<Conviction, Collection<String>> caseKeys) {
        int[] out = new int[court.size()];
        boolean[] taken = new boolean[doj.size()];
        for (int i = 0; i < court.size(); i++) {
            out[i] = -1;
            CourtSide c = court.get(i);
            if (c.section() == null || c.caseKey().isEmpty()) {
                continue;
            }
            for (int j = 0; j < doj.size(); j++) {
                if (!taken[j] && same(c, doj.get(j), caseKeys)) {
                    taken[j] = true;
                    out[i] = j;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean same(CourtSide c, Conviction d, Function<Conviction, Collection<String>> caseKeys) {
        if (!d.hasSection() || !d.base().equals(c.section().base())) {
            return false;
        }
        if (c.date() != null && d.hasDate() && !c.date().equals(d.date())) {
            return false;
        }
        return caseKeys.apply(d).contains(c.caseKey());
    }
}
