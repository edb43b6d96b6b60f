package org.reliefdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case numbers court records link and pair on: listed at DOJ import, and for a file imported before schema 4
 * computed from its stored rows, to the same result.
 */
class DojIdentityRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void caseNumbersOfAnOlderFileAreComputedFromItsStoredRowsAlike() throws Exception {
        Path doj = dir.resolve("doj.csv");
        new TestDataService().generate(doj, "YOLO", 3000, 4, Progress.NONE);
        Services services = new Services(Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC), "t");
        try (Workspace w = Workspace.create(dir.resolve("w.reliefdesk"))) {
            services.imports().importFiles(w, List.of(doj), Progress.NONE, new Cancellation());
            DojIdentityRepository ids = new DojIdentityRepository(w);
            assertThat(ids.missing()).isFalse();
            List<DojIdentityRepository.CaseKey> atImport = new ArrayList<>();
            ids.forEachCaseKey(atImport::add);
            assertThat(atImport).isNotEmpty().allSatisfy(k -> assertThat(k.caseKey()).isNotBlank());

            // as a workspace of schema 3 upgraded to 4 looks: nothing listed, the file marked as not listed
            StoreFixtures.execute(w, "DELETE FROM part_case");
            StoreFixtures.execute(w, "UPDATE import_batch SET case_keys_listed = 0");
            assertThat(ids.missing()).isTrue();
            List<DojIdentityRepository.CaseKey> computed = new ArrayList<>();
            ids.forEachCaseKey(computed::add);
            assertThat(ids.missing()).isFalse();
            assertThat(computed).containsExactlyInAnyOrderElementsOf(atImport);
        }
    }
}
