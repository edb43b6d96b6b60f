package org.reliefdesk.cli;

import org.reliefdesk.app.Services;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.ExceptionList;
import org.reliefdesk.app.followthrough.FollowThroughException;
import org.reliefdesk.app.followthrough.FollowThroughSession;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.app.followthrough.OrderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** {@code orders}: the court's bulk order on a filing, granting it all but the references excepted. */
@Command(name = "orders", sortOptions = false, description = "Record the court's order on a filing: every "
        + "conviction of it still waiting for an order is granted on the date, except those listed (denied or "
        + "continued).")
final class OrdersCommand extends FollowThroughCommand {
    @Option(names = "--filing", required = true, paramLabel = "ID", description = "The filing the order is on.")
    long filing;

    @Option(names = "--granted-on", required = true, paramLabel = "YYYY-MM-DD",
            converter = RunCommand.DateConverter.class, description = "The date of the order.")
    LocalDate grantedOn;

    @Option(names = "--except", paramLabel = "FILE", description = "References the court did not grant: a CSV with "
            + "a ref column (and optionally a result column: denied or continued), or one reference per line.")
    Path except;

    @Option(names = "--excepted-as", paramLabel = "denied|continued", defaultValue = "denied",
            description = "What the excepted references without a result column got. Default: ${DEFAULT-VALUE}.")
    String exceptedAs;

    OrdersCommand(Services services) {
        super(services);
    }

    @Override
    int work(WorkspaceSession session, FollowThroughSession ft, PrintWriter out) throws FollowThroughException {
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
}
