package org.reliefdesk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The first screen: open the demo workspace, make a new one, open one, or a recent one. */
final class WelcomeView extends VBox {
    WelcomeView(Runnable openDemo, Runnable create, Runnable open, List<Path> recent, Consumer<Path> openRecent) {
        getStyleClass().add(Styles.WELCOME);
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label("ReliefDesk");
        title.getStyleClass().add(Styles.TITLE);
        Label intro = new Label("Prop 64 conviction relief for California District Attorney offices: import the DOJ "
                + "file, apply the county's policy, review every decision with its statute, and file.");
        intro.setWrapText(true);
        intro.getStyleClass().add("rd-intro");
        intro.getStyleClass().add(Styles.MUTED);
        Button demo = big("Open demo workspace", "Fabricated data (no real person), clearly marked DEMO", openDemo);
        demo.setId("welcome-demo");
        demo.setDefaultButton(true);
        Button create1 = big("New workspace…", "Start a county's workspace, then import its DOJ files", create);
        create1.setId("welcome-new");
        Button open1 = big("Open workspace…", "Continue where you left off", open);
        open1.setId("welcome-open");
        getChildren().addAll(title, intro, demo, create1, open1);
        if (!recent.isEmpty()) {
            Label r = new Label("RECENT WORKSPACES");
            r.getStyleClass().add(Styles.SECTION);
            getChildren().add(r);
            for (Path p : recent.subList(0, Math.min(5, recent.size()))) {
                Hyperlink link = new Hyperlink(p.getFileName() + "  —  " + p.getParent());
                link.setOnAction(e -> openRecent.accept(p));
                getChildren().add(link);
            }
        }
    }

    private static Button big(String text, String help, Runnable action) {
        Button b = new Button(text + "\n" + help);
        b.getStyleClass().add(Styles.BIG_BUTTON);
        b.setAccessibleText(text + ". " + help);
        b.setOnAction(e -> action.run());
        return b;
    }
}
