package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A paper's document information dictionary (ISO 32000-1 section 14.3.3) and the same facts as XMP metadata
 * (section 14.3.2, what PDF 2.0 and PDF/UA read), and the file identifier.
 */
final class Metadata {
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private Metadata() {
    }

    /** The producer: the app, and the library that lays out the pages. */
    static String producer(DocumentInfo info) {
        return info.creator() + " (Apache PDFBox " + org.apache.pdfbox.util.Version.getVersion() + ")";
    }

    /** Writes the information dictionary's value. */
    static void info(DocumentInfo info, OutputStream o) throws IOException {
        info(info, null, o);
    }

    /**
     * Writes the information dictionary's value with, when {@code stamp} is not null, the audit reference under its
     * two custom keys (follow-through.md, "Papers carry the audit trail's head").
     */
    static void info(DocumentInfo info, org.reliefdesk.export.AuditStamp stamp, OutputStream o) throws IOException {
        StreamedPdf.ascii(o, "<<");
        entry(o, "Title", info.title());
        entry(o, "Author", info.author());
        entry(o, "Subject", info.subject());
        entry(o, "Keywords", info.keywords());
        entry(o, "Creator", info.creator());
        entry(o, "Producer", producer(info));
        entry(o, "CreationDate", pdfDate(info.created()));
        entry(o, "ModDate", pdfDate(info.created()));
        if (stamp != null) {
            entry(o, org.reliefdesk.export.AuditStamp.ENTRY_KEY, Long.toString(stamp.entry()));
            entry(o, org.reliefdesk.export.AuditStamp.HASH_KEY, stamp.hash());
        }
        StreamedPdf.ascii(o, " >>");
    }

    private static void entry(OutputStream o, String key, String value) throws IOException {
        StreamedPdf.ascii(o, " /" + key + " ");
        COSWriter.writeString(new COSString(value), o);
    }

    /** A PDF date: {@code D:20240506070809-07'00'}. */
    static String pdfDate(ZonedDateTime t) {
        int offset = t.getOffset().getTotalSeconds() / 60;
        String zone = offset == 0 ? "Z" : String.format(Locale.ROOT, "%s%02d'%02d'", offset < 0 ? "-" : "+",
                Math.abs(offset) / 60, Math.abs(offset) % 60);
        return "D:" + PDF_DATE.format(t) + zone;
    }

    /** The XMP packet: title, author, subject, keywords, language, dates, creator tool, producer. */
    static byte[] xmp(DocumentInfo info) {
        String when = info.created().truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
        String x = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "      xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + xml(info.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + DocumentInfo.LANGUAGE + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "   <xmp:CreatorTool>" + xml(info.creator()) + "</xmp:CreatorTool>\n"
                + "   <pdf:Producer>" + xml(producer(info)) + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + xml(info.keywords()) + "</pdf:Keywords>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return x.getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n') {
                        b.appendCodePoint(cp);
                    } else {
                        b.append(' '); // not allowed in XML 1.0
                    }
                }
            }
        });
        return b.toString();
    }

    /** The file identifier: a digest of what the paper is and when it was made (same paper, same id). */
    static String id(DocumentInfo info, int pages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((info.title() + "\n" + info.subject() + "\n" + info.created() + "\n" + pages)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
