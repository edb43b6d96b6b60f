package org.reliefdesk.cli;

import org.reliefdesk.app.Progress;
import org.reliefdesk.app.RunService;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code demo}: runs the whole pipeline on built-in fabricated data (clearly marked DEMO) into a folder. */
@Command(name = "demo", sortOptions = false,
        description = "Run the pipeline on built-in fabricated DEMO data (no real person).")
final class DemoCommand implements Callable<Integer> {
    static final String COUNTY = "SAN JOAQUIN";
    static final String FILE = "DEMO-fabricated-doj.csv";
    private final Services services;
    private final boolean terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "reliefdesk-demo",
            description = "Folder for the demo file, workspace and results. Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "5000", description = "Rows of demo data.")
    long rows;

    DemoCommand(Services services, boolean terminal) {
        this.services = services;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        Path input = dir.resolve(FILE);
        Path workspace = dir.resolve("DEMO.reliefdesk");
        Files.deleteIfExists(workspace);
        Files.deleteIfExists(dir.resolve("DEMO.reliefdesk-journal"));
        out.println("DEMO: fabricated data, no real person. County " + COUNTY + ", preset "
                + Preset.BEAR_DEFAULT.label() + ", as of " + RunSettings.DEFAULT_COMPUTE_AT + ".");
        Path court = dir.resolve("DEMO-fabricated-court.csv");
        Path mapping = dir.resolve("DEMO-court-mapping.json");
        services.testData().generate(input, COUNTY, rows, 64, new TestDataService.CourtOutput(court, mapping, 0),
                Progress.NONE);
        RunSettings settings = new RunSettings(EvaluationMode.DEFAULT, Preset.BEAR_DEFAULT.policy(), COUNTY,
                RunSettings.DEFAULT_COMPUTE_AT);
        List<RunService.CourtInput> courtInputs;
        try {
            courtInputs = RunCommand.courtInputs(List.of(court), List.of(mapping));
        } catch (RunCommand.UsageError e) {
            throw new IllegalStateException("the demo's court mapping does not read", e);
        }
        return RunCommand.execute(services, new RunService.Request(List.of(input), courtInputs, settings,
                dir.resolve("results"), workspace), out, spec.commandLine().getErr(), terminal, false);
    }
}
