package org.reliefdesk.app;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.app.followthrough.Refs;
import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionRefRepository.RunRefs;
import org.reliefdesk.store.OverrideRepository;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** Turns stored decisions into the rows of court papers, with the effective outcome (latest override, else the rules). */
record CourtRows(Map<OverrideRepository.ConvictionKey, OverrideRepository.Override> overrides,
                 RunRefs refs, java.util.function.Consumer<CourtConviction> each)
        implements BiConsumer<DecisionRecord, SubjectInfo> {
    @Override
    public void accept(DecisionRecord d, SubjectInfo s) {
        OverrideRepository.Override o = overrides.get(new OverrideRepository.ConvictionKey(d.subjectId(),
                d.countOrder()));
        Outcome effective = d.outcome();
        if (o != null) {
            effective = outcomeOf(o.outcome(), d.outcome());
        }
        String level;
        try {
            level = Level.valueOf(d.level()).word();
        } catch (IllegalArgumentException e) {
            level = d.level().toLowerCase(Locale.ROOT);
        }
        String reason = d.reason().title() + " (" + d.reason().cites() + ")";
        each.accept(new CourtConviction(d.subjectId(), d.countOrder(), s.name(),
                DojDates.parse(s.dob()).orElse(null), s.dob(), s.cii(), d.caseNumber(), d.court(),
                d.hasZeroDate() ? null : d.convictionDate(), d.section(), level, d.outcome(), effective, reason,
                d.explanation(), d.flags(), o == null ? null : o.user(), o == null ? null : o.at(),
                o == null ? null : o.reason(), d.recordSource().label(),
                Refs.format(refs.ref(d.batch(), d.rowIndex()))));
    }

    private static Outcome outcomeOf(String name, Outcome fallback) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
