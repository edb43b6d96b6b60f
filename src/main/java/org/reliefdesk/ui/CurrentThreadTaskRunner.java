package org.reliefdesk.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for tests and tools that must not depend on timing. */
public final class CurrentThreadTaskRunner implements FxTaskRunner {
    @Override
    public <T> Job start(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        Job job = new Job(title);
        JobProgress progress = new JobProgress(job::show, System::nanoTime);
        T result;
        try {
            result = work.run(progress, job.cancellation());
        } catch (Throwable e) {
            job.finished();
            onFailed.accept(e);
            return job;
        }
        job.finished();
        onDone.accept(result);
        return job;
    }

    @Override
    public <T> void startAside(String title, java.util.concurrent.Callable<T> work, Consumer<? super T> onDone) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            return;
        }
        onDone.accept(result);
    }
}
