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

    /**
     * The audit reference at the foot of a page, under the footer, small, from {@code x}; marked as an artifact like
     * the footer it sits under (the reference is in the document information too).
     */
    static void draw(org.apache.pdfbox.pdmodel.PDPageContentStream p, org.apache.pdfbox.pdmodel.font.PDFont font,
                     float x, String text) throws IOException {
        p.beginMarkedContent(org.apache.pdfbox.cos.COSName.ARTIFACT);
        p.beginText();
        p.setFont(font, 7);
        p.newLineAtOffset(x, 20);
        p.showText(TextFit.printable(font, text));
        p.endText();
        p.endMarkedContent();
    }

    /**
     * Sets a PDF's document information as the streamed papers have it, for a paper written by PDFBox itself (the
     * cover letter), with the audit reference under its two custom keys when {@code stamp} is not null.
     */
    static void info(PDDocument doc, DocumentInfo about, AuditStamp stamp) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(about.title());
        info.setAuthor(about.author());
        info.setSubject(about.subject());
        info.setKeywords(about.keywords());
        info.setCreator(about.creator());
        info.setProducer(Metadata.producer(about));
        info.setCreationDate(java.util.GregorianCalendar.from(about.created()));
        info.setModificationDate(java.util.GregorianCalendar.from(about.created()));
        if (stamp != null) {
            info.setCustomMetadataValue(AuditStamp.ENTRY_KEY, Long.toString(stamp.entry()));
            info.setCustomMetadataValue(AuditStamp.HASH_KEY, stamp.hash());
        }
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
