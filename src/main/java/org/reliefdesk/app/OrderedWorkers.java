package org.reliefdesk.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on worker threads and hands the results back on the calling thread, in input
 * order, with at most {@code window} inputs in flight (bounded memory). The calling thread keeps what must stay
 * single-threaded, such as writing to SQLite.
 */
final class OrderedWorkers<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, O> work;
    private final int window;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();

    OrderedWorkers(int threads, int window, String name, Function<I, O> work) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.window = window;
    }

    /** Queues one input; delivers finished results (in order) to {@code sink} when the window is full. */
    void submit(I input, Consumer<O> sink) {
        inFlight.addLast(pool.submit(() -> work.apply(input)));
        while (inFlight.size() > window) {
            sink.accept(take());
        }
    }

    /** Delivers every remaining result, in order. */
    void finish(Consumer<O> sink) {
        while (!inFlight.isEmpty()) {
            sink.accept(take());
        }
    }

    private O take() {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
