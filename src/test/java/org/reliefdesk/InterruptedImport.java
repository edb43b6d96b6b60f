package org.reliefdesk;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A workspace whose last change was interrupted for real: one file imported and evaluated, then a second import
 * run by a child JVM killed ({@code kill -9}) once SQLite's journal is beside the file and the file has grown, so a
 * hot journal is left. The two files are kept aside; {@link #copyTo} puts a fresh pair wherever a test wants it.
 */
public final class InterruptedImport {
    /** The workspace's file name (its journal is this plus "-journal"). */
    public static final String NAME = "w.reliefdesk";
    public static final String COUNTY = "SACRAMENTO";
    private static final long FIRST_ROWS = 1_500;
    private static final long SECOND_ROWS = 60_000;
    private final Path saved;
    /** The office details saved in the workspace (court papers can be exported from it). */
    public final OfficeDetails office;

    private InterruptedImport(Path saved, OfficeDetails office) {
        this.saved = saved;
        this.office = office;
    }

    private static InterruptedImport shared;

    /**
     * The one interrupted workspace of this test JVM, made at the first call (about 5 s: data, one import and run, a
     * child JVM killed) in a folder removed when the JVM ends.
     */
    public static synchronized InterruptedImport shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("interrupted-import");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            shared = make(dir);
        }
        return shared;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder: the system cleans it eventually
        }
    }

    /** Makes the interrupted workspace in {@code dir}. */
    public static InterruptedImport make(Path dir) throws Exception {
        Services services = new Services(Clock.systemUTC(), "tester");
        TestDataService data = new TestDataService();
        Path first = data.generate(dir.resolve("first.csv"), COUNTY, FIRST_ROWS, 3, Progress.NONE).file();
        Path second = data.generate(dir.resolve("second.csv"), COUNTY, SECOND_ROWS, 4, Progress.NONE).file();
        OfficeDetails office = OfficeDetails.parse(Files.readString(Path.of("docs/demo/DEMO-office.json")),
                "DEMO-office.json");
        Path work = Files.createDirectories(dir.resolve("making"));
        Path ws = work.resolve(NAME);
        try (WorkspaceSession s = services.workspaces().create(ws)) {
            s.setCounty(COUNTY);
            s.importFiles(List.of(first), Progress.NONE, new Cancellation());
            s.evaluate(new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                    RunSettings.DEFAULT_COMPUTE_AT), Progress.NONE, new Cancellation());
            s.saveOffice(office);
        }
        long before = Files.size(ws);
        Path journal = work.resolve(NAME + "-journal");
        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.reliefdesk.Launcher", "run", "--input-doj", second.toString(), "--county", COUNTY,
                "--compute-at", "2020-07-01", "--preset", "bear-default", "--outputs", work.resolve("out").toString(),
                "--workspace", ws.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        // observable progress, no clock: the import's journal is there and the file has grown by 4 MB
        while (p.isAlive() && !(Files.exists(journal) && Files.size(ws) > before + (4 << 20))) {
            Thread.sleep(5);
        }
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        if (!Files.exists(journal) || Files.size(journal) == 0) {
            throw new IllegalStateException("the child finished before it could be killed mid-import: "
                    + Files.readString(dir.resolve("child.log")));
        }
        Path saved = Files.createDirectories(dir.resolve("interrupted"));
        Files.copy(ws, saved.resolve(NAME));
        Files.copy(journal, saved.resolve(NAME + "-journal"));
        return new InterruptedImport(saved, office);
    }

    /** Copies the interrupted pair (workspace and journal) into {@code folder}; returns the workspace's path. */
    public Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(saved.resolve(NAME), folder.resolve(NAME));
        Files.copy(saved.resolve(NAME + "-journal"), folder.resolve(NAME + "-journal"));
        return folder.resolve(NAME);
    }

    /** What a workspace holds: imports, runs and accepted rows, SQLite's full check, whether its audit chain holds. */
    public record State(long imports, long runs, long acceptedRows, String integrity, boolean auditIntact) {
    }

    /** The workspace as it was before the interrupted import: its first file and run, whole. */
    public static final State BEFORE = new State(1, 1, FIRST_ROWS, "ok", true);

    /** What the workspace at {@code ws} holds now (read-only). */
    public static State stateOf(Path ws) {
        Services services = new Services(Clock.systemUTC(), "tester");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            return new State(w.count("import_batch"), w.count("evaluation_run"), services.imports().acceptedRows(w),
                    w.integrityCheck(), services.audit().verify(w).intact());
        }
    }

    /** The journal beside a workspace. */
    public static Path journalOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + "-journal");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
