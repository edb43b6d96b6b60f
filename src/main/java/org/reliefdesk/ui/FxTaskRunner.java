package org.reliefdesk.ui;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread: production uses one background thread (SQLite has one writer); tests use the
 * calling thread, so no test waits on a clock. Callbacks and {@link Job} changes happen on the FX thread.
 */
public interface FxTaskRunner {

    /** Work that reports progress and checks for Cancel. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress, Cancellation cancel) throws Exception;
    }

    /** Starts {@code work}; exactly one of {@code onDone} and {@code onFailed} is called, on the FX thread. */
    <T> Job start(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /**
     * Starts work nobody waits for (no progress, no busy state) on a low-priority thread of its own, so it never
     * holds up the jobs above; {@code onDone} runs on the FX thread. A failure is logged and dropped.
     */
    <T> void startAside(String title, java.util.concurrent.Callable<T> work, Consumer<? super T> onDone);
}
