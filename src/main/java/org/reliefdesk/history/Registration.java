package org.reliefdesk.history;

import java.time.LocalDate;

/** A PC 290 sex-offender registration step ({@code REGISTRATION} with an offense starting {@code 290}). */
public record Registration(LocalDate date, String dateRaw, long line) {
    public boolean hasDate() {
        return date != null;
    }
}
