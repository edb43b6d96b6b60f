package org.reliefdesk.app;

import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.Flag;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.rules.Statutes;
import org.reliefdesk.store.OverrideRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.ReviewRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.doj.RowProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An open workspace and the use cases the desktop app runs on it: import, evaluate, list a run's cases, show one
 * in full, override, mark reviewed, look a person up, compare runs. Not thread-safe: the GUI calls it from its one
 * background thread (SQLite has one writer). Closing it closes the workspace.
 */
public final class WorkspaceSession implements AutoCloseable {
    /** workspace_info key: the county the office chose for this workspace. */
    static final String COUNTY_KEY = "county";
    /** workspace_info key: present when the workspace holds fabricated demo data. */
    static final String DEMO_KEY = "demo";

    private final Workspace workspace;
    private final ImportService imports;
    private final EvaluationService evaluations;
    private final AuditService audit;
    private final BundleExportService exports;
    private final CourtExportService courtExports;
    private final CourtRecords court;
    private final Clock clock;
    private final org.reliefdesk.app.followthrough.FollowThroughSession followThrough;

    WorkspaceSession(Workspace workspace, ImportService imports, EvaluationService evaluations, AuditService audit,
                     BundleExportService exports, CourtExportService courtExports, CourtRecords court, Clock clock,
                     org.reliefdesk.app.followthrough.FollowThrough followThrough) {
        this.followThrough = followThrough.session(workspace);
        this.workspace = workspace;
        this.court = court;
        this.courtExports = courtExports;
        this.exports = exports;
        this.imports = imports;
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
    }

    public Path path() {
        return workspace.path();
    }

    /** The open workspace, for the use cases of this package that build on it (the demo's past). */
    Workspace workspace() {
        return workspace;
    }

    /** What opening had to do first, one line each: an interrupted change undone, an empty file set up. */
    public List<String> notes() {
        return workspace.notes();
    }

    /** The file name without its extension, as the window title shows it. */
    public String name() {
        String n = workspace.path().getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** True when the workspace holds fabricated demo data (the GUI marks it DEMO everywhere). */
    public boolean isDemo() {
        return workspace.info(DEMO_KEY) != null;
    }

    void markDemo() {
        workspace.setInfo(DEMO_KEY, "fabricated data, no real person");
    }

    /** The county chosen for this workspace, or empty before the first import. */
    public Optional<String> county() {
        return Optional.ofNullable(workspace.info(COUNTY_KEY));
    }

    public void setCounty(String county) {
        workspace.setInfo(COUNTY_KEY, county);
    }

    /**
     * Imports DOJ files (each in its own transaction; a cancel or failure leaves the file's import out); court
     * records already in the workspace are linked again to the new subjects.
     */
    public List<ImportService.FileOutcome> importFiles(List<Path> files, Progress progress, Cancellation cancel)
            throws IOException {
        List<ImportService.FileOutcome> out = imports.importFiles(workspace, files, progress, cancel);
        court.relinkIfNeeded(progress);
        return out;
    }

    /** How a court import through the window went: the file's outcome and, when it was evaluated, the new run. */
    public record CourtImportResult(CourtImportService.Outcome outcome, EvaluationService.RunResult run) {
        /** The import report with the new run's pairing figures, when the file was imported. */
        public java.util.Optional<CourtImportReport> report() {
            if (outcome instanceof CourtImportService.Imported i) {
                return java.util.Optional.of(run == null || run.court() == null ? i.report()
                        : i.report().withPairing(run.court()));
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * Imports a court export with its mapping; once it is in, evaluates again under the latest run's settings (in
     * default mode: gogen mode reads the DOJ file alone), so its convictions are decided and paired. The backup
     * before the import is the one backup of the two steps.
     */
    public CourtImportResult importCourtRecords(Path file, org.reliefdesk.court.CourtMapping mapping,
                                                Progress progress, Cancellation cancel) throws IOException {
        CourtImportService.Outcome o = court.importFile(file, mapping, progress, cancel);
        EvaluationService.RunResult run = null;
        Optional<RunInfo> latest = latestRun();
        if (o instanceof CourtImportService.Imported && latest.isPresent() && latest.get().mode().equals("default")) {
            RunInfo r = latest.get();
            try {
                RunSettings settings = new RunSettings(org.reliefdesk.rules.EvaluationMode.DEFAULT,
                        org.reliefdesk.rules.PolicyJson.parse(r.policyJson()), r.county(),
                        java.time.LocalDate.parse(r.computeAt()));
                run = evaluations.evaluate(workspace, settings, progress, cancel, true);
            } catch (org.reliefdesk.rules.PolicyException e) {
                throw new IllegalStateException("the policy of run " + r.id() + " cannot be read again", e);
            }
        }
        return new CourtImportResult(o, run);
    }

    /** The court records of this workspace: mapped imports, saved mappings, a person's court rows. */
    public CourtRecords court() {
        return court;
    }

    /** The rows set aside from an imported file, by line. */
    public List<RowProblem> rejectedRows(ImportedFile file) {
        List<RowProblem> out = new ArrayList<>();
        new SourceRepository(workspace).forEachRejected(file.id(), file.fileName(), out::add);
        return out;
    }

    /** Evaluates every person and stores the run with all its decisions, in one transaction. */
    public EvaluationService.RunResult evaluate(RunSettings settings, Progress progress, Cancellation cancel) {
        return evaluations.evaluate(workspace, settings, progress, cancel);
    }

    /** Writes a run's files (gogen bundle, convictions.csv, summary.json, rejected rows) into a folder. */
    public BundleExportService.Written exportBundle(int runId, Path folder, Progress progress, Cancellation cancel)
            throws IOException {
        return exports.export(workspace, runId, folder, 0, progress, cancel);
    }

    /** Writes the court papers and workbook of a run (overrides applied); see {@link CourtExportService}. */
    public CourtExportService.Result exportCourtPapers(CourtExportService.Request request, Progress progress,
                                                       Cancellation cancel)
            throws CourtExportService.ExportException, IOException {
        return courtExports.export(workspace, request, progress, cancel);
    }

    /** The office details kept in this workspace (possibly incomplete), or empty. */
    public Optional<OfficeDetails> office() throws OfficeDetails.InvalidException {
        return courtExports.office(workspace);
    }

    public void saveOffice(OfficeDetails office) {
        courtExports.saveOffice(workspace, office);
    }

    /** Every stored run, oldest first. */
    public List<RunInfo> runs() {
        return new RunRepository(workspace).runs().stream().map(RunInfo::of).toList();
    }

    public Optional<RunInfo> latestRun() {
        return new RunRepository(workspace).latest().map(RunInfo::of);
    }

    public ImpactSummary impact(int runId) {
        return new RunRepository(workspace).find(runId).orElseThrow(() -> noRun(runId)).summary();
    }

    /** Every in-scope conviction of a run, with the latest override and review mark of each. */
    public List<CaseRow> cases(int runId) {
        OverrideRepository marks = new OverrideRepository(workspace);
        Map<ConvictionKey, OverrideRepository.Override> overrides = marks.latestOverrides();
        Map<ConvictionKey, OverrideRepository.ReviewMark> reviews = marks.latestReviewMarks();
        List<CaseRow> rows = new ArrayList<>();
        Map<String, String> labels = new java.util.HashMap<>();
        List<Integer> refs = new ArrayList<>();
        // the statuses come from the events, read on a second connection beside the cases (unless already known)
        Runnable read = () -> new ReviewRepository(workspace).forEachCase(runId, line -> {
            rows.add(row(line, overrides, reviews, labels));
            refs.add(line.ref());
        });
        Map<Integer, org.reliefdesk.app.followthrough.StatusLine> statuses;
        if (followThrough.statusesKnown()) {
            read.run();
            statuses = followThrough.statuses();
        } else {
            statuses = workspace.readBeside(followThrough::statuses, read);
        }
        for (int i = 0; i < rows.size(); i++) {
            int ref = refs.get(i);
            rows.set(i, rows.get(i).withFollowThrough(org.reliefdesk.app.followthrough.Refs.format(ref),
                    statusLabel(statuses, ref)));
        }
        return rows;
    }

    /** The status of a conviction in words: Decided when no follow-through event touched it. */
    private static String statusLabel(Map<Integer, org.reliefdesk.app.followthrough.StatusLine> statuses, int ref) {
        var s = statuses.get(ref);
        return s == null ? org.reliefdesk.app.followthrough.ConvictionStatus.DECIDED.label() : s.status().label();
    }

    /** {@code labels}: flag labels already made, by flags (one String per distinct set of flags). */
    private static CaseRow row(ReviewRepository.CaseLine l, Map<ConvictionKey, OverrideRepository.Override> overrides,
                               Map<ConvictionKey, OverrideRepository.ReviewMark> reviews, Map<String, String> labels) {
        Outcome override = null;
        String by = null;
        boolean reviewed = false;
        if (!overrides.isEmpty() || !reviews.isEmpty()) {
            ConvictionKey key = new ConvictionKey(l.subjectId(), l.countOrder());
            OverrideRepository.Override o = overrides.get(key);
            if (o != null) {
                override = Outcome.valueOf(o.outcome());
                by = o.user();
            }
            OverrideRepository.ReviewMark m = reviews.get(key);
            reviewed = m != null && m.reviewed();
        }
        return new CaseRow(l.decisionId(), l.subjectId(), l.countOrder(), l.name(), l.dob(), l.cii(), l.caseNumber(),
                l.court(), l.convictionDate(), l.section(), l.level(), Outcome.valueOf(l.outcome()), l.reasonCode(),
                l.reasonText(), l.flags(), override, by, reviewed,
                labels.computeIfAbsent(l.flags(), CaseRow::flagLabels), CaseRow.overrideText(override, by),
                CaseRow.recordLabel(l.recordSource()));
    }

    /** One conviction in full: person, whole history, decision with trail, flags, statute text, override history. */
    public CaseDetail detail(int runId, CaseRow row) {
        ReviewRepository review = new ReviewRepository(workspace);
        DecisionRecord decision = review.decision(runId, row.decisionId()).orElseThrow(() -> new IllegalArgumentException(
                "run " + runId + " has no decision " + row.decisionId()));
        SubjectInfo person = review.subject(row.subjectId()).orElseThrow();
        List<Flag> flags = decision.flags().isEmpty() ? List.of()
                : Arrays.stream(decision.flags().split(";")).map(Flag::valueOf).toList();
        return new CaseDetail(row, person, review.history(row.subjectId()), decision, flags,
                Statutes.plainText(decision.section()), overrides(row), court.rowsOf(row.subjectId(), runId));
    }

    /** Every override of a conviction, oldest first. */
    public List<OverrideEntry> overrides(CaseRow row) {
        return new OverrideRepository(workspace).overrides(new ConvictionKey(row.subjectId(), row.countOrder()))
                .stream().map(o -> new OverrideEntry(Outcome.valueOf(o.outcome()), o.reason(), o.user(), o.at(),
                        o.runId())).toList();
    }

    /** SSN, licence and FBI number of a person, for an explicit request (recorded in the audit log). */
    public Optional<PersonIdentifiers> revealIdentifiers(String subjectId, String user) {
        new org.reliefdesk.store.AuditRepository(workspace).append(Instant.now(clock).toString(), user,
                "reveal-identifiers", "subject " + subjectId);
        return new ReviewRepository(workspace).identifiers(subjectId)
                .map(i -> new PersonIdentifiers(i.ssn(), i.cdl(), i.fbi()));
    }

    /**
     * Records an override (append-only, with time and user); a reason is required. Returns the row as it now is.
     * Undo is a new override back to the engine's outcome.
     */
    public CaseRow override(int runId, CaseRow row, Outcome outcome, String reason, String user) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason.");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("An override needs the name of the person making it.");
        }
        new OverrideRepository(workspace).addOverride(new ConvictionKey(row.subjectId(), row.countOrder()),
                outcome.name(), reason.strip(), user.strip(), Instant.now(clock).toString(), runId);
        audit.record(workspace, "override", "run " + runId + ", decision " + row.decisionId() + ": "
                + row.decided().name() + " -> " + outcome.name());
        return row.withOverride(outcome, user.strip());
    }

    /** Marks a conviction reviewed or not (append-only). Returns the row as it now is. */
    public CaseRow markReviewed(CaseRow row, boolean reviewed, String user) {
        new OverrideRepository(workspace).addReviewMark(new ConvictionKey(row.subjectId(), row.countOrder()),
                reviewed, user, Instant.now(clock).toString());
        return row.withReviewed(reviewed);
    }

    /** Finds people by CII, case number, or name (with DOB when given), with their convictions in the run. */
    public List<LookupResult> lookup(int runId, String name, String dob, String cii, String caseNumber) {
        ReviewRepository review = new ReviewRepository(workspace);
        OverrideRepository marks = new OverrideRepository(workspace);
        Map<ConvictionKey, OverrideRepository.Override> overrides = marks.latestOverrides();
        Map<ConvictionKey, OverrideRepository.ReviewMark> reviews = marks.latestReviewMarks();
        Map<String, String> labels = new java.util.HashMap<>();
        List<LookupResult> out = new ArrayList<>();
        for (SubjectInfo p : review.findPeople(nz(name), nz(dob), nz(cii), nz(caseNumber), 200, runId)) {
            List<CaseRow> rows = review.casesOf(runId, p.subjectId()).stream()
                    .map(l -> row(l, overrides, reviews, labels)).toList();
            out.add(new LookupResult(p, rows));
        }
        return out;
    }

    /** Filings, court orders, DOJ pulls, statuses, follow-up papers and progress on this workspace. */
    public org.reliefdesk.app.followthrough.FollowThroughSession followThrough() {
        return followThrough;
    }

    /** Checks the audit chain of this workspace (audit log, overrides, review marks). */
    public AuditCheck verifyAudit() {
        return audit.verify(workspace);
    }

    /** Convictions whose outcome differs between two runs. */
    public RunComparison compare(int before, int after) {
        RunRepository runs = new RunRepository(workspace);
        RunInfo a = runs.find(before).map(RunInfo::of).orElseThrow(() -> noRun(before));
        RunInfo b = runs.find(after).map(RunInfo::of).orElseThrow(() -> noRun(after));
        List<RunComparison.Change> changes = new ReviewRepository(workspace).changes(before, after).stream()
                .map(c -> new RunComparison.Change(c.subjectId(), c.countOrder(), c.name(), c.section(),
                        c.caseNumber(), outcome(c.before()), outcome(c.after()), c.reasonBefore(), c.reasonAfter()))
                .toList();
        return new RunComparison(a, b, a.decisions(), b.decisions(), changes);
    }

    private static Outcome outcome(String name) {
        return name.isEmpty() ? null : Outcome.valueOf(name);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static IllegalArgumentException noRun(int id) {
        return new IllegalArgumentException("There is no run " + id + " in this workspace.");
    }

    @Override
    public void close() {
        workspace.close();
    }
}
