package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Later DOJ pulls (follow-through.md, "A later DOJ pull"): each pull with its file's identity and date, what it showed
 * for each granted conviction (PULL events) and the Prop 64 convictions new in it; one transaction each, append-only
 * and chained.
 */
public final class PullRepository {
    private final Workspace workspace;

    public PullRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A recorded pull. */
    public record Pull(long id, String pulledOn, String fileName, String sha256, long size, String fingerprint,
                       String county, long rowsRead, long rowsRejected, String reliefTexts, String user,
                       String createdAt) {
    }

    /** A Prop 64 conviction of the county in a pull that the workspace did not have. */
    public record NewConviction(long line, String subjectId, String countOrder, String section, String level,
                                String convictionDate, String caseNumber) {
    }

    /** Records a pull, its events and its new convictions, with {@code alsoInTransaction} (the audit entry). */
    public long record(Pull pull, List<ConvictionEventRepository.NewEvent> events, List<NewConviction> found,
                       Runnable alsoInTransaction) {
        return workspace.inTransaction(c -> {
            long id = AuditChain.append(c, AuditChain.Table.DOJ_PULL, pull.pulledOn(), pull.fileName(), pull.sha256(),
                    pull.size(), pull.fingerprint(), pull.county(), pull.rowsRead(), pull.rowsRejected(),
                    pull.reliefTexts(), pull.user(), pull.createdAt());
            ConvictionEventRepository.append(c, ConvictionEventRepository.PULL, id, events);
            try (ChainAppender out = new ChainAppender(c, AuditChain.Table.PULL_NEW)) {
                for (NewConviction n : found) {
                    out.add(id, n.line(), n.subjectId(), n.countOrder(), n.section(), n.level(), n.convictionDate(),
                            n.caseNumber());
                }
            }
            alsoInTransaction.run();
            return id;
        });
    }

    /** Every pull, oldest first. */
    public List<Pull> pulls() {
        return workspace.read(c -> {
            List<Pull> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, pulled_on, file_name, sha256, size_bytes, "
                    + "fingerprint, county, rows_read, rows_rejected, relief_texts, user_name, created_at FROM doj_pull "
                    + "ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Pull(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getString(10),
                            rs.getString(11), rs.getString(12)));
                }
            }
            return out;
        });
    }

    /** The convictions new in one pull, in file order. */
    public List<NewConviction> newConvictions(long pullId) {
        return workspace.read(c -> {
            List<NewConviction> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT line, subject_id, count_order, section, level, "
                    + "conviction_date, case_number FROM pull_new_conviction WHERE pull_id = ? ORDER BY id")) {
                ps.setLong(1, pullId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NewConviction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }
}
