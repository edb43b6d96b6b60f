package org.reliefdesk.rules;

import java.util.Locale;
import java.util.Optional;

/** Which rule set a run uses (rules.md: default mode, or gogen 0.2.13 compatibility). */
public enum EvaluationMode {
    DEFAULT, GOGEN;

    /** The name used on the command line and in stored runs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EvaluationMode> find(String id) {
        for (EvaluationMode m : values()) {
            if (m.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
