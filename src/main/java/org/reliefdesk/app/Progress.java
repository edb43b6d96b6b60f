package org.reliefdesk.app;

/**
 * Progress of long work, tied to no UI framework: the GUI adapts it to a JavaFX Task, the CLI to a console bar.
 * Calls come from the worker thread.
 */
public interface Progress {
    /** A new stage starts; {@code total} units of work (bytes, rows, people), or -1 when unknown. */
    void begin(String stage, long total);

    /** Units done so far in the current stage. */
    void advance(long done);

    /** Items (rows, people) done so far in the current stage, when the units of {@link #advance} are not items. */
    default void items(long done) {
    }

    /** Something the user should know that does not stop the work. */
    void warn(String message);

    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String stage, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void warn(String message) {
        }
    };
}
