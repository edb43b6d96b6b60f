package org.reliefdesk.link;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.IdentityKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one court person (court-records.md: grouped by CII, else SSN, else name + DOB), with the union of
 * their identity values, which is what links the group as a whole. Most groups hold one value of each kind, so the
 * values are kept in small lists rather than sets.
 *
 * @param groupKey the grouping key of its rows ({@link CourtRow#groupKey})
 */
public final class CourtPerson {
    private final String groupKey;
    private List<String> ciis = List.of();
    private List<String> ssns = List.of();
    private List<String> cdls = List.of();
    private List<String> caseKeys = List.of();
    /** name + "|" + dob, for rows with both. */
    private List<String> nameDobs = List.of();
    /** last name + "|" + dob, for rows with both. */
    private List<String> lastNameDobs = List.of();
    private List<LocalDate> dobs = List.of();
    private int rows;

    public CourtPerson(String groupKey) {
        this.groupKey = groupKey;
    }

    public String groupKey() {
        return groupKey;
    }

    /** Adds a row's identity values; its case number counts in {@code county}, the court's. */
    public void add(CourtRow r, String county) {
        rows++;
        ciis = once(ciis, r.ciiKey());
        ssns = once(ssns, r.ssnKey());
        cdls = once(cdls, r.cdlKey());
        String caseKey = r.caseKey();
        caseKeys = caseKey.isEmpty() ? caseKeys : once(caseKeys, DojIndex.countyCase(county, caseKey));
        if (r.dob() != null) {
            dobs = once(dobs, r.dob());
            if (!r.name().isEmpty()) {
                nameDobs = once(nameDobs, r.name() + "|" + r.dob());
                lastNameDobs = once(lastNameDobs, IdentityKeys.lastName(r.name()) + "|" + r.dob());
            }
        }
    }

    /** The list with {@code value} added once (blank values are not identity); a list is made on the first value. */
    private static <T> List<T> once(List<T> list, T value) {
        if (value instanceof String s && s.isEmpty() || list.contains(value)) {
            return list;
        }
        List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(value);
        return out;
    }

    public int rows() {
        return rows;
    }

    List<String> ciis() {
        return ciis;
    }

    List<String> ssns() {
        return ssns;
    }

    List<String> cdls() {
        return cdls;
    }

    List<String> caseKeys() {
        return caseKeys;
    }

    List<String> nameDobs() {
        return nameDobs;
    }

    List<String> lastNameDobs() {
        return lastNameDobs;
    }

    List<LocalDate> dobs() {
        return dobs;
    }

    @Override
    public String toString() {
        return "CourtPerson[" + rows + " rows]";
    }
}
