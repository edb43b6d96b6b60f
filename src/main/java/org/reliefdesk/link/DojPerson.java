package org.reliefdesk.link;

import org.reliefdesk.doj.DojDates;
import org.reliefdesk.doj.IdentityKeys;

import java.time.LocalDate;

/**
 * A DOJ subject as linking compares it: the identity values of the subject's record, normalised once
 * ({@code PRI_NAME}, {@code PRI_DOB}, {@code CII_NUMBER}, {@code PRI_SSN}, {@code PRI_CDL}).
 *
 * @param dob      null when the DOJ gives no valid date of birth
 * @param nameDob  {@code name|dob} as court people's keys are written, empty without a name or DOB
 * @param lastNameDob {@code last name|dob}, likewise
 */
public record DojPerson(String subjectId, String name, String lastName, LocalDate dob, String cii, String ssn,
                        String cdl, String nameDob, String lastNameDob) {

    /** Normalises the subject's values as the DOJ file writes them. */
    public static DojPerson of(String subjectId, String name, String dob, String cii, String ssn, String cdl) {
        String n = IdentityKeys.name(name);
        String last = IdentityKeys.lastName(n);
        LocalDate d = DojDates.parse(dob).orElse(null);
        boolean both = d != null && !n.isEmpty();
        return new DojPerson(subjectId, n, last, d, IdentityKeys.cii(cii), IdentityKeys.ssn(ssn),
                IdentityKeys.cdl(cdl), both ? n + "|" + d : "", both ? last + "|" + d : "");
    }

    @Override
    public String toString() {
        return "DojPerson[" + subjectId + "]";
    }
}
