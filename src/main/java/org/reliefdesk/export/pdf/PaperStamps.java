package org.reliefdesk.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.reliefdesk.export.AuditStamp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Puts the audit reference into a PDF's information dictionary, and reads it back from a PDF file. */
public final class PaperStamps {
    private PaperStamps() {
    }

    /** The audit reference at the foot of a page, under the footer, small, from {@code x}. */
    static void draw(org.apache.pdfbox.pdmodel.PDPageContentStream p, org.apache.pdfbox.pdmodel.font.PDFont font,
                     float x, String text) throws IOException {
        p.beginText();
        p.setFont(font, 7);
        p.newLineAtOffset(x, 20);
        p.showText(Pleading.printable(font, text));
        p.endText();
    }

    /** Adds the two custom keys to the document's information (other keys are left as they are). */
    static void put(PDDocument doc, AuditStamp stamp) {
        if (stamp == null) {
            return;
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCustomMetadataValue(AuditStamp.ENTRY_KEY, Long.toString(stamp.entry()));
        info.setCustomMetadataValue(AuditStamp.HASH_KEY, stamp.hash());
    }

    /**
     * The audit reference a PDF carries in its information dictionary; empty when it has none.
     *
     * @throws IOException when the file is not a readable PDF
     */
    public static Optional<AuditStamp> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            return AuditStamp.of(info.getCustomMetadataValue(AuditStamp.ENTRY_KEY),
                    info.getCustomMetadataValue(AuditStamp.HASH_KEY));
        }
    }
}
