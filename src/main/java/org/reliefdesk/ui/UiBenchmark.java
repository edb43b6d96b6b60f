package org.reliefdesk.ui;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.Services;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.app.Progress;


import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@code bench-ui}: measures the desktop app on generated data in a real window (run it under Xvfb on a machine
 * without a display): import and evaluation through the GUI with a stall monitor on the FX thread, then open to a
 * filled grid, sort and filter every column, and select to a filled detail. Prints figures; asserts nothing.
 */
public final class UiBenchmark {
    /** Columns with more distinct values than this are not timed (no limit since the grid's filters are ours). */
    static final int MAX_FILTER_VALUES = Integer.MAX_VALUE;
    private final PrintStream out;
    private MainViewModel vm;
    private MainWindow window;

    private UiBenchmark(PrintStream out) {
        this.out = out;
    }

    /** Entry from {@code Launcher}: {@code bench-ui [--rows N] [--dir DIR]}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long rows = 330_000;
        Path dir = null;
        Path existing = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rows") && i + 1 < args.length) {
                rows = Long.parseLong(args[++i]);
            } else if (args[i].equals("--workspace") && i + 1 < args.length) {
                existing = Path.of(args[++i]);
            } else if (args[i].equals("--dir") && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else {
                err.println("Usage: bench-ui [--rows N] [--dir DIR] | bench-ui --workspace FILE");
                return 2;
            }
        }
        try {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("reliefdesk-bench-ui");
            new UiBenchmark(out).measure(work, rows, existing);
            return 0;
        } catch (Exception e) {
            err.println("bench-ui failed: " + e);
            return 1;
        } finally {
            Platform.exit();
        }
    }

    private void measure(Path work, long rows, Path existing) throws Exception {
        Path input = work.resolve("bench-doj.csv");
        Path file = existing != null ? existing : work.resolve("bench" + org.reliefdesk.app.WorkspaceService.EXTENSION);
        if (existing == null) {
            Files.deleteIfExists(file);
            out.printf(Locale.US, "Generating %,d rows of test data…%n", rows);
            new TestDataService().generate(input, "SAN JOAQUIN", rows, 7, Progress.NONE);
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(() -> {
            vm = new MainViewModel(Services.standard(), new BackgroundTaskRunner(), UserSettings.inMemory(), work,
                    1000);
            window = DesktopApp.show(new Stage(), vm, UserSettings.inMemory());
            return null;
        });

        int convictions = existing != null ? -1 : importAndEvaluate(file, input, rows);
        if (existing != null) {
            onFx(() -> {
                vm.open(file);
                return null;
            });
            waitFor(() -> vm.session() != null && !vm.isBusy() && !vm.cases().all().isEmpty(), 300);
            convictions = onFx(() -> vm.cases().all().size());
            out.printf(Locale.US, "Workspace %s: %,d in-scope convictions in the latest run%n", file.getFileName(),
                    convictions);
        }
        int total = convictions;
        // reading alone, without the GUI: how much of opening is the workspace. One writer per workspace: the
        // window closes it first, and the reading runs on the window's worker, after the close has finished.
        java.util.concurrent.CompletableFuture<Double> read = new java.util.concurrent.CompletableFuture<>();
        onFx(() -> {
            vm.closeWorkspace();
            vm.runner().start("Reading without the GUI", (p, c) -> {
                long readStart = System.nanoTime();
                try (var session = Services.standard().workspaces().open(file)) {
                    var run = session.latestRun().orElseThrow();
                    session.cases(run.id());
                    session.impact(run.id());
                }
                return (System.nanoTime() - readStart) / 1e9;
            }, read::complete, read::completeExceptionally);
            return null;
        });
        out.printf(Locale.US, "Reading the run's cases without the GUI: %.2f s%n", read.get(300, TimeUnit.SECONDS));
        measureGrid(file, total);
        if (existing == null) {
            Files.deleteIfExists(input);
        }
    }

    private int importAndEvaluate(Path file, Path input, long rows) throws Exception {
        // import and evaluation through the GUI, with the stall monitor running
        onFx(() -> {
            vm.create(file);
            return null;
        });
        waitFor(() -> vm.session() != null && !vm.isBusy(), 60);
        Thread.sleep(1000);
        StallMonitor monitor = onFx(() -> {
            StallMonitor m = new StallMonitor();
            m.start();
            return m;
        });
        long t0 = System.nanoTime();
        long importStart = t0;
        out.printf(Locale.US, "(import starts at JVM uptime %.2f s, %s)%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, java.time.Instant.now());
        onFx(() -> {
            vm.importFiles(List.of(input), "SAN JOAQUIN", o -> { });
            return null;
        });
        waitFor(() -> !vm.isBusy(), 600);
        double importS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        long evalStart = t0;
        PolicyViewModel policy = new PolicyViewModel();
        policy.countyProperty().set("SAN JOAQUIN");
        onFx(() -> {
            vm.evaluate(policy.settings());
            return null;
        });
        waitFor(() -> !vm.isBusy() && vm.currentRunProperty().get() != null && !vm.cases().all().isEmpty(), 600);
        double evalS = (System.nanoTime() - t0) / 1e9;
        long evalEnd = System.nanoTime();
        double[] stall = onFx(() -> {
            monitor.stop();
            for (long[] g : monitor.stalls()) {
                out.printf(Locale.US, "  stall of %.0f ms ending %.2f s after the import started (evaluation started at "
                        + "%.2f s, ended at %.2f s)%n", g[1] / 1e6, (g[0] - importStart) / 1e9,
                        (evalStart - importStart) / 1e9, (evalEnd - importStart) / 1e9);
            }
            return new double[] {monitor.maxGapMillis(), monitor.stallsOver100ms(), monitor.pulses()};
        });
        int convictions = onFx(() -> vm.cases().all().size());
        out.printf(Locale.US, "Workspace: %,d rows, %,d in-scope convictions in the run%n", rows, convictions);
        out.printf(Locale.US, "Import %.1f s and evaluation %.1f s through the GUI: longest FX-thread stall %.0f ms "
                + "(%d pulses, %d gaps over 100 ms)%n", importS, evalS, stall[0], (long) stall[2], (long) stall[1]);
        return convictions;
    }

    private void measureGrid(Path file, int convictions) throws Exception {

        // open to a filled grid
        onFx(() -> {
            vm.closeWorkspace();
            return null;
        });
        waitFor(() -> !vm.isBusy(), 60);
        Thread.sleep(500);
        AtomicLong opened = new AtomicLong();
        long openStart = System.nanoTime();
        onFx(() -> {
            vm.open(file);
            return null;
        });
        waitFor(() -> {
            CasesView cv = casesView();
            return cv != null && cv.table().getItems().size() == convictions;
        }, 120);
        onFx(() -> {
            window.layout();
            return null;
        });
        opened.set(System.nanoTime() - openStart);
        out.printf(Locale.US, "Open to a filled grid: %.2f s%n", opened.get() / 1e9);
        // the fixed columns' orders are made aside after the grid fills; a person reads the grid before the first
        // click on a header, so the sorts below are measured once they are ready (the time is printed)
        long ordersStart = System.nanoTime();
        waitFor(() -> vm.cases().hasReadyOrder("Person"), 60);
        out.printf(Locale.US, "Sort orders of the fixed columns ready %.2f s after the grid filled%n",
                (System.nanoTime() - ordersStart) / 1e9);

        // sort every column (ascending, then descending)
        List<String> sortTimes = new ArrayList<>();
        double worstSort = 0;
        int columns = onFx(() -> casesView().table().getColumns().size());
        for (int c = 0; c < columns; c++) {
            int col = c;
            for (TableColumn.SortType type : TableColumn.SortType.values()) {
                // as a click on the header does: the first click sorts ascending, the second descending (one sort each)
                onFx(() -> {
                    var table = casesView().table();
                    if (type == TableColumn.SortType.ASCENDING) {
                        table.getSortOrder().clear();
                        table.getColumns().get(col).setSortType(type);
                    }
                    return null;
                });
                double ms = onFxTimed(() -> {
                    var table = casesView().table();
                    TableColumn<CaseRow, ?> column = table.getColumns().get(col);
                    if (type == TableColumn.SortType.ASCENDING) {
                        table.getSortOrder().setAll(List.of(column));
                    } else {
                        column.setSortType(type);
                    }
                    table.layout();
                });
                worstSort = Math.max(worstSort, ms);
                if (type == TableColumn.SortType.ASCENDING) {
                    sortTimes.add(String.format(Locale.US, "%s %.0f", onFx(() -> casesView().table().getColumns()
                            .get(col).getText()), ms));
                }
            }
        }
        out.printf(Locale.US, "Sort, each column (ms, ascending): %s%n", String.join(", ", sortTimes));
        out.printf(Locale.US, "Sort: slowest %.0f ms%n", worstSort);

        // quick search and column filters
        double searchMs = onFxTimed(() -> {
            vm.cases().searchProperty().set("SMITH");
            casesView().table().layout();
        });
        double clearMs = onFxTimed(() -> {
            vm.cases().searchProperty().set("");
            casesView().table().layout();
        });
        out.printf(Locale.US, "Quick search: %.0f ms; clearing it: %.0f ms%n", searchMs, clearMs);
        double worstFilter = 0;
        List<String> filterTimes = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int col = c;
            long distinct = onFx(() -> casesView().distinctValues(col));
            if (distinct > MAX_FILTER_VALUES) {
                filterTimes.add(String.format(Locale.US, "%s not measured (%,d distinct values)", onFx(() ->
                        casesView().table().getColumns().get(col).getText()), distinct));
                continue;
            }
            double ms = onFxTimed(() -> casesView().filterColumnToFirstValue(col));
            double back = onFxTimed(() -> casesView().resetFilters());
            worstFilter = Math.max(worstFilter, Math.max(ms, back));
            filterTimes.add(String.format(Locale.US, "%s %.0f/%.0f", onFx(() -> casesView().table().getColumns()
                    .get(col).getText()), ms, back));
        }
        out.printf(Locale.US, "Column filter, each column (ms, filter/reset): %s%n", String.join(", ", filterTimes));
        out.printf(Locale.US, "Filter: slowest %.0f ms%n", worstFilter);

        // select a row: time until the detail pane is filled
        List<Double> selects = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int index = (int) ((long) i * 7919 % convictions);
            AtomicReference<Long> start = new AtomicReference<>();
            CountDownLatch filled = new CountDownLatch(1);
            onFx(() -> {
                vm.detail().detailProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends org.reliefdesk.app.CaseDetail> o,
                                        org.reliefdesk.app.CaseDetail was, org.reliefdesk.app.CaseDetail now) {
                        if (now != null) {
                            window.layout();
                            filled.countDown();
                            o.removeListener(this);
                        }
                    }
                });
                start.set(System.nanoTime());
                casesView().table().getSelectionModel().clearAndSelect(index);
                return null;
            });
            if (!filled.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the detail did not fill");
            }
            selects.add((System.nanoTime() - start.get()) / 1e6);
        }
        List<String> inOrder = new ArrayList<>();
        for (double ms : selects) {
            inOrder.add(String.format(Locale.US, "%.0f", ms));
        }
        out.printf(Locale.US, "Select to filled detail, each in turn (ms): %s%n", String.join(" ", inOrder));
        selects.sort(Comparator.naturalOrder());
        out.printf(Locale.US, "Select to filled detail (40 rows): median %.0f ms, slowest %.0f ms%n",
                selects.get(selects.size() / 2), selects.get(selects.size() - 1));
        measureProgressTab();
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.US, "Heap in use at the end: %,d MB (max %,d MB)%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
        onFx(() -> {
            vm.closeWorkspace();
            return null;
        });
        waitFor(() -> !vm.isBusy(), 60);
    }

    /** The Progress tab: from its selection to its figures drawn (counted in the background), the FX thread watched. */
    private void measureProgressTab() throws Exception {
        var before = onFx(() -> vm.followUp().progressProperty().get());
        StallMonitor monitor = onFx(() -> {
            StallMonitor m = new StallMonitor();
            m.start();
            return m;
        });
        long start = System.nanoTime();
        onFx(() -> {
            window.selectTab(4);
            return null;
        });
        waitFor(() -> {
            var now = vm.followUp().progressProperty().get();
            return now != null && now != before;
        }, 120);
        onFx(() -> {
            window.layout();
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double stall = onFx(() -> {
            monitor.stop();
            return monitor.maxGapMillis();
        });
        var report = onFx(() -> vm.followUp().progressProperty().get());
        out.printf(Locale.US, "Progress tab to its figures: %.2f s (longest FX-thread stall %.0f ms; %s)%n", seconds,
                stall, report.total());
        onFx(() -> {
            window.selectTab(0);
            return null;
        });
    }

    private CasesView casesView() {
        return window.casesViewForTest();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static double onFxTimed(Runnable work) throws Exception {
        return onFx(() -> {
            long t = System.nanoTime();
            work.run();
            return (System.nanoTime() - t) / 1e6;
        });
    }

    private static void waitFor(Supplier<Boolean> condition, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (onFx(condition::get)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("timed out after " + seconds + " s");
    }

}
