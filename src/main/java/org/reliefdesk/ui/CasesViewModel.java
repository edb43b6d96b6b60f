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
    /** The one column the rows are sorted on (null: none, or several), and whether downwards. */
    private String orderColumn;
    private boolean orderDescending;
    /** The columns whose values never change while a run is shown (not outcome, review or override), by name. */
    private final Map<String, java.util.Comparator<CaseRow>> fixedColumns = new java.util.LinkedHashMap<>();
    /** Ready-made orders of the fixed columns for the rows in {@link #all}, once made off the FX thread. */
    private Map<String, ColumnOrder> readyOrders = Map.of();
    /** Column filters by column name: the values a row's cell must have to be shown. */
    private final Map<String, ColumnFilter> columnFilters = new java.util.LinkedHashMap<>();

    /** One column's filter: how to read the cell of a row, and the values kept. */
    record ColumnFilter(java.util.function.Function<CaseRow, String> cell, java.util.Set<String> kept) {
    }

    /**
     * One column's ascending order over a run's rows: positions in the run's list, equal values in run order, and
     * which positions hold the same value as the one before (so a downward walk keeps equal values in run order).
     */
    record ColumnOrder(int[] ascending, java.util.BitSet sameAsPrevious) {
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
     * Orders the shown rows (null: the run's order; equal values stay in run order). A single fixed column whose
     * order is ready is walked, not sorted; otherwise the rows are sorted here with the JDK's sort on the rows' own
     * fields. Either way the list's contents are replaced once: several times faster than a sorted view that asks
     * the table for every cell of every comparison.
     *
     * @param column     the one column sorted on, or null for several (or none)
     * @param comparator the whole order (already reversed when downwards), or null for run order
     */
    public void setOrder(String column, boolean descending, java.util.Comparator<CaseRow> comparator) {
        order = comparator;
        orderColumn = comparator == null ? null : column;
        orderDescending = descending;
        applySearch();
    }

    /** Declares a column whose values never change while a run is shown, with its ascending order. */
    void addFixedColumn(String column, java.util.Comparator<CaseRow> ascending) {
        fixedColumns.put(column, ascending);
    }

    /** The fixed columns, for {@link #orders} (FX thread). */
    Map<String, java.util.Comparator<CaseRow>> fixedColumns() {
        return Map.copyOf(fixedColumns);
    }

    /** The fixed columns' orders over {@code rows} (any thread; about a second of CPU for 100,000 rows). */
    static Map<String, ColumnOrder> orders(List<CaseRow> rows, Map<String, java.util.Comparator<CaseRow>> columns) {
        Map<String, ColumnOrder> out = new HashMap<>();
        for (Map.Entry<String, java.util.Comparator<CaseRow>> e : columns.entrySet()) {
            java.util.Comparator<CaseRow> c = e.getValue();
            Integer[] idx = new Integer[rows.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            // a stable sort of positions in run order: equal values keep run order
            java.util.Arrays.sort(idx, (a, b) -> c.compare(rows.get(a), rows.get(b)));
            int[] asc = new int[idx.length];
            java.util.BitSet same = new java.util.BitSet(idx.length);
            for (int k = 0; k < idx.length; k++) {
                asc[k] = idx[k];
                if (k > 0 && c.compare(rows.get(idx[k - 1]), rows.get(idx[k])) == 0) {
                    same.set(k);
                }
            }
            out.put(e.getKey(), new ColumnOrder(asc, same));
        }
        return out;
    }

    /**
     * Takes orders made by {@link #orders} for the rows {@link #all()} returned (FX thread); ignored when another
     * run was shown meanwhile. The shown order is not changed, only how later sorts are done.
     */
    void useOrders(List<CaseRow> madeFor, Map<String, ColumnOrder> orders) {
        if (madeFor == all) {
            readyOrders = Map.copyOf(orders);
        }
    }

    /** True when sorting on {@code column} walks a ready order. */
    boolean hasReadyOrder(String column) {
        return readyOrders.containsKey(column);
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
        readyOrders = Map.of();
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
        ColumnOrder ready = orderColumn == null ? null : readyOrders.get(orderColumn);
        List<CaseRow> out = new ArrayList<>();
        if (ready != null) {
            walk(ready, orderDescending, r -> matches(r, text) && passes(r, ""), out);
        } else {
            for (CaseRow r : all) {
                if (matches(r, text) && passes(r, "")) {
                    out.add(r);
                }
            }
            if (order != null) {
                out.sort(order);
            }
        }
        rows.setAll(out);
    }

    /** The rows kept, in a ready order: upwards, or downwards with each run of equal values still in run order. */
    private void walk(ColumnOrder o, boolean descending, java.util.function.Predicate<CaseRow> keep,
                      List<CaseRow> out) {
        int[] asc = o.ascending();
        if (!descending) {
            for (int i : asc) {
                CaseRow r = all.get(i);
                if (keep.test(r)) {
                    out.add(r);
                }
            }
            return;
        }
        int end = asc.length - 1;
        while (end >= 0) {
            int start = end;
            while (start > 0 && o.sameAsPrevious().get(start)) {
                start--;
            }
            for (int k = start; k <= end; k++) {
                CaseRow r = all.get(asc[k]);
                if (keep.test(r)) {
                    out.add(r);
                }
            }
            end = start - 1;
        }
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
