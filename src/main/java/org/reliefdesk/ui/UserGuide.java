package org.reliefdesk.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.InputStream;
import java.util.List;

/**
 * Help › User guide: the workflow from import to filing, with screenshots, in a window of its own. Offline: the text
 * and pictures are inside the program. Built of labels that wrap, so it reads at any text size; the contents on
 * the left jump to each section.
 */
final class UserGuide {
    static final String TITLE = "ReliefDesk user guide";

    private UserGuide() {
    }

    /** Shows the guide (or brings the open one to the front). */
    static Stage show(Window owner) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && TITLE.equals(s.getTitle()) && s.isShowing()) {
                s.toFront();
                return s;
            }
        }
        VBox page = new VBox();
        page.setId("guide-page");
        page.getStyleClass().add("rd-guide");
        VBox contents = new VBox();
        contents.getStyleClass().add("rd-guide-contents");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("guide-scroll");
        scroll.setFitToWidth(true);
        scroll.setAccessibleText("User guide text");
        for (GuideText.Block b : GuideText.bundled()) {
            page.getChildren().add(node(b, scroll, page));
            if (b instanceof GuideText.Section s) {
                Node target = page.getChildren().get(page.getChildren().size() - 1);
                Hyperlink link = new Hyperlink(s.text());
                link.setWrapText(true);
                link.setOnAction(e -> scrollTo(scroll, page, target));
                contents.getChildren().add(link);
            }
        }
        ScrollPane side = new ScrollPane(contents);
        side.setFitToWidth(true);
        side.setFocusTraversable(false);
        SplitPane split = new SplitPane(side, scroll);
        split.setDividerPositions(0.24);
        return SideWindow.show(SideWindow.create(owner, TITLE), split, 1000, 720, scroll);
    }

    private static Node node(GuideText.Block b, ScrollPane scroll, VBox page) {
        if (b instanceof GuideText.Picture p) {
            return picture(p, scroll, page);
        }
        String text;
        String style;
        if (b instanceof GuideText.Title t) {
            text = t.text();
            style = "rd-guide-h1";
        } else if (b instanceof GuideText.Section s) {
            text = s.text();
            style = "rd-guide-h2";
        } else if (b instanceof GuideText.Item i) {
            text = "•  " + i.text();
            style = "rd-guide-text";
        } else {
            text = ((GuideText.Paragraph) b).text();
            style = "rd-guide-text";
        }
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        if (b instanceof GuideText.Item) {
            l.setAccessibleText("Item: " + text.substring(3));
        }
        return l;
    }

    /** A screenshot as wide as the page allows (never wider than it was taken), with its caption under it. */
    private static Node picture(GuideText.Picture p, ScrollPane scroll, VBox page) {
        Label caption = new Label(p.caption());
        caption.setWrapText(true);
        caption.getStyleClass().add("rd-guide-caption");
        try (InputStream in = UserGuide.class.getResourceAsStream(p.resource())) {
            if (in == null) {
                caption.setText(p.caption() + " (picture missing from this build)");
                return caption;
            }
            Image image = new Image(in);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                    image.getWidth(), Math.max(200, scroll.getViewportBounds().getWidth() - page.getInsets()
                            .getLeft() - page.getInsets().getRight() - 4)), scroll.viewportBoundsProperty(),
                    page.insetsProperty()));
            view.setAccessibleText("Screenshot: " + p.caption());
            view.getStyleClass().add("rd-guide-shot");
            return new VBox(4, view, caption);
        } catch (java.io.IOException e) {
            caption.setText(p.caption() + " (picture cannot be read)");
            return caption;
        }
    }

    private static void scrollTo(ScrollPane scroll, VBox page, Node target) {
        Bounds viewport = scroll.getViewportBounds();
        double extra = page.getHeight() - viewport.getHeight();
        if (extra > 0) {
            scroll.setVvalue(Math.min(1, target.getBoundsInParent().getMinY() / extra));
        }
    }

    /** The guide's sections, in order (tests). */
    static List<String> sections() {
        return GuideText.bundled().stream().filter(b -> b instanceof GuideText.Section).map(b ->
                ((GuideText.Section) b).text()).toList();
    }
}
