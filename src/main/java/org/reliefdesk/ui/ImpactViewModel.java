package org.reliefdesk.ui;

import org.reliefdesk.app.CaseRow;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The impact screen's figures: headline numbers now and under "dismiss all", and counts by section and outcome. */
final class ImpactViewModel {
    private ImpactViewModel() {
    }

    /** One headline: label, under this run, under "dismiss all Prop 64". */
    record Headline(String label, int now, int dismissAll) {
    }

    static List<Headline> headlines(ImpactSummary s) {
        return List.of(
                new Headline("People left with no felony", s.reliefNow().noFelony(), s.reliefIfAllDismissed().noFelony()),
                new Headline("People left with no conviction", s.reliefNow().noConviction(),
                        s.reliefIfAllDismissed().noConviction()),
                new Headline("People with no conviction in the last 7 years", s.reliefNow().noConvictionLast7Years(),
                        s.reliefIfAllDismissed().noConvictionLast7Years()));
    }

    /** Convictions per base section (first 5 characters, e.g. 11357) and effective outcome (overrides applied). */
    static Map<String, Map<Outcome, Integer>> bySectionAndOutcome(List<CaseRow> rows) {
        Map<String, Map<Outcome, Integer>> out = new TreeMap<>();
        for (CaseRow r : rows) {
            String base = baseSection(r.section());
            out.computeIfAbsent(base, k -> new EnumMap<>(Outcome.class)).merge(r.effectiveOutcome(), 1, Integer::sum);
        }
        return out;
    }

    static String baseSection(String section) {
        String s = section == null ? "" : section.strip();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return "attempt " + baseSection(s.substring(slash + 1));
        }
        return s.length() >= 5 && s.substring(0, 5).chars().allMatch(Character::isDigit) ? s.substring(0, 5)
                : s.isEmpty() ? "(none)" : s;
    }
}
