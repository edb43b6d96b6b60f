package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.store.AuditChain;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.Workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Papers made from a workspace (follow-through.md, "Papers carry the audit trail's head"): before they are written,
 * an audit log entry names the head of every other chain (overrides, review marks, follow-through records); that
 * entry's number and hash are printed on the papers. Once written, each file is recorded with its SHA-256 and the
 * references it carries, so a filing can name it and edited papers are recognised.
 */
public final class PaperRecords {
    /** The audit log's action for the entry papers carry. */
    public static final String ACTION = "papers";
    private static final String HEADS = "; chain heads: ";
    private final Clock clock;
    private final AuditService audit;

    public PaperRecords(Clock clock, AuditService audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** What papers carry: the audit reference, when they were made, and the entry's text (written on record). */
    public record Begun(AuditStamp stamp, Instant madeAt, String detail) {
    }

    /**
     * The entry the papers will carry ({@code what}: e.g. "court papers of run 3"), computed and not yet written: it
     * is appended when the papers are recorded, so papers never made leave no trace.
     */
    public Begun begin(Workspace workspace, String what) {
        Instant now = Instant.now(clock);
        StringBuilder heads = new StringBuilder();
        for (AuditChain.Head h : AuditChain.heads(workspace)) {
            if (h.table() != AuditChain.Table.AUDIT_LOG && h.id() > 0) {
                heads.append(heads.length() == 0 ? "" : ", ").append(h.table().sqlName()).append('=').append(h.id())
                        .append(':').append(h.hash());
            }
        }
        String detail = what + HEADS + (heads.length() == 0 ? "none" : heads);
        AuditChain.Head entry = new AuditRepository(workspace).next(now.toString(), audit.user(), ACTION, detail);
        return new Begun(new AuditStamp(entry.id(), entry.hash()), now, detail);
    }

    /**
     * Records the papers in one transaction: the audit entry they carry, then their files (kind, name, SHA-256, size,
     * references).
     */
    public long record(Workspace workspace, int runId, Begun begun, List<ExportRecordRepository.NewFile> files) {
        return new ExportRecordRepository(workspace).record(begun.madeAt().toString(), audit.user(), runId,
                begun.stamp().entry(), begun.stamp().hash(), begun.detail(), files);
    }

    /**
     * The chain heads an entry of the audit log named when papers were made (table name to id and hash), or empty
     * when the entry is not one papers carry.
     */
    static Optional<Map<String, Object[]>> headsOf(String action, String detail) {
        if (!ACTION.equals(action) || detail == null) {
            return Optional.empty();
        }
        int at = detail.lastIndexOf(HEADS);
        if (at < 0) {
            return Optional.empty();
        }
        Map<String, Object[]> out = new TreeMap<>();
        String list = detail.substring(at + HEADS.length()).strip();
        if (list.equals("none")) {
            return Optional.of(out);
        }
        List<String> parts = new ArrayList<>(List.of(list.split(", ")));
        for (String p : parts) {
            int eq = p.indexOf('=');
            int colon = p.indexOf(':', eq + 1);
            if (eq < 0 || colon < 0) {
                return Optional.empty();
            }
            try {
                out.put(p.substring(0, eq), new Object[] {Long.parseLong(p.substring(eq + 1, colon)),
                        p.substring(colon + 1)});
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }
}
