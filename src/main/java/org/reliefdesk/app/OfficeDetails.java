package org.reliefdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The District Attorney's office as court papers name it: the caption's county and court, the attorney block and
 * the signature. Kept in the workspace as JSON (key {@value #WORKSPACE_KEY}); the GUI edits it in a settings
 * screen, the CLI reads it from {@code --office FILE}.
 */
public record OfficeDetails(String county, String courtName, String courtAddress, String daName, String deputyName,
                            String barNumber, String officeAddress, String phone, String email) {
    /** The workspace setting that holds the JSON. */
    public static final String WORKSPACE_KEY = "office";
    /** The JSON keys, in order. */
    public static final List<String> KEYS = List.of("county", "courtName", "courtAddress", "daName", "deputyName",
            "barNumber", "officeAddress", "phone", "email");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Details that are missing or unusable; the message names the keys in plain words. */
    public static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> missing;

        InvalidException(String message, List<String> missing) {
            super(message);
            this.missing = List.copyOf(missing);
        }

        /** The keys that are missing or blank. */
        public List<String> missing() {
            return missing;
        }
    }

    /** Reads and checks the JSON: every key present and not blank, no unknown key. */
    public static OfficeDetails parse(String json, String source) throws InvalidException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidException("The office details in " + source + " are not valid JSON (line "
                    + e.getLocation().getLineNr() + ").", List.of());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidException("The office details in " + source + " must be a JSON object with the keys "
                    + String.join(", ", KEYS) + ".", List.of());
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!KEYS.contains(n)) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidException("The office details in " + source + " have unknown keys: "
                    + String.join(", ", unknown) + " (allowed: " + String.join(", ", KEYS) + ").", List.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String k : KEYS) {
            JsonNode v = root.get(k);
            values.put(k, v == null || v.isNull() ? "" : v.isValueNode() ? v.asText().strip() : "");
        }
        OfficeDetails d = new OfficeDetails(values.get("county"), values.get("courtName"),
                values.get("courtAddress"), values.get("daName"), values.get("deputyName"), values.get("barNumber"),
                values.get("officeAddress"), values.get("phone"), values.get("email"));
        List<String> missing = d.missingKeys();
        if (!missing.isEmpty()) {
            throw new InvalidException("The office details in " + source + " lack " + String.join(", ", missing)
                    + "; fill them in (settings screen, or the JSON given with --office).", missing);
        }
        return d;
    }

    /** The keys that are blank. */
    public List<String> missingKeys() {
        List<String> out = new ArrayList<>();
        List<String> v = values();
        for (int i = 0; i < KEYS.size(); i++) {
            if (v.get(i) == null || v.get(i).isBlank()) {
                out.add(KEYS.get(i));
            }
        }
        return out;
    }

    private List<String> values() {
        return java.util.Arrays.asList(county, courtName, courtAddress, daName, deputyName, barNumber, officeAddress,
                phone, email);
    }

    /** The JSON kept in the workspace. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        List<String> v = values();
        for (int i = 0; i < KEYS.size(); i++) {
            o.put(KEYS.get(i), v.get(i) == null ? "" : v.get(i));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
