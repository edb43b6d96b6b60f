package org.reliefdesk.ui;

import org.reliefdesk.app.ImportService;
import org.reliefdesk.app.ImportedFile;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.doj.RowProblem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The import dialog's logic: guess the county from the files, and write the import report. */
final class ImportViewModel {
    /** Rows read from each file to guess its county. */
    static final long COUNTY_SAMPLE_ROWS = 20_000;
    /** Rejected rows listed in the report (all of them are in the workspace and the exports). */
    static final int LISTED_REJECTS = 1000;
    private final MainViewModel main;

    ImportViewModel(MainViewModel main) {
        this.main = main;
    }

    Optional<String> currentCounty() {
        WorkspaceSession s = main.session();
        return s == null ? Optional.empty() : s.county();
    }

    void guessCounty(List<java.nio.file.Path> files, Consumer<Optional<String>> done) {
        main.runner().start("Reading the county", (p, c) -> main.services().imports().mostCommonCounty(files,
                COUNTY_SAMPLE_ROWS), done, e -> done.accept(Optional.empty()));
    }

    /**
     * The one line the main window shows when an import is done: rows set aside (or that none were), and files
     * not imported, e.g. "Import finished: 2 rows set aside".
     */
    static String summary(List<ImportService.FileOutcome> outcomes) {
        long accepted = 0;
        long setAside = 0;
        int notImported = 0;
        for (ImportService.FileOutcome o : outcomes) {
            if (o instanceof ImportService.Imported i) {
                accepted += i.batch().rowsAccepted();
                setAside += i.batch().rowsRejected();
            } else {
                notImported++;
            }
        }
        StringBuilder b = new StringBuilder("Import finished: ");
        if (setAside > 0) {
            b.append(String.format("%,d %s set aside", setAside, setAside == 1 ? "row" : "rows"));
        } else {
            b.append(String.format("%,d %s accepted, none set aside", accepted, accepted == 1 ? "row" : "rows"));
        }
        if (notImported > 0) {
            b.append(String.format(", %d %s not imported", notImported, notImported == 1 ? "file" : "files"));
        }
        return b.toString();
    }

    /** The report: per file accepted and set aside, the reasons grouped with counts, then the rows with file and line. */
    String report(List<ImportService.FileOutcome> outcomes) {
        StringBuilder b = new StringBuilder();
        WorkspaceSession s = main.session();
        for (ImportService.FileOutcome o : outcomes) {
            if (o instanceof ImportService.Imported i) {
                ImportedFile f = i.batch();
                b.append(f.fileName()).append(": imported. ").append(String.format("%,d", f.rowsAccepted()))
                        .append(" rows accepted, ").append(String.format("%,d", f.rowsRejected()))
                        .append(" set aside.\n");
                if (f.rowsRejected() > 0 && s != null) {
                    List<RowProblem> rejected = s.rejectedRows(f);
                    Map<String, Integer> byReason = new TreeMap<>();
                    rejected.forEach(r -> byReason.merge(r.reason(), 1, Integer::sum));
                    b.append("  Set aside, by reason:\n");
                    byReason.forEach((reason, n) -> b.append("    ").append(String.format("%,d", n)).append(" × ")
                            .append(reason).append('\n'));
                    b.append("  Rows set aside (file, line, reason):\n");
                    rejected.stream().limit(LISTED_REJECTS).forEach(r -> b.append("    ").append(r.file())
                            .append(", line ").append(r.line()).append(": ").append(r.reason()).append('\n'));
                    if (rejected.size() > LISTED_REJECTS) {
                        b.append("    … and ").append(rejected.size() - LISTED_REJECTS)
                                .append(" more (all are in rejected_rows.csv of the export).\n");
                    }
                    }
            } else if (o instanceof ImportService.Duplicate d) {
                b.append(d.path().getFileName()).append(": not imported, the same "
                        + "file was already imported on ").append(d.existing().importedAt()).append(".\n");
            } else if (o instanceof ImportService.Unusable u) {
                b.append(u.path().getFileName()).append(": not imported. ").append(u.message()).append('\n');
            }
        }
        return b.toString();
    }
}
