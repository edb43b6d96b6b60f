package org.reliefdesk.rules;

import org.reliefdesk.doj.CodeSection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Prop 64 section named in COMMENT_TEXT that differs from the charge (flag
 * POSSIBLE_OTHER_PROP64_IN_COMMENT): another base section, or for 11357 another subsection group, (A)/(B)
 * versus (C)/(D), including a comment that gives a subsection the charge does not.
 */
final class CommentMentions {
    private static final Pattern MENTION = Pattern.compile(
            "(?<![0-9.])(11357|11358|11359|11360)(?![0-9.])\\s*(?:\\(\\s*([A-Z0-9])\\s*\\))?");
    private static final Set<String> GROUP_AB = Set.of("A", "B");
    private static final Set<String> GROUP_CD = Set.of("C", "D");

    private CommentMentions() {
    }

    /** True when the comment names a Prop 64 section other than {@code charge} (null when unreadable). */
    static boolean differs(CodeSection charge, String comment) {
        Matcher m = MENTION.matcher(comment.toUpperCase(Locale.ROOT));
        while (m.find()) {
            String base = m.group(1);
            String sub = m.group(2) == null ? "" : m.group(2);
            if (charge == null || !charge.base().equals(base)) {
                return true;
            }
            if (base.equals("11357") && !sub.isEmpty()) {
                String chargeSub = charge.firstSubdivision();
                if (chargeSub.isEmpty() ? (GROUP_AB.contains(sub) || GROUP_CD.contains(sub))
                        : (GROUP_AB.contains(chargeSub) && GROUP_CD.contains(sub))
                        || (GROUP_CD.contains(chargeSub) && GROUP_AB.contains(sub))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text names any Prop 64 section as a whole number (not 113570, not 11357.5). */
    static boolean mentionsProp64(String text) {
        return MENTION.matcher(text.toUpperCase(Locale.ROOT)).find();
    }
}
