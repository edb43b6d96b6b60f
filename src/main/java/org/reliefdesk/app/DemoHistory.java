package org.reliefdesk.app;

import org.reliefdesk.app.followthrough.FollowThrough;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo workspace's past, so it shows the whole follow-through cycle (fabricated data): the DOJ and court files
 * imported and evaluated 150 days ago, the motion made 140 days ago and filed, the court's bulk order 70 days ago (a
 * few convictions denied or continued), and a later DOJ pull two weeks ago. Each step runs with the clock of its
 * day, as it would have.
 */
final class DemoHistory {
    /** The DEMO office details of docs/demo/DEMO-office.json. */
    static final OfficeDetails OFFICE = new OfficeDetails("San Joaquin", "DEMO Superior Court of California, County "
            + "of San Joaquin (fabricated)", "180 East Weber Avenue, Stockton, CA 95202 (DEMO)", "DEMO Alex Example",
            "DEMO Jordan Sample", "000000", "222 East Weber Avenue, Room 202\nStockton, CA 95202 (DEMO)",
            "(000) 000-0000", "demo@example.invalid");

    private final Clock clock;
    private final String user;
    private final org.reliefdesk.store.BackupLimits limits;
    private final DiskSpace disk = DiskSpace.ofFileSystem();

    DemoHistory(Clock clock, String user, org.reliefdesk.store.BackupLimits limits) {
        this.clock = clock;
        this.user = user;
        this.limits = limits;
    }

    private Clock daysAgo(int days) {
        return Clock.offset(clock, Duration.ofDays(-days));
    }

    private LocalDate dayAgo(int days) {
        return LocalDate.now(daysAgo(days));
    }

    private AuditService audit(int days) {
        return new AuditService(daysAgo(days), user);
    }

    private FollowThroughSession followThrough(Workspace w, int days) {
        return new FollowThrough(daysAgo(days), clock.getZone(), audit(days)).session(w);
    }

    /** Imports the DOJ file and the court's export and evaluates them, 150 days ago. */
    void importAndEvaluate(Workspace w, Path input, Path court, org.reliefdesk.court.CourtMapping mapping,
                           String county, Progress progress, Cancellation cancel) throws IOException {
        new ImportService(daysAgo(150), audit(150), disk).importFiles(w, List.of(input), progress, cancel);
        new CourtImportService(daysAgo(150), audit(150), disk).importFile(w, court, mapping, progress, cancel);
        new EvaluationService(daysAgo(150), audit(150), disk).evaluate(w, new RunSettings(EvaluationMode.DEFAULT,
                Preset.BEAR_DEFAULT.policy(), county, RunSettings.DEFAULT_COMPUTE_AT), progress, cancel);
    }

    /** Files the motion, records the court's order and a later DOJ pull, each on its day. */
    void followThrough(Workspace w, Path folder, Path input, String county, Cancellation cancel) throws IOException {
        Path motion = folder.resolve("DEMO-motion.pdf");
        try {
            // the DEMO office details serve the motion only: the demo keeps none, so the user enters them to export
            new CourtExportService(daysAgo(140), audit(140), 1, disk, limits).exportUnsaved(w, new CourtExportService.Request(null,
                    null, motion, null, null, null, OFFICE), Progress.NONE, cancel);
            long filing = followThrough(w, 135).recordFiling(List.of(motion), dayAgo(138), "DEMO-24CR-0001").id();
            List<Integer> filed = new ArrayList<>(followThrough(w, 135).statuses().keySet());
            filed.sort(null);
            Map<Integer, OrderResult> excepted = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(3, filed.size() - 1); i++) {
                excepted.put(filed.get(i), i < 2 ? OrderResult.DENIED : OrderResult.CONTINUED);
            }
            followThrough(w, 60).recordBulkOrder(filing, dayAgo(70), excepted);
            FollowThroughSession later = followThrough(w, 10);
            Path pull = folder.resolve("DEMO-later-doj-pull.csv");
            new LaterPullGenerator().generate(input, pull, county, later.grantedCounts(), 65);
            later.importPull(pull, dayAgo(14), Progress.NONE, cancel);
            Files.deleteIfExists(pull);
        } catch (CourtExportService.ExportException | FollowThroughException e) {
            throw new IllegalStateException("the demo's follow-through could not be made: " + e.getMessage(), e);
        }
    }
}
