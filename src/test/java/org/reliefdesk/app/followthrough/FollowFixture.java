package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A workspace of fabricated data made through the real use cases on a clock the test moves: imported and evaluated
 * on {@code start}, with the office details saved, ready for papers, filings, orders and pulls.
 */
final class FollowFixture implements AutoCloseable {
    static final String COUNTY = "SACRAMENTO";
    static final OfficeDetails OFFICE = new OfficeDetails("Sacramento", "Superior Court of California, County of "
            + "Sacramento", "720 9th Street, Sacramento", "Alex Example", "Jordan Sample", "123456",
            "901 G Street, Sacramento", "(916) 555-0100", "da@example.invalid");
    final MutableClock clock;
    final Services services;
    final Path dir;
    final Path input;
    final WorkspaceSession session;
    final int runId;

    private FollowFixture(Path dir, long rows, long seed, LocalDate start) throws IOException {
        this.dir = dir;
        this.clock = new MutableClock(start);
        this.services = new Services(clock, "tester");
        this.input = services.testData().generate(dir.resolve("doj.csv"), COUNTY, rows, seed, Progress.NONE).file();
        this.session = services.workspaces().create(dir.resolve("county.reliefdesk"));
        session.setCounty(COUNTY);
        session.importFiles(List.of(input), Progress.NONE, new Cancellation());
        runId = session.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation()).run().id();
        session.saveOffice(OFFICE);
    }

    static FollowFixture create(Path dir, long rows, long seed, LocalDate start) throws IOException {
        return new FollowFixture(dir, rows, seed, start);
    }

    /** Writes court papers of the run into {@code folder}: motion, orders, notice and workbook, as named. */
    CourtExportService.Result papers(Path folder, boolean motion, boolean orders, boolean notice, boolean workbook)
            throws Exception {
        return session.exportCourtPapers(new CourtExportService.Request(runId,
                workbook ? folder.resolve("court.xlsx") : null, motion ? folder.resolve("motion.pdf") : null,
                orders ? folder.resolve("orders.pdf") : null, null, notice ? folder.resolve("notice.pdf") : null,
                null), Progress.NONE, new Cancellation());
    }

    @Override
    public void close() {
        session.close();
    }
}
