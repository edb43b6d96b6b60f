package org.reliefdesk.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Links court persons to DOJ subjects exactly as court-records.md says: a key is true when both sides have the value
 * and they agree; strength is the number of true keys; a subject whose DOB differs from a row's, or whose CII differs
 * from a row's, contradicts and is never linked; the highest strength of 2 or more wins when one subject has it, is
 * ambiguous when several tie, and 1 or less (a court case number alone, co-defendants share it) links no one.
 */
public final class Linker {
    private final DojIndex index;

    public Linker(DojIndex index) {
        this.index = index;
    }

    public Link link(CourtPerson p) {
        Set<Integer> candidates = new LinkedHashSet<>(4);
        for (String v : p.ciis()) {
            addAll(candidates, index.cii(v));
        }
        for (String v : p.ssns()) {
            addAll(candidates, index.ssn(v));
        }
        for (String v : p.cdls()) {
            addAll(candidates, index.cdl(v));
        }
        for (String v : p.nameDobs()) {
            addAll(candidates, index.nameDob(v));
        }
        for (String v : p.lastNameDobs()) {
            addAll(candidates, index.lastNameDob(v));
        }
        for (String v : p.caseKeys()) {
            addAll(candidates, index.caseNumber(v));
        }
        List<Link.Candidate> fine = new ArrayList<>();
        List<Link.Candidate> contradicted = new ArrayList<>();
        for (int i : candidates) {
            DojPerson s = index.person(i);
            Set<IdentityKey> keys = keys(p, s, i);
            String contradiction = contradiction(p, s);
            Link.Candidate c = new Link.Candidate(s.subjectId(), keys.size(), keys, contradiction);
            (contradiction == null ? fine : contradicted).add(c);
        }
        fine.sort(Comparator.comparingInt(Link.Candidate::strength).reversed());
        int best = fine.isEmpty() ? 0 : fine.get(0).strength();
        List<Link.Candidate> top = fine.stream().filter(c -> c.strength() == best).toList();
        if (best >= 2 && top.size() == 1) {
            Link.Candidate c = top.get(0);
            return new Link(Link.Status.LINKED, c.subjectId(), best, c.keys(), top, contradicted);
        }
        if (best >= 2) {
            return new Link(Link.Status.AMBIGUOUS, null, best, Set.of(), top, contradicted);
        }
        return new Link(Link.Status.NO_DOJ_PERSON, null, best, Set.of(), fine, contradicted);
    }

    private static void addAll(Set<Integer> into, int[] found) {
        if (found != null) {
            for (int i : found) {
                into.add(i);
            }
        }
    }

    /** The keys true between the group (any of its rows) and the subject. */
    private Set<IdentityKey> keys(CourtPerson p, DojPerson s, int i) {
        Set<IdentityKey> keys = EnumSet.noneOf(IdentityKey.class);
        if (!s.cii().isEmpty() && p.ciis().contains(s.cii())) {
            keys.add(IdentityKey.CII);
        }
        if (!s.ssn().isEmpty() && p.ssns().contains(s.ssn())) {
            keys.add(IdentityKey.SSN);
        }
        if (!s.cdl().isEmpty() && p.cdls().contains(s.cdl())) {
            keys.add(IdentityKey.CDL);
        }
        for (String c : p.caseKeys()) {
            if (index.hasCase(i, c)) {
                keys.add(IdentityKey.COURT_CASE_NUMBER);
                break;
            }
        }
        if (!s.nameDob().isEmpty()) {
            if (p.nameDobs().contains(s.nameDob())) {
                keys.add(IdentityKey.NAME_AND_DOB);
            }
            if (p.lastNameDobs().contains(s.lastNameDob())) {
                keys.add(IdentityKey.LAST_NAME_AND_DOB);
            }
        }
        return keys;
    }

    /** Why the subject contradicts the group (a row's DOB or CII differs from the subject's), or null. */
    private static String contradiction(CourtPerson p, DojPerson s) {
        if (s.dob() != null) {
            for (var d : p.dobs()) {
                if (!d.equals(s.dob())) {
                    return "date of birth differs";
                }
            }
        }
        if (!s.cii().isEmpty()) {
            for (String c : p.ciis()) {
                if (!c.equals(s.cii())) {
                    return "CII differs";
                }
            }
        }
        return null;
    }
}
