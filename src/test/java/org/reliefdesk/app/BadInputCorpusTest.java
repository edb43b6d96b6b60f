package org.reliefdesk.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.doj.BadInputCorpus;
import org.reliefdesk.doj.RowProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus ({@link BadInputCorpus}) through the real import: each refused file gets its clear message,
 * the good rows go in, and every row set aside is listed with its file, line and reason; a refused or changed file
 * leaves nothing behind. Prints how many cases were tried and passed.
 */
final class BadInputCorpusTest {
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();
    @TempDir
    static Path root;

    static List<BadInputCorpus.Case> cases() {
        return BadInputCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGetsItsMessageAndTheGoodRowsGoIn(BadInputCorpus.Case c) throws IOException {
        TRIED.incrementAndGet();
        Path dir = root.resolve("case-" + TRIED.get());
        List<Path> files = c.files().make(dir);
        if (c.needsNonRoot()) {
            Assumptions.assumeFalse(Files.isReadable(files.get(0)),
                    "running as root, which reads a file whatever its permissions");
        }
        AtomicBoolean appended = new AtomicBoolean();
        Progress progress = !c.appendWhileReading() ? Progress.NONE : new Progress() {
            @Override
            public void begin(String stage, long total) {
            }

            @Override
            public void advance(long done) {
                if (done > 0 && appended.compareAndSet(false, true)) {
                    BadInputCorpus.append(files.get(0));
                }
            }

            @Override
            public void warn(String message) {
            }
        };
        Services services = new Services(Clock.systemUTC(), "tester");
        try (WorkspaceSession s = services.workspaces().create(dir.resolve("w.reliefdesk"))) {
            List<ImportService.FileOutcome> outcomes = s.importFiles(files, progress, new Cancellation());
            assertThat(outcomes).hasSameSizeAs(c.expect());
            for (int i = 0; i < outcomes.size(); i++) {
                check(s, files.get(i), outcomes.get(i), c.expect().get(i));
            }
            if (c.appendWhileReading()) {
                assertThat(appended).as("the file was changed while it was read").isTrue();
                // nothing of the changed reading stayed: the complete file now goes in whole, not as a duplicate
                List<ImportService.FileOutcome> again = s.importFiles(List.of(files.get(0)), Progress.NONE,
                        new Cancellation());
                assertThat(again.get(0)).isInstanceOfSatisfying(ImportService.Imported.class, imported ->
                        assertThat(imported.batch().rowsAccepted()).isEqualTo(20_001));
            }
        }
        if (c.expect().stream().allMatch(e -> e instanceof BadInputCorpus.Imported i && i.accepted() == 0)) {
            // nothing usable: the command line says so in words, naming the file and its first bad line
            java.io.StringWriter err = new java.io.StringWriter();
            int code = org.reliefdesk.cli.ReliefDeskCli.run(services, new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(err, true), false, "run", "--input-doj", files.get(0).toString(),
                    "--county", "SACRAMENTO", "--compute-at", "2020-07-01", "--preset", "dismiss-all", "--outputs",
                    dir.resolve("out").toString(),
                    "--workspace", dir.resolve("cli.reliefdesk").toString());
            assertThat(code).isNotZero();
            assertThat(err.toString()).contains("No row of " + files.get(0).getFileName() + " could be read")
                    .doesNotContain("Exception");
        }
        PASSED.incrementAndGet();
    }

    private static void check(WorkspaceSession s, Path file, ImportService.FileOutcome outcome,
                              BadInputCorpus.Expect expect) {
        assertThat(outcome.path()).isEqualTo(file);
        if (expect instanceof BadInputCorpus.Refused r) {
            assertThat(outcome).isInstanceOfSatisfying(ImportService.Unusable.class, u -> {
                assertThat(u.message()).contains(r.message()).contains(file.getFileName().toString());
                assertThat(u.message()).doesNotContain("Exception").endsWith(".");
            });
        } else if (expect instanceof BadInputCorpus.Duplicate) {
            assertThat(outcome).isInstanceOf(ImportService.Duplicate.class);
        } else if (expect instanceof BadInputCorpus.Imported e) {
            assertThat(outcome).isInstanceOfSatisfying(ImportService.Imported.class, imported -> {
                assertThat(imported.batch().rowsAccepted()).as("rows accepted").isEqualTo(e.accepted());
                assertThat(imported.batch().rowsRejected()).as("rows set aside").isEqualTo(e.setAside().size());
                List<RowProblem> rows = s.rejectedRows(imported.batch());
                assertThat(rows).hasSameSizeAs(e.setAside());
                for (int k = 0; k < rows.size(); k++) {
                    RowProblem p = rows.get(k);
                    assertThat(p.file()).isEqualTo(file.getFileName().toString());
                    assertThat(p.line()).isEqualTo(e.setAside().get(k).line());
                    assertThat(p.reason()).startsWith(e.setAside().get(k).reason());
                }
            });
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("bad-input cases tried %d, passed %d%n", TRIED.get(), PASSED.get());
    }
}
