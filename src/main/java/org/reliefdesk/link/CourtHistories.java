package org.reliefdesk.link;

import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.CourtIdentity;
import org.reliefdesk.history.PersonHistory;
import org.reliefdesk.history.SubjectInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Adds a person's court convictions to their history (court-records.md, "Court conviction vs DOJ count"): a court
 * conviction that pairs with a DOJ count marks that count as recorded in both (with the court's level); any other
 * becomes a conviction of its own, recorded by the court only, and counts as a prior like any other.
 */
public final class CourtHistories {
    private CourtHistories() {
    }

    /** The merged history, and for each court conviction (in the order given) the DOJ count it is, or null. */
    public record Merged(PersonHistory history, List<Conviction> pairedWith) {
    }

    /**
     * Merges a linked DOJ subject's court convictions, given in court-file order.
     *
     * @param caseKeys the normalised case numbers of a DOJ conviction's rows ({@code OFN}, {@code FE_NUM_CRT_CASE})
     */
    public static Merged merge(PersonHistory doj, List<CourtCharge> convictions,
                               Function<Conviction, Collection<String>> caseKeys) {
        List<Pairing.CourtSide> sides = new ArrayList<>(convictions.size());
        for (CourtCharge c : convictions) {
            sides.add(c.side());
        }
        List<Conviction> dojConvictions = doj.convictions();
        int[] paired = Pairing.pair(sides, dojConvictions, caseKeys);
        List<Conviction> merged = new ArrayList<>(dojConvictions);
        List<Conviction> pairedWith = new ArrayList<>(convictions.size());
        for (int i = 0; i < convictions.size(); i++) {
            CourtCharge c = convictions.get(i);
            if (paired[i] >= 0) {
                Conviction d = dojConvictions.get(paired[i]);
                merged.set(paired[i], d.pairedWith(c.ref(), c.row().level()));
                pairedWith.add(d);
            } else {
                merged.add(c.conviction(doj.subjectId()));
                pairedWith.add(null);
            }
        }
        return new Merged(doj.withConvictions(merged), pairedWith);
    }

    /**
     * The history of a court person the DOJ file does not have (no DOJ person, or several equally): their own court
     * convictions are their whole history.
     */
    public static PersonHistory courtPerson(SubjectInfo subject, LocalDate dob, CourtIdentity identity, String note,
                                            List<CourtCharge> convictions) {
        List<Conviction> list = new ArrayList<>(convictions.size());
        for (CourtCharge c : convictions) {
            list.add(c.conviction(subject.subjectId()));
        }
        return new PersonHistory(subject, dob, List.of(), List.copyOf(list), List.of(), false, identity, note);
    }
}
