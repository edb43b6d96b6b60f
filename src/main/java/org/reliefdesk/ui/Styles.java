package org.reliefdesk.ui;

import org.reliefdesk.rules.Outcome;

/** Style-class names of ui/app.css, in one place. */
public final class Styles {
    private Styles() {
    }

    public static final String STYLESHEET = "/ui/app.css";
    public static final String TITLE = "rd-title";
    public static final String SUBTITLE = "rd-subtitle";
    public static final String MUTED = "rd-muted";
    public static final String SECTION = "rd-section";
    public static final String DEMO_BANNER = "rd-demo-banner";
    public static final String STATUS_BAR = "rd-status-bar";
    public static final String BADGE = "rd-badge";
    public static final String WELCOME = "rd-welcome";
    public static final String BIG_BUTTON = "rd-big-button";
    public static final String TRAIL_ROW = "rd-trail-row";
    public static final String TRAIL_DECIDED = "rd-trail-decided";
    public static final String CONVICTION_ROW = "rd-conviction-row";
    public static final String SELECTED_CONVICTION = "rd-selected-conviction";
    public static final String ERROR_TEXT = "rd-error-text";
    public static final String NUMBER = "rd-number";
    public static final String PROGRESS_PANE = "rd-progress-pane";

    /** The badge class of an outcome: a colour that always comes with its text. */
    public static String badge(Outcome o) {
        return switch (o) {
            case DISMISS -> "rd-badge-dismiss";
            case REDUCE -> "rd-badge-reduce";
            case NOT_ELIGIBLE -> "rd-badge-not-eligible";
            case NEEDS_REVIEW -> "rd-badge-review";
        };
    }
}
