package org.reliefdesk.link;

import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;

/** The identity keys that link a court row to a DOJ subject (court-records.md, "Identity keys"). */
public enum IdentityKey {
    CII("cii", "CII"),
    SSN("ssn", "SSN"),
    CDL("cdl", "driver licence"),
    COURT_CASE_NUMBER("courtCaseNumber", "court case number"),
    NAME_AND_DOB("nameAndDob", "name+DOB"),
    LAST_NAME_AND_DOB("lastNameAndDob", "last name+DOB");

    private final String id;
    private final String label;

    IdentityKey(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As {@code court_links.csv} writes it, e.g. {@code nameAndDob}. */
    public String id() {
        return id;
    }

    /** As people read it, e.g. {@code name+DOB}. */
    public String label() {
        return label;
    }

    /** Ids joined with {@code ;} in this order ({@code cii;nameAndDob;lastNameAndDob}). */
    public static String ids(Set<IdentityKey> keys) {
        StringJoiner j = new StringJoiner(";");
        for (IdentityKey k : values()) {
            if (keys.contains(k)) {
                j.add(k.id);
            }
        }
        return j.toString();
    }

    /** Labels joined for a sentence: "CII, name+DOB". */
    public static String labels(Set<IdentityKey> keys) {
        StringJoiner j = new StringJoiner(", ");
        for (IdentityKey k : values()) {
            if (keys.contains(k)) {
                j.add(k.label);
            }
        }
        return j.toString();
    }

    /** The keys named in an {@link #ids} string. */
    public static Set<IdentityKey> parse(String ids) {
        Set<IdentityKey> out = EnumSet.noneOf(IdentityKey.class);
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        for (String s : ids.split(";")) {
            for (IdentityKey k : values()) {
                if (k.id.equals(s)) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
