package org.reliefdesk.ui;

import org.reliefdesk.app.Progress;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** Adapts the app's {@link Progress} to a {@link Job}: the worker's calls become snapshots handed to {@code show}. */
final class JobProgress implements Progress {
    private final Consumer<Job.Snapshot> show;
    private final LongSupplier clock;
    private volatile String stage = "";
    private volatile long total = -1;
    private volatile long done;
    private volatile long items;
    private volatile long started;

    JobProgress(Consumer<Job.Snapshot> show, LongSupplier clock) {
        this.show = show;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void begin(String stageName, long stageTotal) {
        stage = stageName;
        total = stageTotal;
        done = 0;
        items = 0;
        started = clock.getAsLong();
        publish();
    }

    @Override
    public void advance(long units) {
        done = units;
        publish();
        // the worker gives way for a moment at each step, so the window's thread gets a core on a 2-core laptop
        Thread.yield();
    }

    @Override
    public void items(long count) {
        items = count;
    }

    @Override
    public void warn(String message) {
        // warnings come back with the result (import outcomes, run warnings); nothing to show mid-way
    }

    Job.Snapshot snapshot() {
        return new Job.Snapshot(stage, total, done, items, clock.getAsLong() - started);
    }

    private void publish() {
        show.accept(snapshot());
    }
}
