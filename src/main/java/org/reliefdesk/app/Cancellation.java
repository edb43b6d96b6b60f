package org.reliefdesk.app;

import java.util.concurrent.CancellationException;

/** A cancel request shared between whoever asks (a Cancel button) and the worker, which polls it. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Stops the work when a cancel was asked for. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
