package org.reliefdesk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.reliefdesk.app.followthrough.Refs;
import org.reliefdesk.doj.EncodedRow;
import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.csv.GogenBundleWriter;
import org.reliefdesk.export.csv.NativeCsvWriters;
import org.reliefdesk.export.json.GogenJsonWriter;
import org.reliefdesk.export.json.SummaryJsonWriter;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.RunRepository;
import org.reliefdesk.store.SourceRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes a run's files into a folder: the gogen-compatible bundle (per input file) with gogen.json, and the
 * native convictions.csv, summary.json and rejected_rows.csv. Files appear only once all are complete.
 */
public final class BundleExportService {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Bundle bytes per byte of DOJ file: All_Results 1.06, the condensed file 0.57 and Prop64_Results 0.17 measured
     * (790,000 rows of generated data); rounded up.
     */
    static final double BUNDLE_BYTES_PER_INPUT_BYTE = 1.85;
    /** convictions.csv bytes per decision: 177 measured; rounded up. */
    static final long CONVICTION_CSV_BYTES = 200;

    private final DiskSpace disk;

    public BundleExportService(DiskSpace disk) {
        this.disk = disk;
    }

    /** The files written. */
    public record Written(List<Path> files) {
    }

    /**
     * Writes the run's files into {@code folder}, all of them or (on failure or cancel) none.
     *
     * @throws org.reliefdesk.store.StoreException when the folder's disk lacks the room (checked first)
     * @throws IOException    when a file cannot be written (a full disk is named as such)
     */
    public Written export(Workspace workspace, int runId, Path folder, double processingSeconds,
                          Progress progress, Cancellation cancel) throws IOException {
        RunRepository.Run run = new RunRepository(workspace).find(runId).orElseThrow(() ->
                new IllegalArgumentException("there is no run " + runId + " in the workspace"));
        List<ImportBatch> batches = batchesOf(workspace, run);
        disk.estimate("the results").add(folder, (long) (batches.stream().mapToLong(ImportBatch::sizeBytes).sum()
                * BUNDLE_BYTES_PER_INPUT_BYTE) + run.decisions() * CONVICTION_CSV_BYTES).check();
        try {
            return write(workspace, run, batches, folder, processingSeconds, progress, cancel);
        } catch (IOException e) {
            if (DiskSpace.isFull(e)) {
                throw new IOException("The disk holding " + folder.toAbsolutePath() + " is full, so the results "
                        + "were not written (none of the files was left there half-written). Free some space on that "
                        + "disk, or choose another folder, and try again.", e);
            }
            throw e;
        }
    }

    private Written write(Workspace workspace, RunRepository.Run run, List<ImportBatch> batches, Path folder,
                          double processingSeconds, Progress progress, Cancellation cancel) throws IOException {
        EvaluationMode mode = EvaluationMode.find(run.mode()).orElseThrow();
        LocalDate computeAt = LocalDate.parse(run.computeAt());
        ImpactSummary summary = run.summary();
        SourceRepository sources = new SourceRepository(workspace);
        RunRepository runs = new RunRepository(workspace);
        long totalRows = batches.stream().mapToLong(ImportBatch::rowsAccepted).sum();
        progress.begin("Writing the results", totalRows);
        long[] done = {0};
        try (OutputFolder out = new OutputFolder(folder)) {
            // convictions.csv comes from a second read-only connection, on its own thread, while the bundle is written
            OutputStream convictionsFile = out.open("convictions.csv");
            Thread convictions = new Thread(() -> writeConvictions(workspace, run, batches, convictionsFile),
                    "convictions-writer");
            Throwable[] convictionsFailure = {null};
            convictions.setUncaughtExceptionHandler((t, e) -> convictionsFailure[0] = e);
            convictions.start();
            try {
                for (int i = 0; i < batches.size(); i++) {
                    ImportBatch batch = batches.get(i);
                    String suffix = batches.size() == 1 ? "" : "_" + (i + 1);
                    writeBundle(out, suffix, mode, computeAt, sources, runs, run.id(), batch, done, progress, cancel);
                }
            } finally {
                join(convictions);
            }
            if (convictionsFailure[0] instanceof UncheckedIOException u) {
                throw u.getCause();
            } else if (convictionsFailure[0] instanceof RuntimeException r) {
                throw r;
            } else if (convictionsFailure[0] instanceof Error e) {
                throw e;
            }
            try (var json = out.open("gogen.json")) {
                GogenJsonWriter.write(json, summary, totalRows, processingSeconds);
            }
            if (mode == EvaluationMode.DEFAULT && CourtLinksExport.any(workspace)) {
                try (OutputStream links = out.open("court_links.csv")) {
                    CourtLinksExport.write(workspace, run.id(), links);
                }
            }
            try (var rejected = new NativeCsvWriters.Rejected(out.open("rejected_rows.csv"))) {
                for (ImportBatch b : rejectedFrom(workspace, batches, mode)) {
                    sources.forEachRejected(b.id(), b.fileName(), p -> {
                        try {
                            rejected.row(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
            }
            List<SummaryJsonWriter.Input> inputs = batches.stream().map(b -> new SummaryJsonWriter.Input(
                    b.fileName(), b.sha256(), b.rowsRead(), b.rowsAccepted(), b.rowsRejected())).toList();
            try (var json = out.open("summary.json")) {
                SummaryJsonWriter.write(json, new SummaryJsonWriter.RunInfo(run.id(), run.appVersion(),
                        run.policyJson(), run.startedAt(), run.finishedAt()), summary, inputs,
                        org.reliefdesk.app.followthrough.SummaryFigures.of(workspace, run));
            }
            out.commit();
            progress.advance(totalRows);
            return new Written(out.files());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A block of rows with the decisions of convictions that start in it. */
    private record Work(SourceRepository.Block block, List<DecisionRecord> decisions) {
    }

    private static final Work END = new Work(null, List.of());

    /**
     * Writes one file's bundle: this thread reads blocks and decisions from the workspace, one worker writes
     * All_Results and Prop64_Results, another the condensed file (the two cores each take one).
     */
    private static void writeBundle(OutputFolder out, String suffix, EvaluationMode mode, LocalDate computeAt,
                                    SourceRepository sources, RunRepository runs, int runId, ImportBatch batch,
                                    long[] done, Progress progress, Cancellation cancel) throws IOException {
        List<Worker> workers = new ArrayList<>();
        try (GogenBundleWriter full = new GogenBundleWriter(out::open, suffix, mode, computeAt,
                GogenBundleWriter.Part.FULL);
             GogenBundleWriter condensed = new GogenBundleWriter(out::open, suffix, mode, computeAt,
                     GogenBundleWriter.Part.CONDENSED);
             RunRepository.DecisionCursor decisions = runs.cursor(runId, batch.id())) {
            workers.add(new Worker(full));
            workers.add(new Worker(condensed));
            workers.forEach(Thread::start);
            try {
                feed(workers, sources, batch, decisions, done, progress, cancel);
            } finally {
                // stop the writer threads before their writers are closed
                for (Worker w : workers) {
                    w.interrupt();
                }
                for (Worker w : workers) {
                    w.joinQuietly();
                }
            }
        }
    }

    private static void feed(List<Worker> workers, SourceRepository sources, ImportBatch batch,
                             RunRepository.DecisionCursor decisions, long[] done, Progress progress,
                             Cancellation cancel) throws IOException {
        {
            DecisionRecord[] next = {decisions.next()};
            sources.forEachBlock(batch.id(), block -> {
                List<DecisionRecord> inBlock = new ArrayList<>();
                long end = block.firstRow() + block.rowCount();
                while (next[0] != null && next[0].rowIndex() < end) {
                    if (next[0].rowIndex() >= block.firstRow()) {
                        inBlock.add(next[0]);
                    }
                    next[0] = decisions.next();
                }
                Work work = new Work(block, inBlock);
                for (Worker w : workers) {
                    w.put(work);
                }
                done[0] += block.rowCount();
                progress.advance(done[0]);
                cancel.check();
            });
            for (Worker w : workers) {
                w.put(END);
            }
            for (Worker w : workers) {
                w.finish();
            }
        }
    }

    /**
     * Writes each row of a block with the decision that starts on it. A named class rather than a lambda: a lambda
     * called for every row is compiled twice by the JIT (its wrapper and its body), at a cost that shows on small
     * runs (docs/decisions/0006-performance.md).
     */
    private static final class RowWriter implements Consumer<EncodedRow> {
        private final GogenBundleWriter writer;
        List<DecisionRecord> decisions = List.of();
        int next;

        RowWriter(GogenBundleWriter writer) {
            this.writer = writer;
        }

        @Override
        public void accept(EncodedRow r) {
            DecisionRecord d = null;
            if (next < decisions.size() && decisions.get(next).rowIndex() == r.rowIndex()) {
                d = decisions.get(next++);
            }
            try {
                writer.row(r, d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes blocks handed to it, in order, with its own bundle writer. */
    private static final class Worker extends Thread {
        private final GogenBundleWriter writer;
        private final BlockingQueue<Work> queue = new ArrayBlockingQueue<>(8);
        private volatile Throwable failure;

        Worker(GogenBundleWriter writer) {
            super("bundle-writer");
            setDaemon(true);
            this.writer = writer;
        }

        void put(Work w) {
            while (true) {
                rethrow();
                try {
                    if (queue.offer(w, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted");
                }
            }
        }

        @Override
        public void run() {
            EncodedRow row = new EncodedRow();
            RowWriter rows = new RowWriter(writer);
            try {
                while (true) {
                    Work w = queue.take();
                    if (w == END) {
                        return;
                    }
                    rows.decisions = w.decisions();
                    rows.next = 0;
                    w.block().forEachRow(row, rows);
                }
            } catch (InterruptedException e) {
                failure = new CancellationException("interrupted");
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        void joinQuietly() {
            try {
                join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finish() throws IOException {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
            rethrow();
        }

        private void rethrow() {
            Throwable f = failure;
            if (f instanceof UncheckedIOException u) {
                throw u;
            }
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
    }

    /** One {@code convictions.csv} row per stored decision (a named class for the same reason as RowWriter). */
    private static final class ConvictionRows implements BiConsumer<DecisionRecord, SubjectInfo> {
        private final NativeCsvWriters.Convictions csv;
        private final Map<Integer, String> files;
        private final ConvictionRefRepository.RunRefs refs;

        ConvictionRows(NativeCsvWriters.Convictions csv, Map<Integer, String> files,
                       ConvictionRefRepository.RunRefs refs) {
            this.csv = csv;
            this.files = files;
            this.refs = refs;
        }

        @Override
        public void accept(DecisionRecord d, SubjectInfo subject) {
            try {
                csv.row(d, subject, files.getOrDefault(d.batch(), ""), Refs.format(refs.ref(d.batch(), d.rowIndex())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The files whose rows set aside go to rejected_rows.csv: the run's DOJ files, and court files in default mode. */
    private static List<ImportBatch> rejectedFrom(Workspace workspace, List<ImportBatch> batches, EvaluationMode mode) {
        List<ImportBatch> out = new ArrayList<>(batches);
        if (mode == EvaluationMode.DEFAULT) {
            for (var b : new org.reliefdesk.store.CourtRepository(workspace).batches()) {
                out.add(new ImportBatch(b.id(), b.fileName(), b.filePath(), b.sizeBytes(), b.sha256(), true,
                        b.rowsRead(), b.rowsAccepted(), b.rowsRejected(), 0, 0, "{}", "", b.importedAt(), ""));
            }
        }
        return out;
    }

    private static void writeConvictions(Workspace workspace, RunRepository.Run run, List<ImportBatch> batches,
                                         OutputStream file) {
        Map<Integer, String> files = new HashMap<>();
        batches.forEach(b -> files.put(b.id(), b.fileName()));
        new org.reliefdesk.store.CourtRepository(workspace).batches().forEach(b -> files.put(b.id(), b.fileName()));
        try (Workspace reader = workspace.readOnlyView();
             var csv = new NativeCsvWriters.Convictions(file)) {
            ConvictionRefRepository.RunRefs refs = new ConvictionRefRepository(reader).ofRun(run.id());
            new RunRepository(reader).forEachDecision(run.id(), -1, RunRepository.Detail.LIST,
                    new ConvictionRows(csv, files, refs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** The imported DOJ files the run evaluated, in import order (court files are listed by CourtRepository). */
    static List<ImportBatch> batchesOf(Workspace workspace, RunRepository.Run run) throws IOException {
        ImportRepository imports = new ImportRepository(workspace);
        java.util.Set<Integer> doj = new java.util.HashSet<>();
        imports.batches().forEach(b -> doj.add(b.id()));
        List<ImportBatch> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(run.inputsJson())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "sha256".equals(p.currentName())) {
                    p.nextToken();
                    imports.findBySha(p.getText()).filter(b -> doj.contains(b.id())).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
