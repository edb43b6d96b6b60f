package org.reliefdesk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.HistoryBuilder;
import org.reliefdesk.history.PersonHistory;
import org.reliefdesk.rules.Decision;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Evaluator;
import org.reliefdesk.rules.ImpactCounter;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.PersonEvaluation;
import org.reliefdesk.rules.PolicyJson;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.HistoryRepository;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Evaluates every person in a workspace under a run's settings and stores the run (reproducible: mode, policy,
 * county, compute-at, app version and input hashes) with all its decisions and its impact summary, in one
 * transaction.
 */
public final class EvaluationService {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationService.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int WORKERS = Integer.getInteger("rd.eval", 2);
    private static final int SUBJECTS_PER_TASK = 64;

    /**
     * Workspace bytes per accepted DOJ row of the county, for a run's decisions: 806 bytes per decision measured
     * (decision table and its indexes), 0.151 decisions per county row in the generated data; rounded up.
     */
    static final long RUN_BYTES_PER_COUNTY_ROW = 140;
    /** Workspace bytes per accepted row of a file evaluated for the first time (its conviction listing): 50 measured. */
    static final long LISTING_BYTES_PER_ROW = 60;

    private final Clock clock;
    private final AuditService audit;
    private final DiskSpace disk;

    public EvaluationService(Clock clock, AuditService audit, DiskSpace disk) {
        this.clock = clock;
        this.audit = audit;
        this.disk = disk;
    }

    /**
     * The stored run and its impact summary; {@code court}: how its court convictions paired (null without court
     * records or in gogen mode, which reads the DOJ file alone).
     */
    public record RunResult(RunInfo run, ImpactSummary summary, CourtImportReport.Pairing court) {
    }

    /** Evaluates and stores the run; a re-evaluation (the workspace has a run already) is preceded by a backup. */
    public RunResult evaluate(Workspace workspace, RunSettings settings, Progress progress, Cancellation cancel) {
        return evaluate(workspace, settings, progress, cancel, false);
    }

    /**
     * As {@link #evaluate(Workspace, RunSettings, Progress, Cancellation)}; {@code afterImport}: files were imported
     * into the workspace just before, in the same operation, so the backup taken before them (there is one whenever
     * the workspace held a run) already holds the workspace as it was before the operation, and none is taken again.
     */
    public RunResult evaluate(Workspace workspace, RunSettings settings, Progress progress, Cancellation cancel,
                              boolean afterImport) {
        cancel.check();
        boolean reEvaluation = !afterImport && new RunRepository(workspace).latest().isPresent();
        List<ImportBatch> batches = new ImportRepository(workspace).batches();
        checkSpace(workspace, batches, settings.county(), reEvaluation);
        if (reEvaluation) {
            progress.begin("Backing up the workspace before the evaluation", -1);
            workspace.backup("evaluation", Instant.now(clock));
        }
        CourtEvaluation court = settings.mode() == EvaluationMode.DEFAULT ? CourtEvaluation.load(workspace, progress)
                : CourtEvaluation.NONE;
        HistoryRepository histories = new HistoryRepository(workspace);
        long parts = histories.partCount();
        progress.begin("Evaluating convictions", parts);
        Evaluator evaluator = Evaluator.of(settings);
        ImpactCounter impact = new ImpactCounter(settings);
        ImpactSummary[] summary = new ImpactSummary[1];
        RunRepository.RunStart start = new RunRepository.RunStart(settings.mode().id(),
                PolicyJson.write(settings.policy()), settings.county(), settings.computeAt().toString(),
                AppInfo.version(), inputsJson(batches, new CourtRepository(workspace).batches()),
                Instant.now(clock).toString());
        RunRepository runs = new RunRepository(workspace);
        Set<Integer> unlisted = runs.unlistedBatches();
        RunRepository.Run run = runs.write(start, () -> Instant.now(clock).toString(), unlisted,
                writer -> {
                    long[] done = {0};
                    Consumer<List<Evaluated>> store = list -> {
                        for (Evaluated e : list) {
                            store(e, writer, impact, unlisted);
                        }
                    };
                    try (OrderedWorkers<List<Object>, List<Evaluated>> workers =
                                 new OrderedWorkers<>(WORKERS, WORKERS * 4, "evaluate",
                                         batch -> evaluateAll(batch, evaluator, court))) {
                        List<List<Object>> pending = new ArrayList<>();
                        pending.add(new ArrayList<>());
                        Consumer<Object> person = subject -> {
                            List<Object> current = pending.get(0);
                            current.add(subject);
                            if (current.size() >= SUBJECTS_PER_TASK) {
                                workers.submit(current, store);
                                pending.set(0, new ArrayList<>());
                            }
                        };
                        histories.forEachSubject(settings.mode() == EvaluationMode.GOGEN, !court.isEmpty(),
                                person::accept, () -> {
                                    if ((++done[0] & 0x3FF) == 0) {
                                        cancel.check();
                                        progress.advance(done[0]);
                                    }
                                });
                        court.forEachCourtPerson(person::accept);
                        workers.submit(pending.get(0), store);
                        workers.finish(store);
                    }
                    cancel.check(); // a cancel that came after the last check still undoes the whole run
                    court.savePairing(workspace, writer.runId());
                    progress.advance(parts);
                    summary[0] = impact.result();
                    audit.record(workspace, "evaluate", settings.mode().id() + " mode, county " + settings.county()
                            + ", compute-at " + settings.computeAt() + ", policy " + settings.policy().summary());
                    return summary[0];
                });
        LOG.info("run {} stored: {} decisions", run.id(), run.decisions());
        return new RunResult(RunInfo.of(run), summary[0], court.isEmpty() ? null : court.figures(run.id()));
    }

    /** Refuses early when the workspace's disk lacks room for the run (and the backup before a re-evaluation). */
    private void checkSpace(Workspace workspace, List<ImportBatch> batches, String county, boolean reEvaluation) {
        Set<Integer> unlisted = new RunRepository(workspace).unlistedBatches();
        long countyRows = 0;
        long unlistedRows = 0;
        for (ImportBatch b : batches) {
            countyRows += RunService.rowsOfCounty(b, county);
            unlistedRows += unlisted.contains(b.id()) ? b.rowsAccepted() : 0;
        }
        disk.estimate("the evaluation").add(workspace.path(), countyRows * RUN_BYTES_PER_COUNTY_ROW
                        + unlistedRows * LISTING_BYTES_PER_ROW)
                .add(WorkspaceBackups.folder(workspace.path()), reEvaluation
                        ? WorkspaceBackups.bytesOf(workspace.path()) : 0)
                .check();
    }

    /** One person evaluated on a worker thread, with their decisions ready to store. */
    private record Evaluated(PersonEvaluation evaluation, List<DecisionRecord> decisions, List<String> trails) {
    }

    /*
     * The loops over a batch of people call one method per person: a loop that runs long inside a single call is
     * compiled on the stack with everything it calls inlined, once per loop, which for the whole rule engine costs
     * more than the batch itself (docs/decisions/0006-performance.md).
     */

    /** A batch of people: DOJ subjects as stored, and court people the DOJ file does not have, as histories. */
    private static List<Evaluated> evaluateAll(List<Object> people, Evaluator evaluator, CourtEvaluation court) {
        List<Evaluated> out = new ArrayList<>(people.size());
        for (Object p : people) {
            out.add(evaluateOne(p, evaluator, court));
        }
        return out;
    }

    private static Evaluated evaluateOne(Object person, Evaluator evaluator, CourtEvaluation court) {
        PersonHistory history;
        if (person instanceof HistoryRepository.StoredSubject s) {
            history = court.merge(s, HistoryBuilder.build(s.info(), s.rows()));
        } else {
            history = (PersonHistory) person;
        }
        PersonEvaluation e = evaluator.evaluate(history);
        List<DecisionRecord> decisions = new ArrayList<>(e.decisions().size());
        List<String> trails = new ArrayList<>(e.decisions().size());
        for (Decision d : e.decisions()) {
            decisions.add(DecisionRecord.of(d, e.report()));
            trails.add(RunRepository.trailText(d.trail()));
        }
        return new Evaluated(e, decisions, trails);
    }

    private static void store(Evaluated e, RunRepository.DecisionWriter writer, ImpactCounter impact,
                              Set<Integer> unlisted) {
        for (int i = 0; i < e.decisions().size(); i++) {
            writer.add(e.decisions().get(i), e.trails().get(i));
        }
        impact.add(e.evaluation());
        if (!unlisted.isEmpty()) {
            for (Conviction c : e.evaluation().history().convictions()) {
                if (unlisted.contains(c.batch())) {
                    writer.conviction(c);
                }
            }
        }
    }

    /** The run's input files: DOJ files, then court files (marked, with the mapping each was read with). */
    private static String inputsJson(List<ImportBatch> batches, List<CourtRepository.CourtBatch> courtFiles) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (ImportBatch b : batches) {
                g.writeStartObject();
                g.writeStringField("file", b.fileName());
                g.writeStringField("sha256", b.sha256());
                g.writeNumberField("rowsAccepted", b.rowsAccepted());
                g.writeEndObject();
            }
            for (CourtRepository.CourtBatch b : courtFiles) {
                g.writeStartObject();
                g.writeStringField("file", b.fileName());
                g.writeStringField("sha256", b.sha256());
                g.writeNumberField("rowsAccepted", b.rowsAccepted());
                g.writeStringField("kind", "court");
                g.writeStringField("mapping", b.mappingName());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
