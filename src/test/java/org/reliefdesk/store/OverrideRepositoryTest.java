package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OverrideRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void latestOverrideWinsAndHistoryKeepsEveryEntry() {
        Path file = dir.resolve("w.rdw");
        OverrideRepository.ConvictionKey key = new OverrideRepository.ConvictionKey("S1", "1.1.1");
        try (Workspace w = Workspace.create(file)) {
            OverrideRepository repo = new OverrideRepository(w);
            repo.addOverride(key, "NOT_ELIGIBLE", "victim statement", "ana", "2026-01-01T10:00:00Z", 1);
            repo.addOverride(key, "DISMISS", "undo", "ben", "2026-01-02T10:00:00Z", null);
        }
        try (Workspace w = Workspace.open(file)) {
            OverrideRepository repo = new OverrideRepository(w);
            assertThat(repo.latestOverrides()).hasSize(1);
            OverrideRepository.Override latest = repo.latestOverrides().get(key);
            assertThat(latest.outcome()).isEqualTo("DISMISS");
            assertThat(latest.user()).isEqualTo("ben");
            assertThat(latest.runId()).isNull();
            assertThat(repo.overrides(key)).extracting(OverrideRepository.Override::reason)
                    .containsExactly("victim statement", "undo");
        }
    }

    @Test
    void reviewMarksAreAppendOnly() {
        OverrideRepository.ConvictionKey key = new OverrideRepository.ConvictionKey("S1", "1.1.1");
        try (Workspace w = Workspace.create(dir.resolve("w.rdw"))) {
            OverrideRepository repo = new OverrideRepository(w);
            repo.addReviewMark(key, true, "ana", "2026-01-01T10:00:00Z");
            repo.addReviewMark(key, false, "ana", "2026-01-01T10:01:00Z");
            assertThat(repo.latestReviewMarks().get(key).reviewed()).isFalse();
            assertThatThrownBy(() -> StoreFixtures.execute(w, "UPDATE review_mark SET reviewed = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> StoreFixtures.execute(w, "DELETE FROM review_mark"))
                    .hasMessageContaining("append-only");
            assertThat(w.count("review_mark")).isEqualTo(2);
        }
    }

    @Test
    void workspaceSettingsAreKeptAndTheFormatMarkerIsProtected() {
        Path file = dir.resolve("w.rdw");
        try (Workspace w = Workspace.create(file)) {
            w.setInfo("office", "{\"county\":\"Alameda\"}");
            w.setInfo("office", "{\"county\":\"Kern\"}");
            assertThatThrownBy(() -> w.setInfo("format", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.info("office")).isEqualTo("{\"county\":\"Kern\"}");
        }
    }
}
