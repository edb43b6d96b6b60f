package org.reliefdesk.app;

import org.reliefdesk.rules.Outcome;

/** One attorney override as stored (append-only): outcome, reason, who and when (ISO instant). */
public record OverrideEntry(Outcome outcome, String reason, String user, String at, Integer runId) {
}
