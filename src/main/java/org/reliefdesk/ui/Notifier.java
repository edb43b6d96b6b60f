package org.reliefdesk.ui;

/** Shows a non-modal result over the main window's content, with one action (such as "View report"). */
@FunctionalInterface
interface Notifier {
    /** Shows nothing (tools, and dialogs opened without a main window). */
    Notifier NONE = (message, actionText, action) -> { };

    /** {@code actionText} and {@code action} may be null: the result alone, to be closed. */
    void show(String message, String actionText, Runnable action);
}
