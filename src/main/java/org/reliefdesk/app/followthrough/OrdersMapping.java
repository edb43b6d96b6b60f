package org.reliefdesk.app.followthrough;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reliefdesk.tabular.DatePattern;
import org.reliefdesk.tabular.FieldSpec;
import org.reliefdesk.tabular.MappingJson;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to read the court's list of orders (follow-through.md, "Court's list"), in the shared column-mapping form
 * (package {@code tabular}): which column holds the reference, or the case number, section and identity (CII, or
 * name and DOB); the result with a map of the court's values to granted, denied, modified or continued; the order
 * date; the relief a modified order granted.
 *
 * <pre>{"name": "SJ orders", "columns": {"ref": "Ref", "result": "Ruling", "orderDate": "Signed"},
 *  "dateFormat": "MM/dd/yyyy", "results": {"G": "granted", "D": "denied", "MOD": "modified"}}</pre>
 */
public record OrdersMapping(TableMapping table, NameFormat nameFormat, DatePattern dateFormat,
                            Map<String, OrderResult> results) {
    /** The kind of mapping, as saved mappings are filed. */
    public static final String KIND = "court-orders";

    /** The fields an orders mapping names columns for. */
    public static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("ref", "ReliefDesk reference (RD-0000123)", false),
            new FieldSpec("courtCaseNumber", "Court case number", false),
            new FieldSpec("section", "Code section", false),
            new FieldSpec("cii", "CII (state id)", false),
            new FieldSpec("name", "Name", false),
            new FieldSpec("dob", "Date of birth", false),
            new FieldSpec("result", "Result (granted, denied, modified)", true),
            new FieldSpec("orderDate", "Order date", true),
            new FieldSpec("newOutcome", "Relief granted, when modified", false));

    private static final Set<String> KEYS = Set.of("name", "sheet", "delimiter", "columns", "nameFormat",
            "dateFormat", "results");

    public OrdersMapping {
        results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public String name() {
        return table.name();
    }

    /** Reads a mapping's JSON; refused with a message naming the bad key, value or missing field. */
    public static OrdersMapping parse(String json, String source, String defaultName) throws TableException {
        ObjectNode n = MappingJson.parse(json, source);
        MappingJson.onlyKeys(n, KEYS, source);
        TableMapping table = MappingJson.table(n, FIELDS, defaultName, source);
        boolean keys = table.has("courtCaseNumber") && table.has("section")
                && (table.has("cii") || table.has("name") && table.has("dob"));
        if (!table.has("ref") && !keys) {
            throw new TableException(source + " cannot find a conviction: map \"ref\", or \"courtCaseNumber\", "
                    + "\"section\" and an identity (\"cii\", or \"name\" and \"dob\").");
        }
        NameFormat nameFormat = MappingJson.nameFormat(n, false, source);
        DatePattern dates = MappingJson.dateFormat(n, source);
        Map<String, OrderResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : MappingJson.textMap(n, "results", source).entrySet()) {
            OrderResult r = OrderResult.ofWord(e.getValue()).orElseThrow(() -> new TableException("\"results\" in "
                    + source + " maps \"" + e.getKey() + "\" to \"" + e.getValue() + "\"; a result must be granted, "
                    + "denied, modified or continued."));
            results.put(e.getKey(), r);
        }
        return new OrdersMapping(table, nameFormat, dates, results);
    }

    /** The mapping as JSON, the form it is saved and shared in. */
    public String toJson() {
        ObjectNode n = MappingJson.write(table);
        n.put("nameFormat", nameFormat.label());
        n.put("dateFormat", dateFormat.pattern());
        ObjectNode r = n.putObject("results");
        results.forEach((k, v) -> r.put(k, switch (v) {
            case GRANTED -> "granted";
            case GRANTED_MODIFIED -> "modified";
            case DENIED -> "denied";
            case CONTINUED -> "continued";
        }));
        return MappingJson.text(n);
    }
}
