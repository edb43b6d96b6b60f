package org.reliefdesk.app.followthrough;

import org.reliefdesk.store.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words that show DOJ recorded relief on a count (follow-through.md, "A later DOJ pull"), matched without regard
 * to case in DISP_DESCR, OFFENSE_DESCR and COMMENT_TEXT. They are assumptions about DOJ's wording, so they are a
 * workspace setting, shown and edited in the app, never buried in code; this class only holds the starting list.
 */
public final class ReliefTexts {
    /** The workspace_info key of the setting (one text per line). */
    public static final String KEY = "follow-through.relief-texts";
    /** The list a new workspace starts with. */
    public static final List<String> DEFAULT = List.of("11361.8", "11361.9", "PROP 64", "PROP64", "DISMISSED",
            "SEALED", "REDESIGNATED", "REDUCED TO MISD");

    private ReliefTexts() {
    }

    /** The workspace's texts (the default list until someone changes it). */
    public static List<String> of(Workspace workspace) {
        String stored = workspace.info(KEY);
        if (stored == null) {
            return DEFAULT;
        }
        return stored.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Checks and keeps new texts; an empty list, or an empty text, is refused and nothing changes. */
    public static List<String> save(Workspace workspace, List<String> texts) throws FollowThroughException {
        List<String> clean = check(texts);
        workspace.setInfo(KEY, String.join("\n", clean));
        return clean;
    }

    /** The texts stripped, or why they cannot be used. */
    static List<String> check(List<String> texts) throws FollowThroughException {
        if (texts == null || texts.isEmpty()) {
            throw FollowThroughException.bad("The relief texts are empty: without them no count could be confirmed "
                    + "by its wording; keep at least one (the defaults are " + String.join(", ", DEFAULT) + ").");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i) == null ? "" : texts.get(i).strip();
            if (t.isEmpty()) {
                throw FollowThroughException.bad("Relief text " + (i + 1) + " is empty: remove the blank line or "
                        + "write the text.");
            }
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** Upper-cased for matching. */
    static List<String> forMatching(List<String> texts) {
        return texts.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
    }
}
