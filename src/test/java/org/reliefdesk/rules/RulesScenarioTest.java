package org.reliefdesk.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario of {@code rules/scenarios.csv} through the evaluator of its mode and checks the marked
 * conviction's outcome, reason, flags (and gogen reason text), and the trail and explanation of every decision.
 */
final class RulesScenarioTest {

    static List<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesAsRulesMdSays(Scenario s) {
        HistoryFixture person = HistoryFixture.person(s.dob(), s.county()).steps(s.history());
        PersonEvaluation evaluation = Evaluator.of(s.settings()).evaluate(person.build());

        Optional<Decision> decision = evaluation.decisions().stream()
                .filter(d -> d.conviction().countOrder().equals(person.target())).findFirst();
        if (!s.expectsDecision()) {
            assertThat(decision).as("%s (line %d) must get no decision", s.id(), s.line()).isEmpty();
        } else {
            assertThat(decision).as("%s (line %d) must get a decision", s.id(), s.line()).isPresent();
            Decision d = decision.orElseThrow();
            assertThat(d.reason()).as("%s reason; trail %s", s.id(), d.trail()).isEqualTo(s.expectedReason());
            assertThat(d.outcome()).as("%s outcome", s.id()).isEqualTo(s.expectedOutcome());
            assertThat(d.flags()).as("%s flags", s.id()).containsExactlyInAnyOrderElementsOf(s.expectedFlags());
            s.expectedGogenText().ifPresent(text -> assertThat(d.reasonText()).as("%s gogen text", s.id())
                    .isEqualTo(text));
            if (!s.decidedBy().isEmpty()) {
                TrailEntry last = d.trail().get(d.trail().size() - 1);
                assertThat(last.ruleNumber()).as("%s deciding rule", s.id()).isEqualTo(s.decidedBy());
                assertThat(last.result()).isEqualTo(RuleResult.UNDECIDED);
            }
        }
        for (Decision d : evaluation.decisions()) {
            DecisionChecks.checkTrailAndExplanation(d, s.mode());
        }
    }

    @Test
    void scenarioIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Scenario s : Scenario.all()) {
            assertThat(seen.add(s.id())).as("duplicate scenario id %s", s.id()).isTrue();
        }
    }

    @Test
    void scenariosCoverEveryReasonCodeAndFlag() {
        Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        Set<EvaluationMode> modes = EnumSet.noneOf(EvaluationMode.class);
        for (Scenario s : Scenario.all()) {
            modes.add(s.mode());
            if (s.expectsDecision()) {
                reasons.add(s.expectedReason());
                flags.addAll(s.expectedFlags());
            }
        }
        assertThat(reasons).containsExactlyInAnyOrder(ReasonCode.values());
        assertThat(flags).containsExactlyInAnyOrder(Flag.values());
        assertThat(modes).containsExactlyInAnyOrder(EvaluationMode.values());
    }

    @Test
    void scenariosUseEveryPreset() {
        Set<Preset> used = EnumSet.noneOf(Preset.class);
        for (Scenario s : Scenario.all()) {
            String first = s.policyText().split("\\s+")[0];
            Preset.find(first).ifPresent(used::add);
        }
        assertThat(used).containsExactlyInAnyOrder(Preset.values());
    }
}
