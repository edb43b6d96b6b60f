package org.reliefdesk.app;

import org.reliefdesk.history.SubjectInfo;

import java.util.List;

/** A person found by look-up, with their in-scope convictions in the run (effective outcomes applied). */
public record LookupResult(SubjectInfo person, List<CaseRow> convictions) {
}
