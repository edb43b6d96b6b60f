package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reliefdesk.app.Cancellation;

import java.util.Locale;

/**
 * The visible state of one piece of background work: its stage, progress (0-1, or -1 when unknown), a detail
 * line with rows, rows per second and time left, and Cancel. Properties change on the FX thread only.
 */
public final class Job {
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    // 0, not indeterminate: the indeterminate bar's animation is costly to draw at its first frames
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final Cancellation cancellation = new Cancellation();

    Job(String title) {
        this.title = new ReadOnlyStringWrapper(this, "title", title);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Asks the work to stop; it stops at its next check and undoes what it had not committed. */
    public void cancel() {
        cancellation.cancel();
        stage.set("Cancelling…");
    }

    Cancellation cancellation() {
        return cancellation;
    }

    /** Applies a snapshot of the worker's progress (FX thread). */
    void show(Snapshot s) {
        if (!cancellation.isCancelled()) {
            stage.set(s.stage());
        }
        progress.set(s.total() > 0 ? Math.min(1.0, (double) s.done() / s.total()) : -1);
        detail.set(detailText(s));
    }

    void finished() {
        running.set(false);
    }

    /** What the worker reported last: stage, units done of total, items (rows) done, and elapsed time. */
    record Snapshot(String stage, long total, long done, long items, long elapsedNanos) {
    }

    static String detailText(Snapshot s) {
        double seconds = s.elapsedNanos() / 1e9;
        StringBuilder b = new StringBuilder();
        if (s.items() > 0) {
            b.append(String.format(Locale.US, "%,d", s.items())).append(" rows");
            if (seconds >= 0.5) {
                b.append(" · ").append(String.format(Locale.US, "%,d", Math.round(s.items() / seconds))).append(" rows/s");
            }
        }
        if (s.total() > 0 && s.done() > 0 && seconds >= 1) {
            double fraction = Math.min(1.0, (double) s.done() / s.total());
            long left = Math.round(seconds / fraction - seconds);
            b.append(b.length() > 0 ? " · " : "").append(left < 60 ? "about " + Math.max(1, left) + " s left"
                    : "about " + Math.round(left / 60.0) + " min left");
        }
        return b.toString();
    }
}
