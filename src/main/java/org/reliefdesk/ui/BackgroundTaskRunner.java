package org.reliefdesk.ui;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The production runner: one daemon background thread; progress reaches the FX thread coalesced, never queued up. */
public final class BackgroundTaskRunner implements FxTaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reliefdesk-worker");
        t.setDaemon(true);
        return t;
    });

    private final ExecutorService aside = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reliefdesk-aside");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    @Override
    public <T> void startAside(String title, java.util.concurrent.Callable<T> work, Consumer<? super T> onDone) {
        aside.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception e) {
                LOG.warn("{} failed: {}", title, e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public <T> Job start(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        Job job = new Job(title);
        AtomicReference<Job.Snapshot> latest = new AtomicReference<>();
        AtomicBoolean pending = new AtomicBoolean();
        JobProgress progress = new JobProgress(s -> {
            latest.set(s);
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    job.show(latest.get());
                });
            }
        }, System::nanoTime);
        worker.execute(() -> {
            try {
                T result = work.run(progress, job.cancellation());
                Platform.runLater(() -> {
                    job.finished();
                    onDone.accept(result);
                });
            } catch (Throwable e) {
                LOG.warn("{} failed: {}", title, e.getClass().getSimpleName());
                Platform.runLater(() -> {
                    job.finished();
                    onFailed.accept(e);
                });
            }
        });
        return job;
    }
}
