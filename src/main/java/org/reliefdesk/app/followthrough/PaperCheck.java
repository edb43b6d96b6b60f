package org.reliefdesk.app.followthrough;

import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.export.excel.CourtWorkbookWriter;
import org.reliefdesk.export.pdf.PaperStamps;
import org.reliefdesk.store.AuditChain;
import org.reliefdesk.store.AuditRepository;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks papers against a workspace (follow-through.md, "Papers carry the audit trail's head"): whether the audit
 * log entry they carry still has its hash, recomputed from the first entry, and whether every other chain still
 * holds up to the head that entry named. Entries added later do not count as a change: the record the papers came
 * from is all that is checked.
 */
public final class PaperCheck {
    /** How papers stand against the workspace. */
    public record Result(Path file, AuditStamp stamp, String foundIn, boolean recordedFile, boolean unchanged,
                         List<String> problems) {
        /** One paragraph for a person. */
        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(file.getFileName()).append(" carries ").append(stamp.text()).append(" (").append(foundIn)
                    .append("). ");
            if (unchanged) {
                b.append("The record those papers came from is unchanged in this workspace.");
            } else {
                b.append("The record changed after these papers were made: ").append(String.join("; ", problems))
                        .append('.');
            }
            if (!recordedFile) {
                b.append(" Note: this file is not byte for byte any papers this workspace recorded (it was edited "
                        + "after it was made, or it comes from another workspace).");
            }
            return b.toString();
        }
    }

    /** Checks one file of papers (PDF or workbook) against an open workspace; reads only. */
    public Result check(Workspace workspace, Path paper) throws FollowThroughException {
        if (!Files.isRegularFile(paper)) {
            throw FollowThroughException.none("There is no file at " + paper + ".");
        }
        String sha;
        try {
            sha = FileHashes.sha256(paper);
        } catch (IOException e) {
            throw FollowThroughException.none("The file " + paper + " cannot be read: " + e.getMessage() + ".");
        }
        List<ExportRecordRepository.RecordedFile> recorded = new ExportRecordRepository(workspace).findBySha(sha);
        AuditStamp stamp;
        String foundIn;
        if (!recorded.isEmpty()) {
            var f = recorded.get(0);
            stamp = new AuditStamp(f.auditEntry(), f.auditHash());
            foundIn = "recorded when the papers were made on " + f.madeAt().substring(0, 10);
        } else {
            Optional<AuditStamp> carried = carried(paper);
            if (carried.isEmpty()) {
                throw FollowThroughException.bad(paper.getFileName() + " carries no ReliefDesk audit reference: it "
                        + "is not papers made by ReliefDesk, or the reference was taken out of it.");
            }
            stamp = carried.get();
            foundIn = "read from the file's properties";
        }
        List<String> problems = new ArrayList<>();
        AuditChain.checkUpTo(workspace, AuditChain.Table.AUDIT_LOG, stamp.entry(), stamp.hash())
                .ifPresent(problems::add);
        if (problems.isEmpty()) {
            var entry = new AuditRepository(workspace).entry(stamp.entry()).orElseThrow();
            Optional<Map<String, Object[]>> heads = PaperRecords.headsOf(entry.action(), entry.detail());
            if (heads.isEmpty()) {
                problems.add("audit log entry " + stamp.entry() + " is not an entry papers carry");
            } else {
                for (Map.Entry<String, Object[]> h : heads.get().entrySet()) {
                    Optional<AuditChain.Table> t = AuditChain.Table.bySqlName(h.getKey());
                    if (t.isEmpty()) {
                        problems.add("the papers name a list this version does not know (" + h.getKey() + ")");
                        continue;
                    }
                    AuditChain.checkUpTo(workspace, t.get(), (Long) h.getValue()[0], (String) h.getValue()[1])
                            .ifPresent(problems::add);
                }
            }
        }
        return new Result(paper, stamp, foundIn, !recorded.isEmpty(), problems.isEmpty(), List.copyOf(problems));
    }

    /** The reference a PDF or workbook carries in its properties, by what the file starts with. */
    private static Optional<AuditStamp> carried(Path paper) throws FollowThroughException {
        byte[] head;
        try (InputStream in = Files.newInputStream(paper)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw FollowThroughException.none("The file " + paper + " cannot be read: " + e.getMessage() + ".");
        }
        try {
            if (head.length == 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                return PaperStamps.read(paper);
            }
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K') {
                return CourtWorkbookWriter.readStamp(paper);
            }
        } catch (IOException e) {
            throw FollowThroughException.bad(paper.getFileName() + " cannot be read as papers (" + e.getMessage()
                    + "); give the PDF or workbook ReliefDesk wrote.");
        }
        return Optional.empty();
    }
}
