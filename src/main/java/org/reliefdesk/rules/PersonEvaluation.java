package org.reliefdesk.rules;

import org.reliefdesk.history.PersonHistory;

import java.util.List;

/**
 * A person's history with the decisions for their in-scope convictions, their person-level numbers, and
 * their record after relief: under this run's decisions, and if every in-scope Prop 64 conviction were dismissed.
 */
public record PersonEvaluation(PersonHistory history, SubjectReport report, List<Decision> decisions,
                               Relief relief, Relief reliefIfAllDismissed) {
    public PersonEvaluation {
        decisions = List.copyOf(decisions);
    }
}
