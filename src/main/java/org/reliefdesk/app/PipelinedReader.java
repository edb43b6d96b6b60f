package org.reliefdesk.app;

import org.reliefdesk.doj.DojReader;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.ReadSummary;
import org.reliefdesk.doj.RowProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Reads a DOJ file on a second thread while the calling thread stores what it gets, so parsing and SQLite use
 * both cores. Rows and problems reach the listener on the calling thread, in file order; the queue between the
 * two is bounded, so memory does not grow with the file.
 */
final class PipelinedReader {
    private static final int CHUNK = 512;
    private static final int QUEUE = 16;

    private PipelinedReader() {
    }

    /** One chunk of the file: rows and problems in order, or the end (summary or failure). */
    private record Chunk(List<Object> items, ReadSummary summary, Throwable failure) {
    }

    static ReadSummary read(Path file, DojReader.Listener listener, Cancellation cancel) throws IOException {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread reader = new Thread(() -> produce(file, queue, cancel), "doj-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Chunk chunk = take(queue, cancel);
                if (chunk.failure() != null) {
                    rethrow(chunk.failure());
                }
                for (Object item : chunk.items()) {
                    if (item instanceof DojRecord r) {
                        listener.row(r);
                    } else if (item instanceof RowProblem p) {
                        listener.problem(p);
                    } else if (item instanceof Long bytes) {
                        listener.progress(bytes);
                    }
                }
                if (chunk.summary() != null) {
                    return chunk.summary();
                }
            }
        } finally {
            reader.interrupt();
        }
    }

    private static void produce(Path file, BlockingQueue<Chunk> queue, Cancellation cancel) {
        Pending pending = new Pending();
        try {
            ReadSummary summary = new DojReader().read(file, new DojReader.Listener() {
                @Override
                public void row(DojRecord record) {
                    add(record);
                }

                @Override
                public void problem(RowProblem problem) {
                    add(problem);
                }

                @Override
                public void progress(long bytesRead) {
                    add(bytesRead);
                }

                private void add(Object item) {
                    pending.items.add(item);
                    if (pending.items.size() >= CHUNK) {
                        put(queue, new Chunk(pending.items, null, null));
                        pending.items = new ArrayList<>(CHUNK);
                    }
                }
            }, cancel::isCancelled);
            put(queue, new Chunk(pending.items, summary, null));
        } catch (IOException e) {
            offerFailure(queue, new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            offerFailure(queue, e);
        }
    }

    /** The chunk being filled. */
    private static final class Pending {
        List<Object> items = new ArrayList<>(CHUNK);
    }

    private static void put(BlockingQueue<Chunk> queue, Chunk chunk) {
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading stopped");
        }
    }

    private static void offerFailure(BlockingQueue<Chunk> queue, Throwable t) {
        try {
            queue.put(new Chunk(List.of(), null, t));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Chunk take(BlockingQueue<Chunk> queue, Cancellation cancel) {
        try {
            while (true) {
                Chunk c = queue.poll(200, TimeUnit.MILLISECONDS);
                if (c != null) {
                    return c;
                }
                cancel.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) t;
    }
}
