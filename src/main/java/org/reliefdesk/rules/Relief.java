package org.reliefdesk.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person's record looks like once the run's relief is granted, as a DA announces it: no felony left
 * (among people who had one), no conviction left, no conviction left in the 7 years before the compute-at date
 * (among people who had one then). A conviction without a valid date counts as recent.
 */
public record Relief(boolean noFelony, boolean noConviction, boolean noConvictionLast7Years) {

    /** One conviction of the person: felony or not, its date (null when unknown), its outcome (null: none). */
    public record Item(boolean felony, LocalDate date, Outcome outcome) {
        boolean dismissed() {
            return outcome == Outcome.DISMISS;
        }

        boolean relieved() {
            return outcome == Outcome.DISMISS || outcome == Outcome.REDUCE;
        }
    }

    public static Relief of(List<Item> convictions, LocalDate computeAt) {
        LocalDate sevenYearsBefore = computeAt.minusYears(7);
        boolean anyFelony = false;
        boolean felonyLeft = false;
        boolean convictionLeft = false;
        boolean anyRecent = false;
        boolean recentLeft = false;
        for (Item c : convictions) {
            if (c.felony()) {
                anyFelony = true;
                felonyLeft |= !c.relieved();
            }
            convictionLeft |= !c.dismissed();
            if (c.date() == null || c.date().isAfter(sevenYearsBefore)) {
                anyRecent = true;
                recentLeft |= !c.dismissed();
            }
        }
        return new Relief(anyFelony && !felonyLeft, !convictions.isEmpty() && !convictionLeft, anyRecent && !recentLeft);
    }
}
