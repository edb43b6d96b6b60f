package org.reliefdesk.app;

import org.reliefdesk.export.CourtConviction;
import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.csv.GoCsvWriter;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.export.pdf.PersonOrderWriter;
import org.reliefdesk.export.pdf.PleadingFonts;
import org.reliefdesk.rules.Outcome;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects one person's convictions with relief and writes their order when the next person starts. With a
 * folder, each person's file is written by one of {@code threads} workers, each with its own fonts (PDFBox
 * documents and parsed fonts are not thread-safe); file names and index rows are given here, in reading order,
 * so the output does not depend on the number of threads.
 */
final class PersonOrderSink implements AutoCloseable {
    private final PersonOrderWriter combined;
    private final OutputFolder folder;
    /** Opens a file of the folder (hashed by the export's destinations). */
    private final Opener opener;
    /** Each per-person file's references with their outcome letters ({@code 123D,124R}), by file name. */
    final Map<String, String> refsByFile = new java.util.concurrent.ConcurrentHashMap<>();

    /** Opens one file of the per-person folder by name. */
    @FunctionalInterface
    interface Opener {
        OutputStream open(String name) throws IOException;
    }
    private final GoCsvWriter index;
    private final PleadingFonts fonts;
    private final PaperSetup paper;
    private final List<CourtConviction> current = new ArrayList<>();
    private final ExecutorService pool;
    /** Files handed to workers and not yet written: at most two per worker, so memory stays bounded. */
    private final Semaphore slots;
    /** Fonts parsed for the workers, one set per worker at most, lent to one file at a time. */
    private final Queue<PleadingFonts> idleFonts = new ConcurrentLinkedQueue<>();
    private final Queue<PleadingFonts> workerFonts = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    int orders;
    /** The audit reference on each one-file-per-person order, or null. */
    private volatile org.reliefdesk.export.AuditStamp stamp;

    PersonOrderSink(PersonOrderWriter combined, OutputFolder folder, Opener opener, GoCsvWriter index,
                    PleadingFonts fonts, PaperSetup paper, int threads) {
        this.combined = combined;
        this.folder = folder;
        this.opener = opener;
        this.index = index;
        this.fonts = fonts;
        this.paper = paper;
        boolean parallel = folder != null && threads > 1;
        this.pool = parallel ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "order-writer");
            t.setDaemon(true);
            return t;
        }) : null;
        this.slots = new Semaphore(parallel ? 2 * threads : 1);
    }

    /** The audit reference printed on the one-file-per-person orders (set before the first person). */
    void stamp(org.reliefdesk.export.AuditStamp value) {
        this.stamp = value;
    }

    void add(CourtConviction c) {
        if (combined == null && folder == null) {
            return;
        }
        if (!current.isEmpty() && !current.get(0).subjectId().equals(c.subjectId())) {
            flush();
        }
        if (c.outcome() == Outcome.DISMISS || c.outcome() == Outcome.REDUCE) {
            current.add(c);
        }
    }

    void flush() {
        if (current.isEmpty()) {
            return;
        }
        try {
            orders++;
            if (combined != null) {
                combined.order(current);
            }
            if (folder != null) {
                String name = String.format(Locale.ROOT, "order-%05d.pdf", orders);
                CourtConviction first = current.get(0);
                List<String> cases = current.stream().map(CourtConviction::caseNumber).distinct().toList();
                index.row(name, first.name(), first.dobDisplay(), first.cii(), String.join("; ", cases),
                        Integer.toString(current.size()));
                refsByFile.put(name, PaperFiles.refs(current));
                OutputStream file = opener.open(name);
                if (pool == null) {
                    writeOrder(fonts, List.copyOf(current), file);
                } else {
                    submit(List.copyOf(current), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current.clear();
    }

    private void submit(List<CourtConviction> person, OutputStream file) throws IOException {
        rethrow();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the orders");
        }
        pool.execute(() -> {
            try {
                PleadingFonts f = idleFonts.poll();
                if (f == null) {
                    f = new PleadingFonts();
                    workerFonts.add(f);
                }
                try {
                    writeOrder(f, person, file);
                } finally {
                    idleFonts.add(f);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                try {
                    file.close();
                } catch (IOException ignored) {
                    // the export fails anyway and its part files are removed
                }
            } finally {
                slots.release();
            }
        });
    }

    private void writeOrder(PleadingFonts f, List<CourtConviction> person, OutputStream file)
            throws IOException {
        try (OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
             PersonOrderWriter one = PersonOrderWriter.streamed(f, paper, buffered)) {
            one.stamp(stamp);
            one.order(person);
            one.finish();
        }
    }

    /** Waits for every file to be written; the first failure of a worker is thrown here. */
    void finish() throws IOException {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the orders");
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = failure.get();
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /** Stops the workers (after a failure or cancel) and releases their fonts. */
    @Override
    public void close() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (PleadingFonts f : workerFonts) {
            f.close();
        }
        workerFonts.clear();
    }
}
