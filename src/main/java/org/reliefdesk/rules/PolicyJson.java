package org.reliefdesk.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes BEAR/gogen eligibility-options JSON (rules.md, "Policy options"), strictly: an unknown key, a
 * value of the wrong type or out of range, a section other than 11357-11360 or one section in both lists is
 * refused with a message naming the key and the allowed values.
 */
public final class PolicyJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Loaded only when an options file is read: the data-binding mapper costs a quarter second to start. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }
    private static final Set<String> TOP = Set.of("baselineEligibility", "additionalRelief", "applyDisqualifiers",
            "unknownLevel", "dismissRelatedCharges");
    private static final Set<String> BASELINE = Set.of("dismiss", "reduce");
    private static final Set<String> RELIEF = Set.of("subjectUnder21AtConviction", "subjectAgeThreshold",
            "yearsSinceConvictionThreshold", "yearsCrimeFreeThreshold", "subjectHasOnlyProp64Charges",
            "subjectIsDeceased");

    private PolicyJson() {
    }

    public static Policy parse(String json) throws PolicyException {
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PolicyException("The eligibility options are not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("The eligibility options must be a JSON object such as "
                    + "{\"baselineEligibility\": {\"dismiss\": [\"11357\"], \"reduce\": []}}.");
        }
        checkKeys(root, TOP, "");
        JsonNode baseline = object(root, "baselineEligibility");
        JsonNode relief = object(root, "additionalRelief");
        checkKeys(baseline, BASELINE, "baselineEligibility.");
        checkKeys(relief, RELIEF, "additionalRelief.");
        List<String> dismiss = sections(baseline, "dismiss");
        List<String> reduce = sections(baseline, "reduce");
        for (String s : dismiss) {
            if (reduce.contains(s)) {
                throw new PolicyException("Section " + s + " is in both baselineEligibility.dismiss and "
                        + "baselineEligibility.reduce: a section can be dismissed or reduced, not both.");
            }
        }
        boolean under21 = bool(relief, "subjectUnder21AtConviction", "additionalRelief.", false);
        int age = range(relief, "subjectAgeThreshold", Policy.MIN_AGE, Policy.MAX_AGE);
        int since = range(relief, "yearsSinceConvictionThreshold", Policy.MIN_YEARS, Policy.MAX_YEARS);
        int crimeFree = range(relief, "yearsCrimeFreeThreshold", Policy.MIN_YEARS, Policy.MAX_YEARS);
        boolean only64 = bool(relief, "subjectHasOnlyProp64Charges", "additionalRelief.", false);
        boolean deceased = bool(relief, "subjectIsDeceased", "additionalRelief.", false);
        boolean disqualifiers = bool(root, "applyDisqualifiers", "", true);
        boolean related = bool(root, "dismissRelatedCharges", "", false);
        UnknownLevel unknown = unknownLevel(root);
        return new Policy(dismiss, reduce, under21, age, since, crimeFree, only64, deceased, disqualifiers,
                unknown, related);
    }

    /** The policy as eligibility-options JSON (gogen's keys first, then ReliefDesk's). */
    public static String write(Policy p) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("baselineEligibility");
            g.writeArrayFieldStart("dismiss");
            for (String s : p.dismiss()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reduce");
            for (String s : p.reduce()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("additionalRelief");
            g.writeBooleanField("subjectUnder21AtConviction", p.under21AtConviction());
            g.writeNumberField("subjectAgeThreshold", p.ageThreshold());
            g.writeNumberField("yearsSinceConvictionThreshold", p.yearsSinceConviction());
            g.writeNumberField("yearsCrimeFreeThreshold", p.yearsCrimeFree());
            g.writeBooleanField("subjectHasOnlyProp64Charges", p.onlyProp64());
            g.writeBooleanField("subjectIsDeceased", p.deceased());
            g.writeEndObject();
            g.writeBooleanField("applyDisqualifiers", p.applyDisqualifiers());
            g.writeStringField("unknownLevel", p.unknownLevel().json());
            g.writeBooleanField("dismissRelatedCharges", p.dismissRelatedCharges());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a policy always serialises", e);
        }
        return out.toString();
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String prefix) throws PolicyException {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (!allowed.contains(key)) {
                throw new PolicyException("Unknown key \"" + prefix + key + "\" in the eligibility options; allowed "
                        + (prefix.isEmpty() ? "top-level " : "") + "keys are: "
                        + String.join(", ", allowed.stream().sorted().map(k -> prefix + k).toList()) + ".");
            }
        }
    }

    private static JsonNode object(JsonNode root, String key) throws PolicyException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return Mapper.INSTANCE.createObjectNode();
        }
        if (!n.isObject()) {
            throw new PolicyException("\"" + key + "\" must be a JSON object.");
        }
        return n;
    }

    private static List<String> sections(JsonNode baseline, String key) throws PolicyException {
        String name = "baselineEligibility." + key;
        JsonNode n = baseline.get(key);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new PolicyException("\"" + name + "\" must be a list of code sections, e.g. [\"11357\", \"11358\"].");
        }
        for (JsonNode s : n) {
            String v = s.isTextual() ? s.asText().strip() : s.isIntegralNumber() ? s.asText() : null;
            if (v == null || !org.reliefdesk.doj.CodeSection.PROP64_NUMBERS.contains(v)) {
                throw new PolicyException("\"" + name + "\" contains " + s + ", but only the sections 11357, 11358, "
                        + "11359 and 11360 are allowed.");
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean bool(JsonNode node, String key, String prefix, boolean dflt) throws PolicyException {
        JsonNode n = node.get(key);
        if (n == null || n.isNull()) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw new PolicyException("\"" + prefix + key + "\" must be true or false, not " + n + ".");
        }
        return n.booleanValue();
    }

    private static int range(JsonNode relief, String key, int min, int max) throws PolicyException {
        JsonNode n = relief.get(key);
        if (n == null || n.isNull()) {
            return 0;
        }
        if (!n.isIntegralNumber() || n.asLong() != n.asInt() || (n.asInt() != 0 && (n.asInt() < min || n.asInt() > max))) {
            throw new PolicyException("\"additionalRelief." + key + "\" is " + n + ", but it must be 0 (off) or a "
                    + "whole number from " + min + " to " + max + ".");
        }
        return n.asInt();
    }

    private static UnknownLevel unknownLevel(JsonNode root) throws PolicyException {
        JsonNode n = root.get("unknownLevel");
        if (n == null || n.isNull()) {
            return UnknownLevel.REVIEW;
        }
        for (UnknownLevel u : UnknownLevel.values()) {
            if (n.isTextual() && u.json().equals(n.asText())) {
                return u;
            }
        }
        throw new PolicyException("\"unknownLevel\" is " + n + ", but it must be \"review\" or \"misdemeanor\".");
    }
}
