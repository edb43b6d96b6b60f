package org.reliefdesk.rules;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.PersonHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The conviction under evaluation with its person's history and the run settings, plus derived facts. */
final class RuleContext {
    static final LocalDate PROP64_EFFECTIVE = LocalDate.of(2016, 11, 9);
    private static final Set<String> FELONY_PATH_SECTIONS = Set.of("11358", "11359", "11360");

    final Conviction conviction;
    final PersonHistory history;
    final Policy policy;
    final LocalDate computeAt;

    RuleContext(Conviction conviction, PersonHistory history, RunSettings settings) {
        this.conviction = conviction;
        this.history = history;
        this.policy = settings.policy();
        this.computeAt = settings.computeAt();
    }

    /** Other convictions of the person dated strictly before this one (same-day ones are not priors). */
    List<Conviction> priors() {
        List<Conviction> out = new ArrayList<>();
        for (Conviction c : history.convictions()) {
            if (c != conviction && c.hasDate() && conviction.hasDate() && c.date().isBefore(conviction.date())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Other convictions of the person with no valid date: they may or may not be priors. */
    List<Conviction> undated() {
        List<Conviction> out = new ArrayList<>();
        for (Conviction c : history.convictions()) {
            if (c != conviction && !c.hasDate()) {
                out.add(c);
            }
        }
        return out;
    }

    boolean isFelony() {
        return conviction.level() == Level.FELONY;
    }

    /** 11358, 11359 and 11360 keep a felony path for disqualified people; 11357 does not. */
    boolean hasFelonyPath() {
        return FELONY_PATH_SECTIONS.contains(conviction.base());
    }

    String date() {
        return DojDates.iso(conviction.date());
    }

    static String describe(Conviction c) {
        return c.sectionDisplay() + " (" + (c.hasDate() ? DojDates.iso(c.date()) : "no valid date") + ")";
    }

    static String describe(List<Conviction> list) {
        StringBuilder b = new StringBuilder();
        for (Conviction c : list) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(describe(c));
        }
        return b.toString();
    }

    /** The convictions of {@code list} that {@code test} accepts, in order (a loop: this runs for every decision). */
    static List<Conviction> matching(List<Conviction> list, java.util.function.Predicate<Conviction> test) {
        List<Conviction> out = new ArrayList<>();
        for (Conviction c : list) {
            if (test.test(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
