package org.reliefdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Non-blocking dialogs of the main window: a notice to read, a question to answer. */
final class Prompts {
    private Prompts() {
    }

    /** Something to know that is no problem (e.g. an interrupted change undone on opening). */
    static void notice(Window owner, String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        show(a, owner, title, "notice-dialog");
    }

    /** Asks; {@code yes} runs when the answer is the question's yes button. */
    static void ask(Window owner, MainViewModel.Question q, Runnable yes) {
        ButtonType confirm = new ButtonType(q.yes(), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, q.message(), confirm, ButtonType.CANCEL);
        a.setOnHidden(e -> {
            if (a.getResult() == confirm) {
                yes.run();
            }
        });
        show(a, owner, q.title(), "question-dialog");
    }

    private static void show(Alert a, Window owner, String title, String id) {
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(520);
        a.getDialogPane().setId(id);
        a.show();
    }
}
