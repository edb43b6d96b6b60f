package org.reliefdesk.rules;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.PersonHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Default mode: rules R1-R16 of rules.md in order, first deciding rule wins, flags alongside, and related
 * charges when the policy asks for them.
 */
final class StatuteEvaluator implements Evaluator {
    private static final List<Rule> RULES = List.of(new IdentityAmbiguousRule(), new DataIncompleteRule(),
            new AfterEffectiveDateRule(), new RecordsDisagreeRule(), new LevelUnknownRule(), new MisdemeanorRule(),
            new NoStateRecordRule(), new PriorSuperstrikeRule(), new PriorPc290Rule(),
            new TwoPriorsRule(), new PolicyDismissSectionRule(), new Under21Rule(), new AgeThresholdRule(),
            new YearsSinceConvictionRule(), new YearsCrimeFreeRule(), new OnlyProp64Rule(), new DeceasedRule(),
            new PolicyReduceSectionRule(), new StatuteReduceRule());
    private static final LocalDate YEAR_2017 = LocalDate.of(2017, 1, 1);
    private static final Set<String> AGGRAVATOR_SECTIONS = Set.of("11358", "11359", "11360");

    private final RunSettings settings;

    StatuteEvaluator(RunSettings settings) {
        this.settings = settings;
    }

    @Override
    public PersonEvaluation evaluate(PersonHistory history) {
        List<Decision> decisions = new ArrayList<>();
        List<Conviction> inScope = new ArrayList<>();
        for (Conviction c : history.convictions()) {
            if (isInScope(c)) {
                inScope.add(c);
                decisions.add(decide(c, history));
            }
        }
        if (settings.policy().dismissRelatedCharges() && !inScope.isEmpty()) {
            for (Conviction c : history.convictions()) {
                if (!inScope.contains(c) && settings.inCounty(c.county())) {
                    RelatedCharges.decide(c, inScope, history, settings).ifPresent(decisions::add);
                }
            }
        }
        return new PersonEvaluation(history, report(history), decisions, relief(history, decisions, false),
                relief(history, decisions, true));
    }

    private Relief relief(PersonHistory history, List<Decision> decisions, boolean dismissAllProp64) {
        java.util.Map<Conviction, Outcome> outcomes = new java.util.IdentityHashMap<>();
        for (Decision d : decisions) {
            boolean prop64 = d.reason() != ReasonCode.RELATED_CHARGE && d.reason() != ReasonCode.RELATED_CHARGE_REVIEW;
            if (!dismissAllProp64 || prop64) {
                outcomes.put(d.conviction(), dismissAllProp64 ? Outcome.DISMISS : d.outcome());
            }
        }
        List<Relief.Item> items = new ArrayList<>();
        for (Conviction c : history.convictions()) {
            items.add(new Relief.Item(c.level() == Level.FELONY, c.date(), outcomes.get(c)));
        }
        return Relief.of(items, settings.computeAt());
    }

    /**
     * In scope: a conviction in the chosen county whose section is H&S 11357-11360 (attempts included), or whose
     * section cannot be read while its charge names one of them (it then goes to review under R1).
     */
    boolean isInScope(Conviction c) {
        if (!settings.inCounty(c.county())) {
            return false;
        }
        return c.hasSection() ? c.isProp64() : CommentMentions.mentionsProp64(c.charge());
    }

    private Decision decide(Conviction c, PersonHistory history) {
        RuleContext ctx = new RuleContext(c, history, settings);
        List<TrailEntry> trail = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.concerns(ctx)) {
                continue;
            }
            Rule.Check check = rule.check(ctx);
            TrailEntry entry = new TrailEntry(rule.code(), check.result(), check.facts());
            trail.add(entry);
            if (check.result() == RuleResult.APPLIED || check.result() == RuleResult.UNDECIDED) {
                ReasonCode reason = check.result() == RuleResult.APPLIED ? rule.code() : ReasonCode.DATA_INCOMPLETE;
                Set<Flag> flags = flags(ctx, reason);
                String explanation = Explanations.of(c, reason, entry, settings.policy(), settings.computeAt(), flags);
                return new Decision(c, reason.outcome(), reason, reason.title(), flags, trail, explanation);
            }
        }
        throw new IllegalStateException("R16 always applies to a felony that reaches it");
    }

    static Set<Flag> flags(RuleContext ctx, ReasonCode reason) {
        Conviction c = ctx.conviction;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (isServing(ctx.history, ctx.computeAt)) {
            flags.add(Flag.CURRENTLY_SERVING);
        }
        for (String comment : c.comments()) {
            // a comment that is the charge itself (OFFENSE_DESCR blank or SEE COMMENT) names no other charge
            boolean isTheCharge = c.chargeFromComment() && comment.equals(c.charge());
            if (!isTheCharge && CommentMentions.differs(c.section(), comment)) {
                flags.add(Flag.POSSIBLE_OTHER_PROP64_IN_COMMENT);
            }
        }
        if (c.level() == Level.FELONY && AGGRAVATOR_SECTIONS.contains(c.base())) {
            flags.add(Flag.UNSEEN_AGGRAVATORS);
        }
        if (c.hasSection() && c.base().equals("11357") && c.section().firstSubdivision().equals("A") && c.hasDate()
                && c.date().isBefore(YEAR_2017)) {
            flags.add(Flag.PRE_2017_11357A);
        }
        if (c.level() == Level.UNKNOWN && reason == ReasonCode.MISDEMEANOR_OR_INFRACTION) {
            flags.add(Flag.LEVEL_ASSUMED);
        }
        if (c.source() == org.reliefdesk.history.RecordSource.COURT) {
            flags.add(Flag.NOT_IN_DOJ_FILE);
        }
        if (c.levelFromCourt()) {
            flags.add(Flag.LEVEL_FROM_COURT);
        }
        return flags;
    }

    /** CURRENTLY_SERVING: a sentence of this person ends after the compute-at date. */
    static boolean isServing(PersonHistory history, LocalDate computeAt) {
        for (Conviction c : history.convictions()) {
            if (c.hasDate() && c.sentence().hasLength() && c.sentence().endFrom(c.date()).isAfter(computeAt)) {
                return true;
            }
        }
        return false;
    }

    private static SubjectReport report(PersonHistory h) {
        List<String> superstrikes = new ArrayList<>();
        List<String> pc290 = new ArrayList<>();
        int[] bySection = new int[4];
        LocalDate latest = null;
        for (Conviction c : h.convictions()) {
            if (Disqualifiers.isSuperstrike(c.section(), c.charge())) {
                superstrikes.add(sectionText(c));
            }
            if (Disqualifiers.isPc290(c.section(), c.charge())) {
                pc290.add(sectionText(c));
            }
            if (c.isProp64()) {
                bySection[Integer.parseInt(c.base()) - 11357]++;
            }
            if (c.hasDate() && (latest == null || c.date().isAfter(latest))) {
                latest = c.date();
            }
        }
        return new SubjectReport(h.convictions().size(), superstrikes, pc290, !h.registrations().isEmpty(),
                h.deceased(), latest, List.of(bySection[0], bySection[1], bySection[2], bySection[3]));
    }

    /** The section as the charge writes it (the text before the first {@code -}), e.g. {@code 187 PC}. */
    static String sectionText(Conviction c) {
        int dash = c.charge().indexOf('-');
        String s = (dash >= 0 ? c.charge().substring(0, dash) : c.charge()).strip();
        return s.isEmpty() ? CodeSection.normalize(c.charge()) : s;
    }
}
