package org.reliefdesk.rules;

import org.reliefdesk.history.PersonHistory;

/** Decides every in-scope conviction of one person at a time; one instance per run (its settings fixed). */
public interface Evaluator {

    PersonEvaluation evaluate(PersonHistory history);

    /** The evaluator of the run's mode. */
    static Evaluator of(RunSettings settings) {
        return settings.mode() == EvaluationMode.GOGEN ? new GogenEvaluator(settings) : new StatuteEvaluator(settings);
    }
}
