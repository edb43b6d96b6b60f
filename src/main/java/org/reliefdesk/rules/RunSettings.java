package org.reliefdesk.rules;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Everything an evaluation depends on besides the data: mode, policy, county and the compute-at date (the
 * date the run evaluates "as of"; nothing reads the wall clock).
 */
public record RunSettings(EvaluationMode mode, Policy policy, String county, LocalDate computeAt) {

    /** The AB 1793 deadline, the default compute-at date. */
    public static final LocalDate DEFAULT_COMPUTE_AT = LocalDate.of(2020, 7, 1);

    /** Default mode compares counties trimmed and ignoring case. */
    public boolean inCounty(String rowCounty) {
        return rowCounty.strip().toUpperCase(Locale.ROOT).equals(county.strip().toUpperCase(Locale.ROOT));
    }
}
