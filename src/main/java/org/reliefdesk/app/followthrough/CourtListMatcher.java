package org.reliefdesk.app.followthrough;

import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.IdentityKeys;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.app.followthrough.CourtListOutcome.Problem;
import org.reliefdesk.app.followthrough.CourtListOutcome.ProblemKind;
import org.reliefdesk.store.ConvictionEventRepository.NewEvent;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the rows of the court's list of orders to filed convictions (follow-through.md, "Court's list"): by
 * reference, else by court case number + base section + an identity (CII by its last 8, or name + DOB; the
 * court-records keys of {@link IdentityKeys}). Rows that match nothing, match several convictions, name a
 * conviction never filed or one that already has its order, or cannot be read, are listed by file and line and
 * change nothing.
 */
final class CourtListMatcher {
    private final Workspace workspace;
    private final StatusService statuses;

    CourtListMatcher(Workspace workspace, StatusService statuses) {
        this.workspace = workspace;
        this.statuses = statuses;
    }

    /** A conviction the list may name: its reference and the keys a court row is compared on. */
    record Candidate(int ref, String base, String cii, String name, LocalDate dob) {
    }

    CourtListOutcome match(List<CourtListRow> rows, Map<String, OrderResult> values, LocalDate today)
            throws FollowThroughException {
        Map<String, OrderResult> byValue = new HashMap<>();
        values.forEach((k, v) -> byValue.put(k.strip().toUpperCase(Locale.ROOT), v));
        Map<String, Long> unknown = new LinkedHashMap<>();
        List<OrderResult> results = new ArrayList<>();
        for (CourtListRow r : rows) {
            OrderResult o = byValue.get(r.result().strip().toUpperCase(Locale.ROOT));
            if (o == null) {
                o = OrderResult.ofWord(r.result()).orElse(null);
            }
            if (o == null) {
                unknown.putIfAbsent(r.result().strip(), r.line());
            }
            results.add(o);
        }
        if (!unknown.isEmpty()) {
            List<String> shown = unknown.entrySet().stream().limit(5).map(e -> "\"" + e.getKey() + "\" (line "
                    + e.getValue() + ")").toList();
            throw FollowThroughException.bad("The court's list " + (rows.isEmpty() ? "" : rows.get(0).file() + " ")
                    + "has result values the mapping does not name: " + String.join(", ", shown)
                    + (unknown.size() > 5 ? " and " + (unknown.size() - 5) + " more" : "") + "; map each to "
                    + "granted, denied or modified, and nothing was recorded.");
        }
        Map<String, List<Candidate>> byCase = candidates();
        ConvictionRefRepository refs = new ConvictionRefRepository(workspace);
        List<Problem> problems = new ArrayList<>();
        List<Integer> matchedRefs = new ArrayList<>();
        List<CourtListRow> matchedRows = new ArrayList<>();
        List<OrderResult> matchedResults = new ArrayList<>();
        Map<Integer, Long> lineOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CourtListRow r = rows.get(i);
            Optional<Problem> unreadable = unreadable(r, results.get(i));
            if (unreadable.isPresent()) {
                problems.add(unreadable.get());
                continue;
            }
            int ref;
            if (!r.ref().isBlank()) {
                var n = Refs.parse(r.ref());
                if (n.isEmpty() || refs.key(n.getAsInt()).isEmpty()) {
                    problems.add(new Problem(r.file(), r.line(), ProblemKind.UNMATCHED, "\"" + r.ref().strip()
                            + "\" is not the reference of any conviction in this workspace"));
                    continue;
                }
                ref = n.getAsInt();
            } else {
                List<Candidate> found = byKeys(byCase, r);
                if (found.isEmpty()) {
                    problems.add(new Problem(r.file(), r.line(), ProblemKind.UNMATCHED, "no conviction has case "
                            + r.courtCaseNumber() + ", section " + r.section() + " and that person"));
                    continue;
                }
                if (found.size() > 1) {
                    problems.add(new Problem(r.file(), r.line(), ProblemKind.AMBIGUOUS, "case " + r.courtCaseNumber()
                            + ", section " + r.section() + " matches " + found.size() + " convictions ("
                            + String.join(", ", found.stream().map(c -> Refs.format(c.ref())).toList())
                            + "): give the reference"));
                    continue;
                }
                ref = found.get(0).ref();
            }
            Long earlier = lineOf.putIfAbsent(ref, r.line());
            if (earlier != null) {
                problems.add(new Problem(r.file(), r.line(), ProblemKind.ALREADY_ORDERED, Refs.format(ref)
                        + " is named already at line " + earlier));
                continue;
            }
            matchedRefs.add(ref);
            matchedRows.add(r);
            matchedResults.add(results.get(i));
        }
        Map<Integer, StatusLine> now = statuses.of(workspace, matchedRefs);
        Map<OrderResult, Integer> byResult = new java.util.EnumMap<>(OrderResult.class);
        List<NewEvent> events = new ArrayList<>();
        for (int i = 0; i < matchedRefs.size(); i++) {
            int ref = matchedRefs.get(i);
            CourtListRow r = matchedRows.get(i);
            StatusLine s = now.get(ref);
            if (!s.openFiling()) {
                boolean neverFiled = s.filingId() == null;
                problems.add(new Problem(r.file(), r.line(), neverFiled ? ProblemKind.NEVER_FILED
                        : ProblemKind.ALREADY_ORDERED, Refs.format(ref) + (neverFiled ? " was never filed"
                        : " already has an order (" + s.status().label().toLowerCase(Locale.ROOT)
                        + (s.orderDate() == null ? "" : ", " + s.orderDate()) + ")")));
                continue;
            }
            if (r.orderDate().isBefore(s.filedOn()) || r.orderDate().isAfter(today)) {
                problems.add(new Problem(r.file(), r.line(), ProblemKind.UNREADABLE, "order date " + r.orderDate()
                        + (r.orderDate().isAfter(today) ? " is after today (" + today + ")"
                        : " is before the filing date " + s.filedOn())));
                continue;
            }
            OrderResult o = matchedResults.get(i);
            Outcome relief = o == OrderResult.GRANTED_MODIFIED ? newOutcome(r.newOutcome()).orElseThrow()
                    : s.relief();
            events.add(new NewEvent(ref, o.name(), relief.name(), r.orderDate().toString(), r.file() + ":"
                    + r.line()));
            byResult.merge(o, 1, Integer::sum);
        }
        problems.sort(java.util.Comparator.comparing(Problem::file)
                .thenComparingLong(Problem::line));
        return new CourtListOutcome(null, byResult, List.copyOf(problems), List.copyOf(events));
    }

    private static Optional<Problem> unreadable(CourtListRow r, OrderResult result) {
        if (r.orderDate() == null) {
            return Optional.of(new Problem(r.file(), r.line(), ProblemKind.UNREADABLE, "no readable order date"));
        }
        if (result == OrderResult.GRANTED_MODIFIED && newOutcome(r.newOutcome()).isEmpty()) {
            return Optional.of(new Problem(r.file(), r.line(), ProblemKind.UNREADABLE, "modified, but the relief "
                    + "granted (\"" + r.newOutcome() + "\") is not dismiss or reduce"));
        }
        if (r.ref().isBlank() && (r.courtCaseNumber().isBlank() || r.section().isBlank()
                || r.cii().isBlank() && (r.name().isBlank() || r.dob() == null))) {
            return Optional.of(new Problem(r.file(), r.line(), ProblemKind.UNREADABLE, "no reference, and not the "
                    + "case number, section and CII (or name and DOB) to find the conviction by"));
        }
        return Optional.empty();
    }

    /** The relief a modified order granted, in the court's words: dismiss(ed) / reduce(d), redesignate(d). */
    static Optional<Outcome> newOutcome(String words) {
        String w = words == null ? "" : words.strip().toUpperCase(Locale.ROOT);
        if (w.startsWith("DISMISS")) {
            return Optional.of(Outcome.DISMISS);
        }
        if (w.startsWith("REDUCE") || w.startsWith("REDESIGNATE") || w.startsWith("MISD")) {
            return Optional.of(Outcome.REDUCE);
        }
        return Optional.empty();
    }

    private static List<Candidate> byKeys(Map<String, List<Candidate>> byCase, CourtListRow r) {
        String base = CodeSection.parse(r.section()).map(CodeSection::base).orElse("");
        String cii = IdentityKeys.cii(r.cii());
        String name = IdentityKeys.name(r.name());
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : byCase.getOrDefault(IdentityKeys.caseNumber(r.courtCaseNumber()), List.of())) {
            if (!c.base().equals(base) || base.isEmpty()) {
                continue;
            }
            boolean same = !cii.isEmpty() ? cii.equals(c.cii())
                    : !name.isEmpty() && name.equals(c.name()) && r.dob() != null && r.dob().equals(c.dob());
            if (same) {
                out.add(c);
            }
        }
        return out;
    }

    /** The latest run's convictions by normalised case number (each of a conviction's case numbers). */
    private Map<String, List<Candidate>> candidates() {
        Map<String, List<Candidate>> out = new HashMap<>();
        RunRepository runs = new RunRepository(workspace);
        var run = runs.latest();
        if (run.isEmpty()) {
            return out;
        }
        ConvictionRefRepository.RunRefs refs = new ConvictionRefRepository(workspace).ofRun(run.get().id());
        runs.forEachDecision(run.get().id(), -1, RunRepository.Detail.LIST, (d, s) -> {
            int ref = refs.ref(d.batch(), d.rowIndex());
            if (ref == 0) {
                return;
            }
            Candidate c = new Candidate(ref, CodeSection.parse(d.section()).map(CodeSection::base).orElse(""),
                    IdentityKeys.cii(s.cii()), IdentityKeys.name(s.name()), DojDates.parse(s.dob()).orElse(null));
            for (String caseNumber : d.caseNumber().split(";")) {
                String key = IdentityKeys.caseNumber(caseNumber);
                if (!key.isEmpty()) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                }
            }
        });
        return out;
    }
}
