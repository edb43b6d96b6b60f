package org.reliefdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reliefdesk.app.CourtImportReport;
import org.reliefdesk.app.MappingService;
import org.reliefdesk.app.WorkspaceSession;
import org.reliefdesk.court.CourtFileReader;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.Level;
import org.reliefdesk.tabular.ColumnRef;
import org.reliefdesk.tabular.FieldSpec;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableMapping;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * File › Import court records: a court export, its first rows, the column chosen for each field, the formats, the
 * level values and the disposition values that mean a conviction (offered from the file, with counts), the rows as
 * the mapping reads them, and the import itself. Holds no node: the dialog binds to it, tests drive it.
 */
final class CourtImportViewModel {
    /** Rows shown as the file has them and as the mapping reads them. */
    static final int PREVIEW_ROWS = 20;
    /** Distinct values offered for the level and disposition columns. */
    static final int VALUE_LIMIT = 60;
    static final List<String> DATE_FORMATS = List.of("MM/dd/yyyy", "M/d/yyyy", "MMddyy", "MMddyyyy", "yyyyMMdd",
            "yyyy-MM-dd", "MM/dd/yy", "M/d/yy", "dd/MM/yyyy");
    static final List<String> LEVEL_WORDS = List.of("felony", "misdemeanor", "infraction", "unknown");

    /** A value of the file's level or disposition column, its row count, and what the office says it means. */
    static final class ValueChoice {
        final String value;
        final long rows;
        final StringProperty level = new SimpleStringProperty("unknown");
        final BooleanProperty conviction = new SimpleBooleanProperty();

        ValueChoice(String value, long rows) {
            this.value = value;
            this.rows = rows;
        }
    }

    private final MainViewModel main;
    final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    final ObjectProperty<MappingService.Preview> preview = new SimpleObjectProperty<>();
    final StringProperty sheet = new SimpleStringProperty();
    final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>((char) 0);
    final Map<String, IntegerProperty> columns = new LinkedHashMap<>();
    final StringProperty nameFormat = new SimpleStringProperty(NameFormat.LAST_COMMA_FIRST_MIDDLE.label());
    final StringProperty dateFormat = new SimpleStringProperty("MM/dd/yyyy");
    final StringProperty county = new SimpleStringProperty();
    final StringProperty mappingName = new SimpleStringProperty("");
    final ObservableList<ValueChoice> levels = FXCollections.observableArrayList();
    final ObservableList<ValueChoice> dispositions = FXCollections.observableArrayList();
    final ObservableList<String> problems = FXCollections.observableArrayList();
    final ObservableList<Object> asRead = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose the court's export (CSV or .xlsx).");
    /** Level and disposition meanings of a loaded mapping, kept for values this file happens not to have. */
    private final Map<String, String> knownLevels = new LinkedHashMap<>();
    private final List<String> knownConvictions = new ArrayList<>();

    CourtImportViewModel(MainViewModel main) {
        this.main = main;
        for (FieldSpec f : CourtMapping.FIELDS) {
            columns.put(f.key(), new SimpleIntegerProperty(-1));
        }
        county.set(main.countyProperty().get());
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private WorkspaceSession session() {
        return main.session();
    }

    /** Opens a file: its first rows, and the mapping saved for a file with the same headers, if any. */
    void open(Path f) {
        file.set(f);
        sheet.set(null);
        delimiter.set((char) 0);
        reload(true);
    }

    /** Reads the first rows again (another sheet or delimiter); {@code offerSaved}: apply a saved mapping. */
    void reload(boolean offerSaved) {
        Path f = file.get();
        WorkspaceSession s = session();
        if (f == null || s == null) {
            return;
        }
        char sep = delimiter.get() == null ? 0 : delimiter.get();
        String sh = sheet.get();
        main.start("Reading the first rows of " + f.getFileName(), (p, c) -> {
            MappingService.Preview pv = s.court().preview(f, sep, sh, PREVIEW_ROWS);
            return new Opened(pv, offerSaved ? s.court().mappingFor(pv.headers()).orElse(null) : null);
        }, opened -> {
            preview.set(opened.preview());
            if (sheet.get() == null && opened.preview().sheet() != null) {
                sheet.set(opened.preview().sheet());
            }
            if (opened.saved() != null) {
                apply(opened.saved());
                message.set("The saved mapping \"" + opened.saved().name() + "\" fits this file's headers and was "
                        + "applied; check it, then import.");
            } else {
                guessColumns();
                message.set("Choose the column of each field (* = required), then check the rows as read.");
            }
            refreshValues();
        }, e -> message.set("This file cannot be read: " + e.getMessage()));
    }

    private record Opened(MappingService.Preview preview, CourtMapping saved) {
    }

    /** Fields whose column was not chosen yet take a header of the same name (case and spacing ignored). */
    private void guessColumns() {
        List<String> headers = preview.get().headers();
        for (Map.Entry<String, IntegerProperty> e : columns.entrySet()) {
            if (e.getValue().get() < 0 || e.getValue().get() >= headers.size()) {
                e.getValue().set(ColumnRef.header(e.getKey()).indexIn(headers) >= 0
                        ? ColumnRef.header(e.getKey()).indexIn(headers) : -1);
            }
        }
    }

    /** Offers the distinct values (with counts) of the level and disposition columns, read from the whole file. */
    void refreshValues() {
        Path f = file.get();
        WorkspaceSession s = session();
        if (f == null || s == null || preview.get() == null) {
            return;
        }
        char sep = preview.get().delimiter();
        String sh = sheet.get();
        int levelColumn = columns.get("level").get();
        int dispositionColumn = columns.get("disposition").get();
        main.start("Counting the values of the level and disposition columns", (p, c) -> new Values(
                levelColumn < 0 ? Map.of() : s.court().distinctValues(f, sep, sh, levelColumn, VALUE_LIMIT, c),
                dispositionColumn < 0 ? Map.of() : s.court().distinctValues(f, sep, sh, dispositionColumn,
                        VALUE_LIMIT, c)), v -> {
                            levels.setAll(choices(v.levels()));
                            levels.forEach(x -> x.level.set(knownLevels.getOrDefault(x.value, "unknown")));
                            dispositions.setAll(choices(v.dispositions()));
                            dispositions.forEach(x -> x.conviction.set(knownConvictions.contains(x.value)));
                            refreshAsRead();
                        }, e -> message.set("The values could not be counted: " + e.getMessage()));
    }

    private record Values(Map<String, Long> levels, Map<String, Long> dispositions) {
    }

    private static List<ValueChoice> choices(Map<String, Long> counts) {
        List<ValueChoice> out = new ArrayList<>();
        counts.forEach((v, n) -> {
            if (!v.equals("(other values)")) {
                out.add(new ValueChoice(v, n));
            }
        });
        return out;
    }

    /** The mapping the dialog holds, or empty with every reason it cannot be made listed in {@link #problems}. */
    Optional<CourtMapping> mapping() {
        problems.clear();
        MappingService.Preview pv = preview.get();
        if (pv == null) {
            problems.add("Choose the court's export first.");
            return Optional.empty();
        }
        Map<String, ColumnRef> refs = new LinkedHashMap<>();
        for (Map.Entry<String, IntegerProperty> e : columns.entrySet()) {
            int i = e.getValue().get();
            if (i >= 0 && i < pv.headers().size()) {
                String h = pv.headers().get(i);
                boolean unique = pv.headers().stream().filter(x -> x.equals(h)).count() == 1 && !h.isBlank();
                refs.put(e.getKey(), unique ? ColumnRef.header(h) : ColumnRef.number(i + 1));
            }
        }
        Map<String, String> levelWords = new LinkedHashMap<>(knownLevels);
        for (ValueChoice v : levels) {
            if (LEVEL_WORDS.contains(v.level.get()) && !v.level.get().equals("unknown")) {
                levelWords.put(v.value, v.level.get());
            } else {
                levelWords.remove(v.value);
            }
        }
        List<String> convictions = new ArrayList<>(knownConvictions);
        for (ValueChoice v : dispositions) {
            convictions.remove(v.value);
            if (v.conviction.get()) {
                convictions.add(v.value);
            }
        }
        String name = mappingName.get() == null || mappingName.get().isBlank() ? pv.fileName() : mappingName.get();
        try {
            return Optional.of(CourtMapping.build(new TableMapping(name.strip(), pv.sheet(), pv.delimiter(), refs),
                    county.get(), columns.get("name").get() >= 0 ? nameFormat.get() : null, dateFormat.get(),
                    levelWords, convictions));
        } catch (TableException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** The first rows as the mapping reads them: court rows, or the reason each would be set aside. */
    void refreshAsRead() {
        Optional<CourtMapping> m = mapping();
        MappingService.Preview pv = preview.get();
        if (m.isEmpty() || pv == null) {
            asRead.clear();
            return;
        }
        try {
            asRead.setAll(CourtFileReader.preview(pv.fileName(), pv.headers(), pv.delimiter() == 0 ? '\t'
                    : pv.delimiter(), pv.rows(), m.get(), LocalDate.now()));
        } catch (TableException e) {
            problems.add(e.getMessage());
            asRead.clear();
        }
    }

    /** Puts a saved or loaded mapping into the dialog. */
    void apply(CourtMapping m) {
        mappingName.set(m.name());
        county.set(m.county());
        nameFormat.set(m.nameFormat().label());
        dateFormat.set(m.dateFormat().pattern());
        knownLevels.clear();
        m.levels().forEach((k, v) -> knownLevels.put(k, v.word()));
        knownConvictions.clear();
        knownConvictions.addAll(m.convictionDispositions());
        List<String> headers = preview.get() == null ? List.of() : preview.get().headers();
        for (Map.Entry<String, IntegerProperty> e : columns.entrySet()) {
            ColumnRef ref = m.table().columns().get(e.getKey());
            int i = ref == null ? -1 : ref.indexIn(headers);
            e.getValue().set(Math.max(i, -1));
        }
        levels.forEach(x -> x.level.set(knownLevels.getOrDefault(x.value, "unknown")));
        dispositions.forEach(x -> x.conviction.set(knownConvictions.contains(x.value)));
    }

    /** Saves the mapping in the workspace under its name. */
    void save(Runnable done) {
        Optional<CourtMapping> m = mapping();
        WorkspaceSession s = session();
        if (m.isEmpty() || s == null) {
            return;
        }
        List<String> headers = preview.get().headers();
        main.start("Saving the mapping", (p, c) -> {
            s.court().saveMapping(m.get(), headers);
            return null;
        }, x -> {
            message.set("The mapping \"" + m.get().name() + "\" is saved in this workspace.");
            done.run();
        }, e -> main.problem("The mapping was not saved", e));
    }

    /** Writes the mapping to a JSON file, to share with another office. */
    void exportTo(Path target) {
        Optional<CourtMapping> m = mapping();
        WorkspaceSession s = session();
        if (m.isEmpty() || s == null) {
            return;
        }
        main.start("Writing the mapping", (p, c) -> {
            s.court().exportMapping(m.get(), target);
            return null;
        }, x -> message.set("The mapping is written to " + target.getFileName() + "."),
                e -> main.problem("The mapping was not written", e));
    }

    /** Reads a mapping file into the dialog; a bad file is refused with what is wrong. */
    void loadFrom(Path mappingFile) {
        WorkspaceSession s = session();
        if (s == null) {
            return;
        }
        try {
            apply(s.court().readMapping(mappingFile));
            problems.clear();
            message.set("The mapping of " + mappingFile.getFileName() + " was loaded.");
            refreshAsRead();
        } catch (TableException e) {
            problems.setAll(e.getMessage());
        }
    }

    /** The saved mappings, to choose from. */
    List<CourtMapping> saved() {
        WorkspaceSession s = session();
        return s == null ? List.of() : s.court().savedMappings();
    }

    /** Imports the file with the mapping, evaluates again, and hands over the report text. */
    void importNow(Consumer<String> report) {
        Optional<CourtMapping> m = mapping();
        WorkspaceSession s = session();
        Path f = file.get();
        if (m.isEmpty() || s == null || f == null) {
            return;
        }
        main.start("Importing court records", (p, c) -> s.importCourtRecords(f, m.get(), p, c), result -> {
            String text;
            if (result.report().isPresent()) {
                CourtImportReport r = result.report().get();
                text = String.join("\n", r.lines(true));
                main.status("Court records imported: " + r.fileName() + (result.run() == null ? ""
                        : "; run " + result.run().run().id() + " decided them"));
                if (result.run() != null) {
                    main.afterCourtImport(result.run().run());
                }
            } else if (result.outcome() instanceof org.reliefdesk.app.CourtImportService.Duplicate d) {
                text = f.getFileName() + ": not imported, the same file was already imported as " + d.importedAs()
                        + " on " + d.importedAt() + ".";
            } else {
                text = ((org.reliefdesk.app.CourtImportService.Refused) result.outcome()).message();
            }
            report.accept(text);
        }, e -> main.problem("The court import did not finish; the workspace is as it was before it", e));
    }

    /** How an "as read" row shows in the preview: its values, or why it would be set aside. */
    static List<String> cells(Object item) {
        if (item instanceof CourtRow r) {
            return List.of(Long.toString(r.line()), r.caseNumber(), r.name(), r.dob() == null ? "" : r.dob().toString(),
                    r.cii(), r.section(), r.level() == Level.UNKNOWN ? "unknown" : r.level().word(),
                    r.conviction() ? "yes" : "no", r.dispositionDate().toString(),
                    r.offenseDate() == null ? "" : r.offenseDate().toString(), "");
        }
        RowProblem p = (RowProblem) item;
        return List.of(Long.toString(p.line()), "", "", "", "", "", "", "", "", "", "set aside: " + p.reason());
    }
}
