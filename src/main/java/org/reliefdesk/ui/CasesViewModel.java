package org.reliefdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.rules.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case grid's state: every in-scope conviction of the selected run, the rows matching the quick search (the
 * list the table's column filters work on), the selection and the counts of the status bar.
 */
public final class CasesViewModel {
    private List<CaseRow> all = List.of();
    private Map<Long, Integer> indexById = new HashMap<>();
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper needsReview = new ReadOnlyIntegerWrapper(this, "needsReview");
    private final ReadOnlyIntegerWrapper overridden = new ReadOnlyIntegerWrapper(this, "overridden");
    private final ReadOnlyIntegerWrapper reviewed = new ReadOnlyIntegerWrapper(this, "reviewed");
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private final ReadOnlyIntegerWrapper filteredColumns = new ReadOnlyIntegerWrapper(this, "filteredColumns");
    /** The order of the shown rows (null: run order). */
    private java.util.Comparator<CaseRow> order;
    /** Column filters by column name: the values a row's cell must have to be shown. */
    private final Map<String, ColumnFilter> columnFilters = new java.util.LinkedHashMap<>();

    /** One column's filter: how to read the cell of a row, and the values kept. */
    record ColumnFilter(java.util.function.Function<CaseRow, String> cell, java.util.Set<String> kept) {
    }

    /** One value a column shows, with how many convictions have it (for a column's filter list). */
    public record ColumnValue(String value, int count) {
    }

    CasesViewModel() {
        search.addListener((o, was, now) -> applySearch());
    }

    /** The rows matching the quick search, in run order: the table's backing list (contents replaced, never the list). */
    public ObservableList<CaseRow> rows() {
        return rows;
    }

    /** Every conviction of the run, whatever the search. */
    public List<CaseRow> all() {
        return all;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty needsReviewProperty() {
        return needsReview.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overriddenProperty() {
        return overridden.getReadOnlyProperty();
    }

    /**
     * Orders the shown rows (null: the run's order). The rows are sorted here, with the JDK's sort on the rows'
     * own fields, and the list's contents replaced once: several times faster than a sorted view that asks the
     * table for every cell of every comparison.
     */
    public void setOrder(java.util.Comparator<CaseRow> comparator) {
        order = comparator;
        List<CaseRow> out = new ArrayList<>(rows);
        if (order == null) {
            out.sort(java.util.Comparator.comparingInt(r -> indexById.get(r.decisionId())));
        } else {
            out.sort(order);
        }
        rows.setAll(out);
    }

    /** How many columns are filtered. */
    public ReadOnlyIntegerProperty filteredColumnsProperty() {
        return filteredColumns.getReadOnlyProperty();
    }

    /** True when the column has a filter. */
    public boolean isFiltered(String column) {
        return columnFilters.containsKey(column);
    }

    /** The values a column keeps, or null when it is not filtered. */
    public java.util.Set<String> keptValues(String column) {
        ColumnFilter f = columnFilters.get(column);
        return f == null ? null : f.kept();
    }

    /**
     * Keeps only the rows whose cell in {@code column} is one of {@code kept}; null removes the column's filter.
     * Filters of several columns combine (a row must pass all), and with the quick search.
     */
    public void setColumnFilter(String column, java.util.function.Function<CaseRow, String> cell,
                                java.util.Set<String> kept) {
        if (kept == null) {
            columnFilters.remove(column);
        } else {
            columnFilters.put(column, new ColumnFilter(cell, java.util.Set.copyOf(kept)));
        }
        filteredColumns.set(columnFilters.size());
        applySearch();
    }

    public void clearColumnFilters() {
        columnFilters.clear();
        filteredColumns.set(0);
        applySearch();
    }

    /**
     * The distinct values of a column among the rows the other filters and the search keep, sorted, with counts:
     * what a column's filter list offers.
     */
    public List<ColumnValue> columnValues(String column, java.util.function.Function<CaseRow, String> cell) {
        Map<String, int[]> counts = new HashMap<>();
        String text = norm(search.get());
        for (CaseRow r : all) {
            if (matches(r, text) && passes(r, column)) {
                counts.computeIfAbsent(cell.apply(r), k -> new int[1])[0]++;
            }
        }
        List<ColumnValue> out = new ArrayList<>(counts.size());
        counts.forEach((v, n) -> out.add(new ColumnValue(v, n[0])));
        out.sort(java.util.Comparator.comparing(ColumnValue::value));
        return out;
    }

    private boolean passes(CaseRow r, String except) {
        for (Map.Entry<String, ColumnFilter> e : columnFilters.entrySet()) {
            if (!e.getKey().equals(except) && !e.getValue().kept().contains(e.getValue().cell().apply(r))) {
                return false;
            }
        }
        return true;
    }

    /** Changes whenever the run's rows or an outcome change (not when the search changes what is shown). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    /** A run's rows with their index, made ready off the FX thread (100,000 rows take a while to index). */
    static final class Prepared {
        private final List<CaseRow> rows;
        private final Map<Long, Integer> index;
        private final int[] counts;

        Prepared(List<CaseRow> list) {
            rows = new ArrayList<>(list);
            index = new HashMap<>(Math.max(16, rows.size() * 2));
            for (int i = 0; i < rows.size(); i++) {
                index.put(rows.get(i).decisionId(), i);
            }
            counts = count(rows);
        }
    }

    void setRows(List<CaseRow> list) {
        setRows(new Prepared(list));
    }

    /** Shows a prepared run (FX thread): only the list replacement and the counts happen here. */
    void setRows(Prepared prepared) {
        all = prepared.rows;
        indexById = prepared.index;
        selected.set(null);
        columnFilters.clear();
        filteredColumns.set(0);
        show(prepared.counts);
        applySearch();
    }

    /** Puts a changed row (override, review mark) in place everywhere it is shown. */
    void replace(CaseRow row) {
        Integer i = indexById.get(row.decisionId());
        if (i == null) {
            return;
        }
        all.set(i, row);
        int shown = indexOfShown(row.decisionId());
        if (shown >= 0) {
            rows.set(shown, row);
        }
        recount();
        if (selected.get() != null && selected.get().decisionId() == row.decisionId()) {
            selected.set(row);
        }
    }

    private int indexOfShown(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).decisionId() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The index in {@code shown} of the first unreviewed row after {@code from} (wrapping), or -1 when none. */
    public static int nextUnreviewed(List<CaseRow> shown, int from) {
        int n = shown.size();
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod(from + k, n);
            if (!shown.get(i).reviewed()) {
                return i;
            }
        }
        return -1;
    }

    /** True when a row matches the quick search: name, CII or case number contain the text (case and spaces ignored). */
    public static boolean matches(CaseRow r, String text) {
        if (text.isEmpty()) {
            return true;
        }
        return norm(r.name()).contains(text) || norm(r.cii()).contains(text) || norm(r.caseNumber()).contains(text);
    }

    private static String norm(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replace(" ", "");
    }

    private void applySearch() {
        String text = norm(search.get());
        if (text.isEmpty() && columnFilters.isEmpty() && order == null) {
            rows.setAll(all);
            return;
        }
        List<CaseRow> out = new ArrayList<>();
        for (CaseRow r : all) {
            if (matches(r, text) && passes(r, "")) {
                out.add(r);
            }
        }
        if (order != null) {
            out.sort(order);
        }
        rows.setAll(out);
    }

    private void recount() {
        show(count(all));
    }

    private void show(int[] counts) {
        total.set(counts[0]);
        needsReview.set(counts[1]);
        overridden.set(counts[2]);
        reviewed.set(counts[3]);
        version.set(version.get() + 1);
    }

    /** Total, needing review, overridden, reviewed. */
    private static int[] count(List<CaseRow> rows) {
        int review = 0;
        int over = 0;
        int done = 0;
        for (CaseRow r : rows) {
            if (r.effectiveOutcome() == Outcome.NEEDS_REVIEW) {
                review++;
            }
            if (r.overridden()) {
                over++;
            }
            if (r.reviewed()) {
                done++;
            }
        }
        return new int[] {rows.size(), review, over, done};
    }
}
