package org.reliefdesk.cli;

import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.CourtListOutcome;
import org.reliefdesk.app.followthrough.ExceptionList;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.app.followthrough.OrderService;
import org.reliefdesk.app.followthrough.OrdersMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * {@code orders}: the court's bulk order on a filing, granting it all but the references excepted; or the court's own
 * list of orders read through a column mapping.
 */
@Command(name = "orders", sortOptions = false, description = "Record the court's order on a filing (--filing, "
        + "--granted-on): every conviction of it still waiting for an order is granted on the date, except those listed "
        + "(denied or continued). Or record the court's list of orders (--file, --mapping): rows matched by reference, "
        + "else by case number, section and identity; rows that match nothing, several or a conviction never filed "
        + "are listed by file and line and change nothing.")
final class OrdersCommand extends FollowThroughCommand {
    @Option(names = "--filing", paramLabel = "ID", description = "The filing the order is on.")
    Long filing;

    @Option(names = "--granted-on", paramLabel = "YYYY-MM-DD",
            converter = RunCommand.DateConverter.class, description = "The date of the order.")
    LocalDate grantedOn;

    @Option(names = "--except", paramLabel = "FILE", description = "References the court did not grant: a CSV with "
            + "a ref column (and optionally a result column: denied or continued), or one reference per line.")
    Path except;

    @Option(names = "--excepted-as", paramLabel = "denied|continued", defaultValue = "denied",
            description = "What the excepted references without a result column got. Default: ${DEFAULT-VALUE}.")
    String exceptedAs;

    @Option(names = "--file", paramLabel = "FILE", description = "The court's list of orders (CSV or .xlsx).")
    Path file;

    @Option(names = "--mapping", paramLabel = "MAPPING.json", description = "How to read the court's list: columns "
            + "(ref, or courtCaseNumber + section + cii or name + dob; result; orderDate; newOutcome), dateFormat, "
            + "nameFormat and results (the court's values mapped to granted, denied, modified or continued).")
    Path mapping;

    OrdersCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out) throws FollowThroughException {
        if (file != null || mapping != null) {
            return courtList(ft, out);
        }
        if (filing == null || grantedOn == null) {
            spec.commandLine().getErr().println("Error: Give --filing ID and --granted-on DATE for a bulk order, or "
                    + "--file FILE and --mapping MAPPING.json for the court's list.");
            return ReliefDeskCli.USAGE;
        }
        OrderResult otherwise = OrderResult.ofWord(exceptedAs).filter(r -> r == OrderResult.DENIED
                || r == OrderResult.CONTINUED).orElse(null);
        if (otherwise == null) {
            spec.commandLine().getErr().println("Error: --excepted-as must be denied or continued, not \"" + exceptedAs
                    + "\".");
            return ReliefDeskCli.USAGE;
        }
        Map<Integer, OrderResult> excepted = except == null ? Map.of() : ExceptionList.read(except, otherwise);
        OrderService.Ordered o = ft.recordBulkOrder(filing, grantedOn, excepted);
        out.printf(Locale.ROOT, "Order %d on filing %d (%s): %,d granted, %,d denied, %,d continued%n", o.orderId(),
                o.filingId(), o.orderDate(), o.granted(), o.denied(), o.continued());
        return ReliefDeskCli.OK;
    }

    private int courtList(FollowThroughSession ft, PrintWriter out) throws FollowThroughException {
        if (file == null || mapping == null || filing != null || grantedOn != null || except != null) {
            spec.commandLine().getErr().println("Error: The court's list needs --file FILE and --mapping MAPPING.json "
                    + "(and no --filing, --granted-on or --except).");
            return ReliefDeskCli.USAGE;
        }
        OrdersMapping m;
        try {
            m = OrdersMapping.parse(java.nio.file.Files.readString(mapping), "the mapping file " + mapping.getFileName(),
                    String.valueOf(mapping.getFileName()).replaceFirst("\\.json$", ""));
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("Error: The mapping file " + mapping + " cannot be read ("
                    + (java.nio.file.Files.exists(mapping) ? e.getClass().getSimpleName() : "it does not exist") + ").");
            return ReliefDeskCli.NO_INPUT;
        } catch (org.reliefdesk.tabular.TableException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return ReliefDeskCli.USAGE;
        }
        CourtListOutcome o = ft.recordCourtListFile(file, m);
        out.printf(Locale.ROOT, "Court's list %s: %,d matched and recorded", file.getFileName(), o.matched());
        o.byResult().forEach((r, n) -> out.printf(Locale.ROOT, ", %,d %s", n,
                r.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        out.printf(Locale.ROOT, "; %,d unmatched or set aside%n", o.problems().size());
        for (CourtListOutcome.Problem p : o.problems()) {
            out.printf(Locale.ROOT, "  %s, line %d: %s: %s%n", p.file(), p.line(),
                    p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), p.message());
        }
        return ReliefDeskCli.OK;
    }
}
