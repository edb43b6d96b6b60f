package org.reliefdesk.doj;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The 58 counties of California, written as the DOJ file writes STP_ORI_CNTY_NAME (upper case). */
public final class CaliforniaCounties {
    private CaliforniaCounties() {
    }

    public static final List<String> ALL = List.of("ALAMEDA", "ALPINE", "AMADOR", "BUTTE", "CALAVERAS", "COLUSA",
            "CONTRA COSTA", "DEL NORTE", "EL DORADO", "FRESNO", "GLENN", "HUMBOLDT", "IMPERIAL", "INYO", "KERN",
            "KINGS", "LAKE", "LASSEN", "LOS ANGELES", "MADERA", "MARIN", "MARIPOSA", "MENDOCINO", "MERCED", "MODOC",
            "MONO", "MONTEREY", "NAPA", "NEVADA", "ORANGE", "PLACER", "PLUMAS", "RIVERSIDE", "SACRAMENTO",
            "SAN BENITO", "SAN BERNARDINO", "SAN DIEGO", "SAN FRANCISCO", "SAN JOAQUIN", "SAN LUIS OBISPO",
            "SAN MATEO", "SANTA BARBARA", "SANTA CLARA", "SANTA CRUZ", "SHASTA", "SIERRA", "SISKIYOU", "SOLANO",
            "SONOMA", "STANISLAUS", "SUTTER", "TEHAMA", "TRINITY", "TULARE", "TUOLUMNE", "VENTURA", "YOLO", "YUBA");

    /** The county named by a file value (padding and case ignored), if it is one of the 58. */
    public static Optional<String> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = DojText.clean(value).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return ALL.contains(v) ? Optional.of(v) : Optional.empty();
    }
}
