package org.reliefdesk.export.pdf;

/** The office details a caption needs (CRC 2.111: attorney block, court title); all fields non-blank. */
public record Letterhead(String county, String courtName, String courtAddress, String daName, String deputyName,
                         String barNumber, String officeAddress, String phone, String email) {

    /** The county as a caption writes it: {@code COUNTY OF SAN JOAQUIN}. */
    String countyLine() {
        String c = county.strip().toUpperCase(java.util.Locale.ROOT);
        return c.startsWith("COUNTY OF ") ? c : "COUNTY OF " + c;
    }

    /** The county in running text: {@code County of San Joaquin}. */
    String countyWords() {
        String c = county.strip();
        return c.toUpperCase(java.util.Locale.ROOT).startsWith("COUNTY OF ") ? c : "County of " + c;
    }
}
