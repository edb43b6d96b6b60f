package org.reliefdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;

/**
 * Every conviction of every imported file (any county, any section) as the conviction table lists it: what a
 * person's record holds, for counting people left with no felony or no conviction once relief is confirmed.
 */
public final class ListedConvictionRepository {
    private final Workspace workspace;

    public ListedConvictionRepository(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One listed conviction: subject, count, date ({@code yyyy-MM-dd}, empty when unknown) and level name. */
    public record Listed(String subjectId, String countOrder, String date, String level) {
    }

    /** Streams every listed conviction, one person's together (ordered by subject). */
    public void forEachBySubject(Consumer<Listed> each) {
        workspace.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, count_order, conviction_date, level "
                    + "FROM conviction ORDER BY subject_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return null;
        });
    }
}
