package org.reliefdesk.history;

/** Charge level of a conviction (doj-format.md, "Level"). */
public enum Level {
    FELONY, MISDEMEANOR, INFRACTION, UNKNOWN;

    /** {@code CONV_STAT_DESCR} when set, else {@code OFFENSE_TOC} ({@code F}/{@code M}/{@code I}), else unknown. */
    public static Level of(String convictionStatus, String offenseToc) {
        String s = convictionStatus.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.isEmpty()) {
            return switch (s) {
                case "FELONY" -> FELONY;
                case "MISDEMEANOR" -> MISDEMEANOR;
                case "INFRACTION" -> INFRACTION;
                default -> UNKNOWN;
            };
        }
        return switch (offenseToc.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "F" -> FELONY;
            case "M" -> MISDEMEANOR;
            case "I" -> INFRACTION;
            default -> UNKNOWN;
        };
    }

    /** Lower-case word for explanations and outputs. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
