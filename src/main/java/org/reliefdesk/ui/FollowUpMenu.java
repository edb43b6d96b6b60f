package org.reliefdesk.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Follow-up menu (Record filing, Court order, DOJ pull, Follow-up papers, Progress) and File › Check papers
 * against the audit trail: opens their dialogs once a workspace with a run is open.
 */
final class FollowUpMenu {
    /** Makes a menu item: text with mnemonic, accelerator (or null), action. */
    @FunctionalInterface
    interface Items {
        MenuItem item(String text, String accelerator, Runnable action);
    }

    private final MainViewModel vm;
    private final Supplier<Window> window;
    private final BiConsumer<String, String> problem;

    FollowUpMenu(MainViewModel vm, Supplier<Window> window, BiConsumer<String, String> problem) {
        this.vm = vm;
        this.window = window;
        this.problem = problem;
    }

    Menu menu(Items items, Runnable showProgress) {
        Menu m = new Menu("Follo_w-up");
        m.setId("menu-follow-up");
        m.getItems().addAll(
                items.item("Record _filing…", null, this::filing),
                items.item("Court _order…", null, this::order),
                items.item("DOJ _pull…", null, this::pull),
                items.item("Follow-up _papers…", null, this::papers),
                new SeparatorMenuItem(),
                items.item("P_rogress", "Shortcut+8", showProgress));
        return m;
    }

    void filing() {
        open(FilingDialog::new);
    }

    void order() {
        open(CourtOrderDialog::new);
    }

    void pull() {
        open(PullDialog::new);
    }

    void papers() {
        open(FollowUpPapersDialog::new);
    }

    private void open(BiFunction<MainViewModel, Window, Dialog<?>> make) {
        if (vm.session() == null || vm.currentRunProperty().get() == null) {
            problem.accept("Nothing to follow up yet", "Open a workspace and run an evaluation first; filings, orders "
                    + "and pulls follow its decisions.");
            return;
        }
        make.apply(vm, window.get()).show();
    }

    /** File › Check papers: whether the record papers came from is unchanged since they were made. */
    void checkPapers() {
        if (vm.session() == null) {
            problem.accept("No workspace is open", "Open the workspace the papers were made from first.");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Papers to check");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Papers (PDF, workbook)", "*.pdf", "*.xlsx"));
        File f = fc.showOpenDialog(window.get());
        if (f != null) {
            checkPapers(f.toPath());
        }
    }

    /** Checks one file of papers and shows the result. */
    void checkPapers(Path paper) {
        vm.followUp().checkPapers(paper, r -> {
            Alert a = new Alert(r.unchanged() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, r.summary(),
                    ButtonType.OK);
            if (window.get() != null) {
                a.initOwner(window.get());
            }
            a.setTitle("Papers and the audit trail");
            a.setHeaderText(r.unchanged() ? "Unchanged since the papers were made" : "Changed after the papers were "
                    + "made");
            a.getDialogPane().setMinWidth(520);
            a.getDialogPane().setId("papers-check");
            a.show();
        }, m -> problem.accept("The papers could not be checked", m));
    }
}
