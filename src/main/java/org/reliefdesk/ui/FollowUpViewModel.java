package org.reliefdesk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.app.followthrough.CourtListOutcome;
import org.reliefdesk.app.followthrough.FilingService;
import org.reliefdesk.app.followthrough.FollowUpService;
import org.reliefdesk.app.followthrough.OrderResult;
import org.reliefdesk.app.followthrough.OrderService;
import org.reliefdesk.app.followthrough.PaperCheck;
import org.reliefdesk.app.followthrough.ProgressReport;
import org.reliefdesk.app.followthrough.PullService;
import org.reliefdesk.app.followthrough.Refs;
import org.reliefdesk.app.followthrough.FilingInfo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Follow-up menu's state and commands (follow-through.md): record a filing, a court order, a DOJ pull, write
 * follow-up papers, check papers against the audit trail, and the progress figures of the Progress tab. Each command
 * runs in the background, then reloads the shown run so the grid's Status column and the progress follow. Never
 * touches a Node.
 */
public final class FollowUpViewModel {
    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<ProgressReport> progress = new ReadOnlyObjectWrapper<>(this, "progress");

    FollowUpViewModel(MainViewModel main) {
        this.main = main;
    }

    /** The progress figures of the shown run (null until counted, or with no run). */
    public ReadOnlyObjectProperty<ProgressReport> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Today in the office's time zone (what dialogs offer as a default date). */
    LocalDate today() {
        WorkspaceSession s = main.session();
        return s == null ? LocalDate.now() : s.followThrough().today();
    }

    /** Counts the progress figures of the shown run in the background. */
    public void refreshProgress() {
        WorkspaceSession s = main.session();
        var run = main.currentRunProperty().get();
        if (s == null || run == null) {
            progress.set(null);
            return;
        }
        main.runner().start("Counting progress", (p, c) -> s.followThrough().progress(run.id()), progress::set,
                e -> main.problem("The progress figures could not be counted", e));
    }

    void clear() {
        progress.set(null);
    }

    /** Records a filing; {@code done} gets a sentence for the dialog. */
    public void recordFiling(List<Path> papers, LocalDate filedOn, String docket, Consumer<String> done,
                             Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        String user = main.settings().userName();
        main.start("Recording the filing", (p, c) -> {
            s.followThrough().setUser(user);
            return s.followThrough().recordFiling(papers, filedOn, docket);
        }, f -> {
            done.accept(filed(f));
            afterChange("Filing " + f.id() + " recorded");
        }, e -> failed.accept(message(e)));
    }

    static String filed(FilingService.Filed f) {
        return String.format(Locale.ROOT, "Filing %d recorded: %,d convictions filed on %s (%,d to dismiss and seal, "
                + "%,d to reduce)%s.", f.id(), f.convictions(), f.filedOn(), f.dismiss(), f.reduce(),
                f.notFiled() > 0 ? String.format(Locale.ROOT, "; %,d listed without relief were not filed",
                        f.notFiled()) : "");
    }

    /** The filings, newest first, for the order dialog. */
    public void filings(Consumer<List<FilingInfo>> done) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        main.runner().start("Reading the filings", (p, c) -> {
            List<FilingInfo> all = new ArrayList<>(s.followThrough().filings());
            java.util.Collections.reverse(all);
            return all;
        }, done, e -> main.problem("The filings could not be read", e));
    }

    /**
     * Reads the excepted references, one per line (blank lines skipped); a line that is not a reference is refused
     * with its number.
     */
    static Map<Integer, OrderResult> exceptions(String text, OrderResult as) {
        Map<Integer, OrderResult> out = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            var n = Refs.parse(l);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the exceptions, \"" + l + "\", is not a "
                        + "reference (RD-0000123).");
            }
            out.put(n.getAsInt(), as);
        }
        return out;
    }

    /** Records the court's bulk order on a filing. */
    public void recordOrder(long filingId, LocalDate orderDate, Map<Integer, OrderResult> excepted,
                            Consumer<String> done, Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        String user = main.settings().userName();
        main.start("Recording the order", (p, c) -> {
            s.followThrough().setUser(user);
            return s.followThrough().recordBulkOrder(filingId, orderDate, excepted);
        }, o -> {
            done.accept(ordered(o));
            afterChange("Order on filing " + filingId + " recorded");
        }, e -> failed.accept(message(e)));
    }

    static String ordered(OrderService.Ordered o) {
        return String.format(Locale.ROOT, "Order of %s on filing %d recorded: %,d granted, %,d denied, %,d continued.",
                o.orderDate(), o.filingId(), o.granted(), o.denied(), o.continued());
    }

    /** Reads the court's list of orders through a mapping JSON file and records it; {@code done} gets the report. */
    public void recordCourtList(Path file, Path mappingJson, Consumer<String> done, Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        String user = main.settings().userName();
        main.start("Recording the court's list", (p, c) -> {
            var mapping = org.reliefdesk.app.followthrough.OrdersMapping.parse(java.nio.file.Files.readString(
                    mappingJson), "the mapping " + mappingJson.getFileName(), String.valueOf(mappingJson.getFileName()));
            s.followThrough().setUser(user);
            return s.followThrough().recordCourtListFile(file, mapping);
        }, o -> {
            done.accept(listed(o));
            afterChange("The court's list " + file.getFileName() + " recorded");
        }, e -> failed.accept(message(e)));
    }

    /** The report of a court's list: orders recorded, and each row set aside with file and line. */
    static String listed(CourtListOutcome o) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d orders recorded", o.matched()));
        o.byResult().forEach((r, n) -> b.append(String.format(Locale.ROOT, ", %,d %s", n,
                r.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        b.append(String.format(Locale.ROOT, "; %,d rows set aside.", o.problems().size()));
        for (CourtListOutcome.Problem p : o.problems()) {
            b.append('\n').append(p.file()).append(", line ").append(p.line()).append(": ").append(p.message());
        }
        return b.toString();
    }

    /** The relief texts of the open workspace. */
    List<String> reliefTexts() {
        WorkspaceSession s = main.session();
        return s == null ? List.of() : s.followThrough().reliefTexts();
    }

    /** Saves the relief texts (as the dialog shows them), then imports the pull. */
    public void importPull(Path file, LocalDate pulledOn, List<String> texts, Consumer<String> done,
                           Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        String user = main.settings().userName();
        main.start("Comparing the DOJ pull", (p, c) -> {
            s.followThrough().setUser(user);
            if (!texts.equals(s.followThrough().reliefTexts())) {
                s.followThrough().saveReliefTexts(texts);
            }
            return s.followThrough().importPull(file, pulledOn, p, c);
        }, r -> {
            done.accept(pulled(r));
            afterChange("DOJ pull of " + r.pulledOn() + " compared");
        }, e -> failed.accept(message(e)));
    }

    static String pulled(PullService.Pulled r) {
        return String.format(Locale.ROOT, "Pull of %s (%s county, %,d rows read): %,d granted convictions checked: "
                + "%,d confirmed, %,d absent from the pull, %,d not yet in DOJ; %,d Prop 64 convictions new in the "
                + "pull.", r.pulledOn(), r.county(), r.rowsRead(), r.checked(),
                r.count(org.reliefdesk.app.followthrough.ConvictionStatus.CONFIRMED),
                r.count(org.reliefdesk.app.followthrough.ConvictionStatus.ABSENT_FROM_PULL),
                r.count(org.reliefdesk.app.followthrough.ConvictionStatus.NOT_YET_IN_DOJ), r.newInPull().size());
    }

    /** Writes follow-up papers. */
    public void writeFollowUp(FollowUpService.Request request, Consumer<String> done, Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        main.start("Writing follow-up papers", (p, c) -> s.followThrough().writeFollowUp(request), r -> {
            done.accept(String.format(Locale.ROOT, "%,d convictions in %,d filings wait for an order; %,d granted "
                    + "orders are not yet in DOJ. %d file(s) written.", r.waiting(), r.filingsWaiting(),
                    r.notYetInDoj(), r.files().size()));
            afterChange("Follow-up papers written");
        }, e -> failed.accept(message(e)));
    }

    /** What follow-up papers would list (no file written). */
    public void followUpCounts(LocalDate asOf, int days, Consumer<String> done) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        main.runner().start("Counting what waits", (p, c) -> s.followThrough().followUpCounts(asOf, days), r -> done
                .accept(String.format(Locale.ROOT, "%,d convictions in %,d filings have waited more than %d days for "
                        + "an order; %,d granted orders are not yet in DOJ%s.", r.waiting(), r.filingsWaiting(), days,
                        r.notYetInDoj(), r.latestPull() == null ? " (no pull yet)" : " (latest pull "
                                + r.latestPull() + ")")), e -> done.accept(message(e)));
    }

    /** Checks papers against the open workspace's audit trail; {@code done} gets the result in words. */
    public void checkPapers(Path paper, Consumer<PaperCheck.Result> done, Consumer<String> failed) {
        WorkspaceSession s = main.session();
        if (s == null) {
            return;
        }
        main.runner().start("Checking the papers", (p, c) -> s.followThrough().checkPapers(paper), done,
                e -> failed.accept(message(e)));
    }

    private void afterChange(String what) {
        main.status(what);
        main.reloadRun();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
