package org.reliefdesk.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part every column mapping shares: its name, the workbook sheet (null: the first), the CSV delimiter (0: detect)
 * and which column holds each field. What the fields mean is the mapping kind's business (court records, orders).
 */
public record TableMapping(String name, String sheet, char delimiter, Map<String, ColumnRef> columns) {

    public TableMapping {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** True when the mapping names a column for {@code field}. */
    public boolean has(String field) {
        return columns.containsKey(field);
    }

    /**
     * The 0-based column of each mapped field in a file with these headers; refused with every problem named (a
     * header that is not in the file, a number past its last column, a header the file has twice).
     */
    public Map<String, Integer> resolve(List<String> headers, String fileName) throws TableException {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ColumnRef> e : columns.entrySet()) {
            int i = e.getValue().indexIn(headers);
            if (i == -1) {
                problems.add(e.getValue().byNumber()
                        ? "\"" + e.getKey() + "\" names column " + e.getValue().number() + ", but " + fileName
                        + " has " + headers.size() + " columns"
                        : "\"" + e.getKey() + "\" names the header " + e.getValue().describe() + ", which " + fileName
                        + " does not have");
            } else if (i == -2) {
                problems.add("\"" + e.getKey() + "\" names the header " + e.getValue().describe() + ", which "
                        + fileName + " has more than once (name the column by its number instead)");
            } else {
                out.put(e.getKey(), i);
            }
        }
        if (!problems.isEmpty()) {
            throw new TableException("The mapping \"" + name + "\" does not fit " + fileName + ": "
                    + String.join("; ", problems) + ". Its headers are: " + String.join(", ", headers) + ".");
        }
        return out;
    }
}
