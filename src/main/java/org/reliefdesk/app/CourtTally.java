package org.reliefdesk.app;

import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.rules.Outcome;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts by effective outcome and by section, for the Summary sheet and the result of a court export. */
final class CourtTally {
    final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    final Map<String, Map<Outcome, Long>> bySection = new TreeMap<>();
    long convictions;
    long overridden;
    long people;
    int orders;
    private String lastSubject;

    CourtTally() {
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, 0L);
        }
    }

    void add(CourtConviction c) {
        convictions++;
        byOutcome.merge(c.outcome(), 1L, Long::sum);
        bySection.computeIfAbsent(c.section(), s -> new EnumMap<>(Outcome.class)).merge(c.outcome(), 1L,
                Long::sum);
        if (c.overridden()) {
            overridden++;
        }
        if (!c.subjectId().equals(lastSubject)) {
            people++;
            lastSubject = c.subjectId();
        }
    }
}
