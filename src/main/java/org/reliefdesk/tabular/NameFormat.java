package org.reliefdesk.tabular;

import org.reliefdesk.doj.IdentityKeys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a county file writes a person's name; each turns it into DOJ's {@code LAST,FIRST MIDDLE} form. */
public enum NameFormat {
    /** {@code SMITH/JOHN/Q} (the San Francisco court's form). */
    LAST_SLASH_FIRST_SLASH_MIDDLE("LAST/FIRST/MIDDLE"),
    /** {@code SMITH, JOHN Q}. */
    LAST_COMMA_FIRST_MIDDLE("LAST, FIRST MIDDLE"),
    /** {@code JOHN Q SMITH}: the last word is the last name. */
    FIRST_MIDDLE_LAST("FIRST MIDDLE LAST");

    private final String label;

    NameFormat(String label) {
        this.label = label;
    }

    /** As mappings write it, e.g. {@code LAST/FIRST/MIDDLE}. */
    public String label() {
        return label;
    }

    public static Optional<NameFormat> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(l) || f.label.replace(" ", "").equals(
                l.replace(" ", ""))).findFirst();
    }

    /**
     * The name in DOJ's form, upper case, single spaces, no other punctuation; empty when blank. A name without the
     * format's separator is taken as a last name alone (it then agrees on last name only).
     */
    public String toDoj(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return "";
        }
        return switch (this) {
            case LAST_SLASH_FIRST_SLASH_MIDDLE -> {
                int slash = v.indexOf('/');
                yield slash < 0 ? IdentityKeys.name(v, "")
                        : IdentityKeys.name(v.substring(0, slash), v.substring(slash + 1).replace('/', ' '));
            }
            case LAST_COMMA_FIRST_MIDDLE -> {
                int comma = v.indexOf(',');
                yield comma < 0 ? IdentityKeys.name(v, "")
                        : IdentityKeys.name(v.substring(0, comma), v.substring(comma + 1));
            }
            case FIRST_MIDDLE_LAST -> {
                String words = v.replace(',', ' ').strip();
                int space = words.lastIndexOf(' ');
                yield space < 0 ? IdentityKeys.name(words, "")
                        : IdentityKeys.name(words.substring(space + 1), words.substring(0, space));
            }
        };
    }
}
