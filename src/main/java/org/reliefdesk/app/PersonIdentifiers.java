package org.reliefdesk.app;

/** A person's SSN, driver licence and FBI number: shown only on request, never logged. */
public record PersonIdentifiers(String ssn, String cdl, String fbi) {
    @Override
    public String toString() {
        return "PersonIdentifiers[hidden]";
    }
}
