package org.reliefdesk.rules;

import org.reliefdesk.history.Conviction;

import java.util.List;
import java.util.Set;

/**
 * The decision for one in-scope conviction: outcome, the reason code, the reason in words (gogen's text in
 * gogen mode), flags, the trail of every rule tried in order, and a plain explanation a paralegal can read aloud.
 */
public record Decision(Conviction conviction, Outcome outcome, ReasonCode reason, String reasonText,
                       Set<Flag> flags, List<TrailEntry> trail, String explanation) {

    public Decision {
        flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
        trail = List.copyOf(trail);
    }

    /** Flag names joined with {@code ;} in enum order, as outputs show them. */
    public String flagList() {
        StringBuilder b = new StringBuilder();
        for (Flag f : Flag.values()) {
            if (flags.contains(f)) {
                b.append(b.length() > 0 ? ";" : "").append(f.name());
            }
        }
        return b.toString();
    }
}
