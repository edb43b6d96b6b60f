package org.reliefdesk.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The named policies of rules.md ("Presets"). */
public enum Preset {
    STATUTE_MINIMUM("statute-minimum", "Statute minimum"),
    DISMISS_ALL("dismiss-all", "Dismiss all Prop 64"),
    BEAR_DEFAULT("bear-default", "BEAR default"),
    RELATED_CHARGES("related-charges", "Related charges too");

    private static final List<String> ALL_FOUR = List.of("11357", "11358", "11359", "11360");

    private final String id;
    private final String label;

    Preset(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name the command line takes, e.g. {@code dismiss-all}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Policy policy() {
        Policy min = Policy.statuteMinimum();
        return switch (this) {
            case STATUTE_MINIMUM -> min;
            case DISMISS_ALL -> min.withDismiss(ALL_FOUR).withUnknownLevel(UnknownLevel.MISDEMEANOR);
            case BEAR_DEFAULT -> min.withDismiss(ALL_FOUR).withRelief(false, 0, 5, 5, true, false);
            case RELATED_CHARGES -> DISMISS_ALL.policy().withDismissRelatedCharges(true);
        };
    }

    /** Finds a preset by its id or label, ignoring case. */
    public static Optional<Preset> find(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(n) || p.label.toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }

    /** The ids, comma-separated, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Preset::id).collect(Collectors.joining(", "));
    }
}
