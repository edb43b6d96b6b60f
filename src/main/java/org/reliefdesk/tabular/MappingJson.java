package org.reliefdesk.tabular;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing the JSON of a column mapping. Every refusal names the key at fault and where it is, so a
 * paralegal can fix a mapping file by hand; the keys every mapping shares ({@code name}, {@code sheet},
 * {@code delimiter}, {@code columns}) are read here, a kind's own keys by the kind.
 */
public final class MappingJson {
    /** The keys every mapping may have. */
    public static final Set<String> COMMON_KEYS = Set.of("name", "sheet", "delimiter", "columns");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingJson() {
    }

    /** The JSON object of a mapping; refused when it is not valid JSON or not an object. */
    public static ObjectNode parse(String json, String source) throws TableException {
        JsonNode n;
        try {
            n = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new TableException(source + " is not valid JSON (" + e.getOriginalMessage() + ", line "
                    + e.getLocation().getLineNr() + ").", e);
        }
        if (n == null || !n.isObject()) {
            throw new TableException(source + " must hold one JSON object, like {\"name\": ..., \"columns\": {...}}.");
        }
        return (ObjectNode) n;
    }

    /** Refuses any key not in {@code allowed}, naming it and listing the allowed ones. */
    public static void onlyKeys(ObjectNode n, Set<String> allowed, String where) throws TableException {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new TableException(where + " has an unknown key \"" + key + "\"; the keys it may have are: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    /** A text value: null when absent or JSON null (refused when {@code required}); refused when not text. */
    public static String text(ObjectNode n, String key, boolean required, String source) throws TableException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new TableException(source + " lacks \"" + key + "\".");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new TableException("\"" + key + "\" in " + source + " must be text, not " + v.getNodeType()
                    .name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return v.asText();
    }

    /**
     * The shared part: {@code name} (default: {@code defaultName}), {@code sheet}, {@code delimiter} (one character,
     * or {@code \t}/{@code tab}) and {@code columns}, whose keys must be among {@code fields}.
     */
    public static TableMapping table(ObjectNode n, List<FieldSpec> fields, String defaultName, String source)
            throws TableException {
        String name = text(n, "name", false, source);
        String sheet = text(n, "sheet", false, source);
        String delim = text(n, "delimiter", false, source);
        char delimiter = 0;
        if (delim != null && !delim.isEmpty()) {
            if (delim.equals("\t") || delim.equalsIgnoreCase("\\t") || delim.equalsIgnoreCase("tab")) {
                delimiter = '\t';
            } else if (delim.length() == 1 && !Character.isLetterOrDigit(delim.charAt(0)) && delim.charAt(0) != '"') {
                delimiter = delim.charAt(0);
            } else {
                throw new TableException("\"delimiter\" in " + source + " must be one character such as \",\", \";\","
                        + " \"|\" or \"\\t\" (tab), not \"" + delim + "\".");
            }
        }
        JsonNode cols = n.get("columns");
        if (cols == null || !cols.isObject()) {
            throw new TableException(source + " lacks \"columns\": an object naming the column of each field, e.g. "
                    + "{\"courtCaseNumber\": \"Court Number\"}.");
        }
        Set<String> known = new java.util.LinkedHashSet<>();
        fields.forEach(f -> known.add(f.key()));
        Map<String, ColumnRef> columns = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = cols.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                throw new TableException("\"columns\" in " + source + " has an unknown field \"" + e.getKey()
                        + "\"; the fields are: " + String.join(", ", known) + ".");
            }
            JsonNode v = e.getValue();
            if (v.isNull() || v.isTextual() && v.asText().isBlank()) {
                continue; // a field left unmapped
            }
            if (v.isTextual()) {
                columns.put(e.getKey(), ColumnRef.header(v.asText()));
            } else if (v.isInt() && v.asInt() >= 1) {
                columns.put(e.getKey(), ColumnRef.number(v.asInt()));
            } else {
                throw new TableException("\"" + e.getKey() + "\" in the columns of " + source + " must be a header "
                        + "(text) or a column number from 1, not " + v + ".");
            }
        }
        for (FieldSpec f : fields) {
            if (f.required() && !columns.containsKey(f.key())) {
                throw new TableException(source + " names no column for \"" + f.key() + "\" (" + f.label()
                        + "), which is required.");
            }
        }
        return new TableMapping(name == null || name.isBlank() ? defaultName : name.strip(), blankToNull(sheet),
                delimiter, columns);
    }

    /**
     * The {@code "nameFormat"} of a mapping ({@link NameFormat#LAST_COMMA_FIRST_MIDDLE} when absent and not
     * {@code required}); an unknown one is refused, naming the formats there are.
     */
    public static NameFormat nameFormat(ObjectNode n, boolean required, String source) throws TableException {
        String text = text(n, "nameFormat", required, source);
        if (text == null) {
            return NameFormat.LAST_COMMA_FIRST_MIDDLE;
        }
        return NameFormat.of(text).orElseThrow(() -> new TableException("\"nameFormat\" in " + source + " is \""
                + text + "\"; it must be one of: " + String.join(", ", java.util.Arrays.stream(NameFormat.values())
                .map(NameFormat::label).toList()) + "."));
    }

    /** The required {@code "dateFormat"} of a mapping; one {@link DatePattern} cannot read is refused, saying why. */
    public static DatePattern dateFormat(ObjectNode n, String source) throws TableException {
        String text = text(n, "dateFormat", true, source);
        try {
            return DatePattern.of(text);
        } catch (TableException e) {
            throw new TableException("\"dateFormat\" in " + source + ": " + e.getMessage(), e);
        }
    }

    /** A JSON object of text values ({@code "levels": {"F": "felony"}}); empty when absent. */
    public static Map<String, String> textMap(ObjectNode n, String key, String source) throws TableException {
        JsonNode v = n.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new TableException("\"" + key + "\" in " + source + " must be an object of values, e.g. {\"F\": "
                    + "\"felony\"}.");
        }
        Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new TableException("\"" + key + "\" in " + source + ": the value of \"" + e.getKey()
                        + "\" must be text.");
            }
            out.put(e.getKey().strip(), e.getValue().asText().strip());
        }
        return out;
    }

    /** A JSON array of text values (numbers are taken as written); empty when absent. */
    public static List<String> textList(ObjectNode n, String key, String source) throws TableException {
        JsonNode v = n.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new TableException("\"" + key + "\" in " + source + " must be a list, e.g. [\"110\", \"190\"].");
        }
        for (JsonNode e : v) {
            if (!e.isTextual() && !e.isNumber()) {
                throw new TableException("\"" + key + "\" in " + source + " may hold only text values, not " + e + ".");
            }
            String s = e.asText().strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Starts the JSON of a mapping with its shared keys, in the order people read them. */
    public static ObjectNode write(TableMapping m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", m.name());
        if (m.sheet() == null) {
            n.putNull("sheet");
        } else {
            n.put("sheet", m.sheet());
        }
        if (m.delimiter() == 0) {
            n.putNull("delimiter");
        } else {
            n.put("delimiter", String.valueOf(m.delimiter()));
        }
        ObjectNode cols = n.putObject("columns");
        m.columns().forEach((field, ref) -> {
            if (ref.byNumber()) {
                cols.put(field, ref.number());
            } else {
                cols.put(field, ref.header());
            }
        });
        return n;
    }

    /** The object as indented JSON text. */
    public static String text(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
