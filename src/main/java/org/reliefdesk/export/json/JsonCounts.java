package org.reliefdesk.export.json;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** Writes a map of counts as a JSON object with its keys sorted, as both summary files do. */
final class JsonCounts {
    private JsonCounts() {
    }

    static void write(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
