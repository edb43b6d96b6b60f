package org.reliefdesk.link;

import java.util.List;
import java.util.Set;

/**
 * How a court person links to the DOJ subjects (court-records.md): linked to one subject, ambiguous between several
 * of the same strength, or no DOJ person; with the candidates that tied and those left out as contradicting.
 *
 * @param subjectId the linked subject, or null
 * @param strength  the number of keys true for the linked subject or the tied candidates (the best found otherwise)
 * @param keys      the keys true for the linked subject (empty otherwise)
 */
public record Link(Status status, String subjectId, int strength, Set<IdentityKey> keys, List<Candidate> candidates,
                   List<Candidate> contradicted) {

    /** The linking outcome of a court person. */
    public enum Status {
        LINKED, AMBIGUOUS, NO_DOJ_PERSON
    }

    /** A subject considered: its id, strength and keys true; why it contradicts, when it does. */
    public record Candidate(String subjectId, int strength, Set<IdentityKey> keys, String contradiction) {
    }

    public Link {
        keys = Set.copyOf(keys);
        candidates = List.copyOf(candidates);
        contradicted = List.copyOf(contradicted);
    }
}
