package org.reliefdesk.court;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.history.Level;
import org.reliefdesk.tabular.NameFormat;
import org.reliefdesk.tabular.TableException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The court mapping JSON of court-records.md: the spec's example, a round trip, and every refusal. */
class CourtMappingTest {
    /** The example of court-records.md, as written there. */
    static final String EXAMPLE = """
            {"name": "SF court CMS", "county": "SAN FRANCISCO", "sheet": null, "delimiter": ",",
             "columns": {"courtCaseNumber": "Court Number", "name": "Truename", "dob": "DOB",
               "cii": "CII", "ssn": "SSN", "cdl": "DL Number", "fbi": "FBI", "section": "Current Charge",
               "level": "Current Level", "disposition": "Chg Disp", "dispositionDate": "Dispo Date",
               "offenseDate": "Booked Charge Date"},
             "nameFormat": "LAST/FIRST/MIDDLE", "dateFormat": "MMddyy",
             "levels": {"F": "felony", "FEL": "felony", "M": "misdemeanor", "MISD": "misdemeanor", "I": "infraction"},
             "convictionDispositions": ["110", "190", "200"]}""";

    @Test
    void readsTheSpecExample() throws TableException {
        CourtMapping m = CourtMapping.parse(EXAMPLE, "the example", "x");
        assertThat(m.name()).isEqualTo("SF court CMS");
        assertThat(m.county()).isEqualTo("SAN FRANCISCO");
        assertThat(m.table().delimiter()).isEqualTo(',');
        assertThat(m.table().sheet()).isNull();
        assertThat(m.table().columns()).hasSize(12);
        assertThat(m.table().columns().get("dob").header()).isEqualTo("DOB");
        assertThat(m.nameFormat()).isEqualTo(NameFormat.LAST_SLASH_FIRST_SLASH_MIDDLE);
        assertThat(m.dateFormat().hasTwoDigitYear()).isTrue();
        assertThat(m.level("FEL")).isEqualTo(Level.FELONY);
        assertThat(m.level("I")).isEqualTo(Level.INFRACTION);
        assertThat(m.level("fel")).isEqualTo(Level.UNKNOWN);
        assertThat(m.level("X")).isEqualTo(Level.UNKNOWN);
        assertThat(m.isConviction("190")).isTrue();
        assertThat(m.isConviction("191")).isFalse();
    }

    @Test
    void survivesARoundTripThroughItsJson() throws TableException {
        CourtMapping m = CourtMapping.parse(EXAMPLE, "the example", "x");
        CourtMapping again = CourtMapping.parse(m.toJson(), "its JSON", "y");
        assertThat(again.toJson()).isEqualTo(m.toJson());
        assertThat(again.table()).isEqualTo(m.table());
        assertThat(again.levels()).isEqualTo(m.levels());
        assertThat(again.convictionDispositions()).isEqualTo(m.convictionDispositions());
    }

    @Test
    void columnsMayBeNamedByNumberAndTheNameDefaults() throws TableException {
        CourtMapping m = CourtMapping.parse("""
                {"county": "Sacramento", "columns": {"courtCaseNumber": 1, "cii": 2, "section": 3, "disposition": 4,
                 "dispositionDate": 5}, "dateFormat": "yyyyMMdd", "convictionDispositions": ["CONVICTED"]}""",
                "m.json", "court-2019.csv");
        assertThat(m.name()).isEqualTo("court-2019.csv");
        assertThat(m.county()).isEqualTo("SACRAMENTO");
        assertThat(m.table().columns().get("cii").number()).isEqualTo(2);
        assertThat(m.table().resolve(List.of("a", "b", "c", "d", "e"), "f.csv")).containsEntry("dispositionDate", 4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing required field|\"section\": \"Current Charge\",|names no column for \"section\"",
            "unknown key|\"convictionDispositions\"|unknown key \"convictionDisposition\"",
            "unknown field|\"dob\": \"DOB\",|unknown field \"birthDate\"",
            "unknown name format|\"LAST/FIRST/MIDDLE\"|\"nameFormat\" in m.json is \"FIRST LAST\"",
            "unknown date format|\"MMddyy\"|\"dateFormat\" in m.json",
            "empty conviction list|[\"110\", \"190\", \"200\"]|lists no value",
            "unknown county|\"SAN FRANCISCO\"|not one of California's 58 counties",
            "unknown level|\"I\": \"infraction\"|a level must be felony, misdemeanor or infraction",
            "bad delimiter|\"delimiter\": \",\"|\"delimiter\" in m.json must be one character"})
    void refusesABadMappingNamingWhatIsWrong(String what, String find, String message) {
        String replace = switch (what) {
            case "missing required field" -> "";
            case "unknown key" -> "\"convictionDisposition\"";
            case "unknown field" -> "\"birthDate\": \"DOB\",";
            case "unknown name format" -> "\"FIRST LAST\"";
            case "unknown date format" -> "\"MM-dd-yyyy hh:mm\"";
            case "empty conviction list" -> "[]";
            case "unknown county" -> "\"GOTHAM\"";
            case "unknown level" -> "\"I\": \"violation\"";
            case "bad delimiter" -> "\"delimiter\": \"ab\"";
            default -> throw new IllegalArgumentException(what);
        };
        assertThat(EXAMPLE).contains(find);
        String json = EXAMPLE.replace(find, replace);
        assertThatThrownBy(() -> CourtMapping.parse(json, "m.json", "x")).isInstanceOf(TableException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesAMappingWithoutIdentity() {
        String json = """
                {"county": "YOLO", "columns": {"courtCaseNumber": "A", "name": "N", "section": "S",
                 "disposition": "D", "dispositionDate": "DD"}, "nameFormat": "LAST, FIRST MIDDLE",
                 "dateFormat": "yyyyMMdd", "convictionDispositions": ["C"]}""";
        assertThatThrownBy(() -> CourtMapping.parse(json, "m.json", "x")).hasMessageContaining("names no identity");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> CourtMapping.parse("{\"county\": ", "m.json", "x"))
                .hasMessageContaining("m.json is not valid JSON");
        assertThatThrownBy(() -> CourtMapping.parse("[1]", "m.json", "x")).hasMessageContaining("one JSON object");
    }

    @Test
    void aHeaderThatIsNotInTheFileIsNamed() throws TableException {
        CourtMapping m = CourtMapping.parse(EXAMPLE, "the example", "x");
        List<String> headers = List.of("Court Number", "Truename", "DOB", "CII", "SSN", "DL Number", "FBI",
                "Charge", "Current Level", "Chg Disp", "Dispo Date", "Booked Charge Date");
        assertThatThrownBy(() -> m.table().resolve(headers, "court.csv")).isInstanceOf(TableException.class)
                .hasMessageContaining("\"section\" names the header \"Current Charge\", which court.csv does not have");
    }

    @Test
    void aHeaderTheFileHasTwiceMustBeNamedByNumber() throws TableException {
        CourtMapping m = CourtMapping.parse(EXAMPLE, "the example", "x");
        List<String> headers = List.of("Court Number", "Truename", "DOB", "DOB", "CII", "SSN", "DL Number", "FBI",
                "Current Charge", "Current Level", "Chg Disp", "Dispo Date", "Booked Charge Date");
        assertThatThrownBy(() -> m.table().resolve(headers, "court.csv")).hasMessageContaining("more than once");
    }
}
