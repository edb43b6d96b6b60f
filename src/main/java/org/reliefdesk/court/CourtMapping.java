package org.reliefdesk.court;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.reliefdesk.doj.CaliforniaCounties;
import org.reliefdesk.history.Level;
import org.reliefdesk.tabular.DatePattern;
import org.reliefdesk.tabular.FieldSpec;
import org.reliefdesk.tabular.MappingJson;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.TableMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read one county's court case-system export (court-records.md, "The input"): the shared table mapping,
 * the court's county, the name and date formats, the file's level values and the disposition values that mean a
 * conviction.
 */
public record CourtMapping(TableMapping table, String county, NameFormat nameFormat, DatePattern dateFormat,
                           Map<String, Level> levels, List<String> convictionDispositions) {

    /** The kind of mapping, as saved mappings are filed. */
    public static final String KIND = "court-records";

    /** The fields a court mapping names columns for, required ones marked. */
    public static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("courtCaseNumber", "Court case number", true),
            new FieldSpec("name", "Name", false),
            new FieldSpec("dob", "Date of birth", false),
            new FieldSpec("cii", "CII (state id)", false),
            new FieldSpec("ssn", "Social Security number", false),
            new FieldSpec("cdl", "Driver licence", false),
            new FieldSpec("fbi", "FBI number", false),
            new FieldSpec("section", "Code section (charge)", true),
            new FieldSpec("level", "Level (felony, misdemeanor...)", false),
            new FieldSpec("disposition", "Disposition", true),
            new FieldSpec("dispositionDate", "Disposition date", true),
            new FieldSpec("offenseDate", "Offense date", false));

    private static final Set<String> KEYS = Set.of("name", "county", "sheet", "delimiter", "columns", "nameFormat",
            "dateFormat", "levels", "convictionDispositions");
    private static final Map<String, Level> LEVEL_WORDS = Map.of("felony", Level.FELONY, "misdemeanor",
            Level.MISDEMEANOR, "infraction", Level.INFRACTION);

    public CourtMapping {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        convictionDispositions = List.copyOf(convictionDispositions);
    }

    public String name() {
        return table.name();
    }

    /**
     * Reads a mapping's JSON; refused with a message naming the bad key, value or missing field. {@code source}
     * names where the JSON came from ("the mapping file court.json"); {@code defaultName} serves when it has no name.
     */
    public static CourtMapping parse(String json, String source, String defaultName) throws TableException {
        ObjectNode n = MappingJson.parse(json, source);
        MappingJson.onlyKeys(n, KEYS, source);
        TableMapping table = MappingJson.table(n, FIELDS, defaultName, source);
        boolean nameAndDob = table.has("name") && table.has("dob");
        if (!nameAndDob && !table.has("cii") && !table.has("ssn") && !table.has("cdl")) {
            throw new TableException(source + " names no identity: map \"name\" and \"dob\", or \"cii\", \"ssn\" or "
                    + "\"cdl\" (at least one), so rows can be linked to people.");
        }
        String countyText = MappingJson.text(n, "county", true, source);
        String county = CaliforniaCounties.find(countyText).orElseThrow(() -> new TableException("\"county\" in "
                + source + " is \"" + countyText + "\", which is not one of California's 58 counties."));
        NameFormat nameFormat = MappingJson.nameFormat(n, table.has("name"), source);
        DatePattern dates = MappingJson.dateFormat(n, source);
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : MappingJson.textMap(n, "levels", source).entrySet()) {
            Level level = LEVEL_WORDS.get(e.getValue().toLowerCase(Locale.ROOT));
            if (level == null) {
                throw new TableException("\"levels\" in " + source + " maps \"" + e.getKey() + "\" to \""
                        + e.getValue() + "\"; a level must be felony, misdemeanor or infraction.");
            }
            levels.put(e.getKey(), level);
        }
        List<String> convictions = MappingJson.textList(n, "convictionDispositions", source);
        if (convictions.isEmpty()) {
            throw new TableException("\"convictionDispositions\" in " + source + " lists no value: name the "
                    + "disposition values that mean a conviction (e.g. [\"CONVICTED\"]), or no row could be decided.");
        }
        return new CourtMapping(table, county, nameFormat, dates, levels, convictions);
    }

    /**
     * A mapping from the parts a dialog holds, checked exactly as a mapping file is (so every refusal names what is
     * wrong): columns by field, the name and date formats as written, level words by file value ({@code felony}...),
     * the disposition values that mean a conviction.
     */
    public static CourtMapping build(TableMapping table, String county, String nameFormat, String dateFormat,
                                     Map<String, String> levels, List<String> convictions) throws TableException {
        ObjectNode n = MappingJson.write(table);
        n.put("county", county == null ? "" : county);
        if (nameFormat != null) {
            n.put("nameFormat", nameFormat);
        }
        n.put("dateFormat", dateFormat == null ? "" : dateFormat);
        ObjectNode lv = n.putObject("levels");
        levels.forEach(lv::put);
        var list = n.putArray("convictionDispositions");
        convictions.forEach(list::add);
        return parse(MappingJson.text(n), "the mapping", table.name());
    }

    /** The mapping as JSON, the form it is saved and shared in. */
    public String toJson() {
        ObjectNode n = MappingJson.write(table);
        ObjectNode out = n.objectNode();
        out.put("name", table.name());
        out.put("county", county);
        out.set("sheet", n.get("sheet"));
        out.set("delimiter", n.get("delimiter"));
        out.set("columns", n.get("columns"));
        out.put("nameFormat", nameFormat.label());
        out.put("dateFormat", dateFormat.pattern());
        ObjectNode lv = out.putObject("levels");
        levels.forEach((k, v) -> lv.put(k, v.word()));
        var list = out.putArray("convictionDispositions");
        convictionDispositions.forEach(list::add);
        return MappingJson.text(out);
    }

    /** The level a file value (trimmed, exact) means; any value the mapping does not list is unknown. */
    public Level level(String value) {
        return levels.getOrDefault(value, Level.UNKNOWN);
    }

    /** True when the disposition value (trimmed, exact) means a conviction. */
    public boolean isConviction(String disposition) {
        return convictionDispositions.contains(disposition);
    }

    /** The same mapping under another name (saving a copy). */
    public CourtMapping named(String name) {
        return new CourtMapping(new TableMapping(name, table.sheet(), table.delimiter(), table.columns()), county,
                nameFormat, dateFormat, levels, convictionDispositions);
    }

    /** Every field key, for the dialog's rows. */
    public static List<String> fieldKeys() {
        List<String> out = new ArrayList<>();
        FIELDS.forEach(f -> out.add(f.key()));
        return out;
    }
}
