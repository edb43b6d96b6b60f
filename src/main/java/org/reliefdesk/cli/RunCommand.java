package org.reliefdesk.cli;

import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.RunService;
import org.reliefdesk.app.Services;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Policy;
import org.reliefdesk.rules.PolicyException;
import org.reliefdesk.rules.PolicyJson;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.app.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code run}: import DOJ files, evaluate them, write the gogen bundle and ReliefDesk's own outputs. */
@Command(name = "run", sortOptions = false,
        description = "Import CA DOJ files, decide every Prop 64 conviction of the county and write the results.")
final class RunCommand implements Callable<Integer> {
    private final Services services;
    private final boolean terminal;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input-doj", required = true, split = ",", paramLabel = "F[,F...]",
            description = "DOJ research file(s), comma-separated.")
    List<Path> inputs;

    @Option(names = "--input-court", paramLabel = "FILE",
            description = "A court case-system export (CSV or .xlsx) to link to the DOJ histories; repeatable, each "
                    + "with its --court-mapping.")
    List<Path> courtInputs = new java.util.ArrayList<>();

    @Option(names = "--court-mapping", paramLabel = "MAPPING.json",
            description = "The column mapping of the --input-court at the same position (court-records.md).")
    List<Path> courtMappings = new java.util.ArrayList<>();

    @Option(names = "--county", required = true, paramLabel = "NAME", description = "County to evaluate, e.g. \"SAN JOAQUIN\".")
    String county;

    @Option(names = "--compute-at", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Date the evaluation is \"as of\" (AB 1793 deadline: 2020-07-01).")
    LocalDate computeAt;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    PolicyChoice policy;

    /** Either an options file or a preset. */
    static final class PolicyChoice {
        @Option(names = "--eligibility-options", paramLabel = "FILE",
                description = "BEAR/gogen eligibility-options JSON.")
        Path optionsFile;

        @Option(names = "--preset", paramLabel = "NAME",
                description = "statute-minimum, dismiss-all, bear-default or related-charges.")
        String preset;
    }

    @Option(names = "--outputs", required = true, paramLabel = "DIR", description = "Folder for the results.")
    Path outputs;

    @Option(names = "--mode", paramLabel = "default|gogen", defaultValue = "default",
            description = "Rules: default, or gogen (reproduce gogen 0.2.13). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file (default: DIR/workspace.reliefdesk).")
    Path workspace;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    RunCommand(Services services, boolean terminal) {
        this.services = services;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunSettings settings;
        List<RunService.CourtInput> court;
        try {
            settings = settings();
            court = courtInputs(courtInputs, courtMappings);
        } catch (UsageError e) {
            err.println("Error: " + e.getMessage());
            return ReliefDeskCli.USAGE;
        }
        Path ws = workspace != null ? workspace : outputs.resolve("workspace.reliefdesk");
        return execute(services, new RunService.Request(inputs, court, settings, outputs, ws), out, err, terminal,
                quiet);
    }

    /** Runs the pipeline and prints the report; shared with the demo. */
    static int execute(Services services, RunService.Request request, PrintWriter out, PrintWriter err,
                       boolean terminal, boolean quiet) {
        ConsoleProgress progress = new ConsoleProgress(err, terminal, quiet);
        try {
            ReliefDeskCli.notes(err, services.workspaces().recover(request.workspace()));
            RunService.Result result = services.runs().run(request, progress, new Cancellation());
            progress.endLine();
            for (String w : result.warnings()) {
                err.println("Warning: " + w);
            }
            Report.print(out, result);
            return ReliefDeskCli.OK;
        } catch (RunService.NoUsableInputException e) {
            progress.endLine();
            err.println("Error: " + e.getMessage());
            return ReliefDeskCli.NO_INPUT;
        } catch (WorkspaceException | IOException e) {
            progress.endLine();
            err.println("Error: " + e.getMessage());
            return ReliefDeskCli.FAILED;
        }
    }

    private RunSettings settings() throws UsageError {
        EvaluationMode m = EvaluationMode.find(mode).orElseThrow(() -> new UsageError(
                "--mode must be \"default\" or \"gogen\", not \"" + mode + "\"."));
        if (county.isBlank()) {
            throw new UsageError("--county must name a county, e.g. \"SAN JOAQUIN\".");
        }
        Policy p;
        if (policy.preset != null) {
            p = Preset.find(policy.preset).orElseThrow(() -> new UsageError("--preset \"" + policy.preset
                    + "\" is not a preset; use one of: " + Preset.ids() + ".")).policy();
        } else {
            p = readOptions(policy.optionsFile);
        }
        return new RunSettings(m, p, county.strip(), computeAt);
    }

    /** Pairs each court export with its mapping (read and checked before anything is imported). */
    static List<RunService.CourtInput> courtInputs(List<Path> files, List<Path> mappings) throws UsageError {
        if (files.size() != mappings.size()) {
            throw new UsageError("Give one --court-mapping for each --input-court, in the same order ("
                    + files.size() + " court file(s), " + mappings.size() + " mapping(s)).");
        }
        List<RunService.CourtInput> out = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path mapping = mappings.get(i);
            try {
                String name = mapping.getFileName().toString().replaceFirst("\\.json$", "");
                out.add(new RunService.CourtInput(files.get(i), org.reliefdesk.court.CourtMapping.parse(
                        org.reliefdesk.app.MappingService.readMappingFile(mapping), "the mapping file "
                                + mapping.getFileName(), name)));
            } catch (org.reliefdesk.tabular.TableException e) {
                throw new UsageError(e.getMessage());
            }
        }
        return out;
    }

    static Policy readOptions(Path file) throws UsageError {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageError("The eligibility options file " + file + " cannot be read ("
                    + (Files.exists(file) ? e.getClass().getSimpleName() : "it does not exist") + ").");
        }
        try {
            return PolicyJson.parse(json);
        } catch (PolicyException e) {
            throw new UsageError(file.getFileName() + ": " + e.getMessage());
        }
    }

    /** A problem with what was asked: exit code 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /** Reads YYYY-MM-DD, refusing anything else with a plain message. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("shape", value, 0);
                }
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("\"" + value
                        + "\" is not a date; write it as YYYY-MM-DD, e.g. 2020-07-01");
            }
        }
    }
}
