package org.reliefdesk.cli;

import org.reliefdesk.app.Progress;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate-test-data}: fabricated DOJ-format data (no real person) for demos, training and benchmarks. */
@Command(name = "generate-test-data", sortOptions = false,
        description = "Write a fabricated DOJ research file (no real person) for demos, training and benchmarks; "
                + "with --later-pull-of, a later DOJ pull made from such a file.")
final class GenerateTestDataCommand implements Callable<Integer> {
    private final Services services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--county", paramLabel = "NAME", description = "County most rows belong to (required, except "
            + "for a later pull with --workspace, which takes the workspace's).")
    String county;

    @Option(names = "--target-size", paramLabel = "N", description = "Number of rows to write (required unless "
            + "--later-pull-of; with it, people new to the pull fill it up to N rows).")
    Long rows;

    @Option(names = "--later-pull-of", paramLabel = "FILE", description = "Make a later DOJ pull from this fabricated "
            + "file: some granted counts changed as DOJ records relief, some removed, some people gone, the rest "
            + "untouched, a few new convictions.")
    Path laterPullOf;

    @Option(names = "--workspace", paramLabel = "FILE", description = "With --later-pull-of: the granted counts are "
            + "this workspace's (else every Prop 64 conviction of the county counts as granted).")
    Path workspace;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (same seed, same file).")
    long seed;

    @Option(names = "--outputs", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Option(names = "--court-output", paramLabel = "FILE",
            description = "Also write a matching fabricated court case-system export (CSV) here, and its column "
                    + "mapping beside it (FILE.mapping.json, or --court-mapping-output).")
    Path courtOut;

    @Option(names = "--court-mapping-output", paramLabel = "FILE", description = "Where to write the court mapping.")
    Path courtMappingOut;

    @Option(names = "--court-rows", paramLabel = "N", defaultValue = "0",
            description = "Rows of the court export (default: about one and a half times the county's DOJ court "
                    + "counts, the rest people absent from the DOJ file).")
    long courtRows;

    GenerateTestDataCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        if (laterPullOf != null) {
            return laterPull();
        }
        if (rows == null || county == null) {
            spec.commandLine().getErr().println("Error: --county and --target-size are required (or --later-pull-of "
                    + "FILE for a later pull).");
            return ReliefDeskCli.USAGE;
        }
        if (rows < 1) {
            spec.commandLine().getErr().println("Error: --target-size must be at least 1.");
            return ReliefDeskCli.USAGE;
        }
        if (county.isBlank()) {
            spec.commandLine().getErr().println("Error: --county must name a county.");
            return ReliefDeskCli.USAGE;
        }
        if (courtRows < 0 || courtOut == null && (courtRows > 0 || courtMappingOut != null)) {
            spec.commandLine().getErr().println("Error: --court-rows and --court-mapping-output go with "
                    + "--court-output, and --court-rows cannot be negative.");
            return ReliefDeskCli.USAGE;
        }
        TestDataService.CourtOutput court = courtOut == null ? null : new TestDataService.CourtOutput(courtOut,
                courtMappingOut != null ? courtMappingOut : courtOut.resolveSibling(courtOut.getFileName()
                        + ".mapping.json"), courtRows);
        TestDataService.Generated g = services.testData().generate(out, county.strip(), rows, seed, court,
                Progress.NONE);
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d fabricated rows (%,d people, %,d bytes) to %s%n",
                g.rows(), g.people(), g.bytes(), g.file());
        if (g.court() != null) {
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote a matching court export of %,d rows (%,d people) "
                    + "to %s, its mapping to %s%n", g.court().rows(), g.court().people(), g.court().file(),
                    g.court().mapping());
        }
        return ReliefDeskCli.OK;
    }

    private int laterPull() throws IOException {
        var unusable = org.reliefdesk.doj.DojFiles.unusable(laterPullOf);
        if (unusable.isPresent()) {
            spec.commandLine().getErr().println("Error: " + unusable.get());
            return ReliefDeskCli.NO_INPUT;
        }
        java.util.Map<String, org.reliefdesk.rules.Outcome> granted = null;
        String place = county == null ? null : county.strip();
        if (workspace != null) {
            try (org.reliefdesk.app.WorkspaceSession s = services.workspaces().open(workspace)) {
                granted = s.followThrough().grantedCounts();
                if (place == null) {
                    place = s.latestRun().map(org.reliefdesk.app.RunInfo::county).orElse(null);
                }
            } catch (org.reliefdesk.app.WorkspaceException e) {
                spec.commandLine().getErr().println("Error: " + e.getMessage());
                return ReliefDeskCli.FAILED;
            }
        }
        if (place == null || place.isBlank()) {
            spec.commandLine().getErr().println("Error: --county must name the county of the file.");
            return ReliefDeskCli.USAGE;
        }
        var g = services.laterPulls().generate(laterPullOf, out, place, granted, seed, rows == null ? 0 : rows);
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote a later pull of %,d rows to %s: of the granted counts, "
                + "%,d changed as DOJ records relief, %,d removed, %,d with their person gone, %,d untouched; %,d new "
                + "Prop 64 convictions%n", g.rows(), g.file(), g.changed(), g.removed(), g.peopleGone(),
                g.untouched(), g.added());
        return ReliefDeskCli.OK;
    }
}
