package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF written part by part to a stream, so that a paper of thousands of pages needs memory for one part only
 * (PDFBox's {@code PDDocument.save} keeps every page object until the end). Each finished part's pages are written
 * at once with their content streams, their structure (tagged PDF) and their bookmarks, and then forgotten; the
 * fonts, embedded as the subset of glyphs all pages used, the page tree, the structure tree's root, the outline, the
 * document information and the cross-reference stream follow in {@link #finish}. What is kept per page is a few
 * numbers.
 *
 * <p>Small objects (page dictionaries, structure elements, bookmarks) go into compressed object streams (PDF 1.5),
 * so tagging adds less to the file (structure elements omit the optional {@code /Type /StructElem} for the same
 * reason). Object numbers 1-7 are reserved: catalog, page tree, structure tree root,
 * the {@code Document} element, outline root, document information, XMP metadata.
 */
final class StreamedPdf {
    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int CATALOG = 1;
    private static final int PAGES = 2;
    private static final int STRUCT_ROOT = 3;
    private static final int DOCUMENT = 4;
    private static final int OUTLINES = 5;
    private static final int INFO = 6;
    private static final int METADATA = 7;
    private final PdfObjects.CountingStream out;
    private final PdfObjects objects;
    private int[] kids = new int[256];
    /** Per page (its {@code /StructParents} key), the object number of its parent-tree array. */
    private int[] parentArrays = new int[256];
    private int pages;
    /** The {@code Sect} elements, children of the {@code Document} element. */
    private int[] sections = new int[16];
    private int sectionCount;
    private final Outline outline;
    /** Font dictionaries (by identity) to their reserved object numbers, in order of first use. */
    private final Map<COSDictionary, Integer> fontNumbers = new IdentityHashMap<>();
    private final List<COSDictionary> fontOrder = new ArrayList<>();
    private final Map<COSDictionary, PDFont> fontsByDict = new IdentityHashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private boolean finished;
    /** The audit reference for the information dictionary, or null (no /Info is written). */
    private org.reliefdesk.export.AuditStamp stamp;

    private record Pending(int number, COSStream stream) {
    }

    /** {@code fonts}: every font the pages may use (subset on {@link #finish}). */
    StreamedPdf(OutputStream out, PDFont... fonts) throws IOException {
        this.out = new PdfObjects.CountingStream(new BufferedOutputStream(out, 1 << 15));
        this.objects = new PdfObjects(this.out);
        for (PDFont f : fonts) {
            fontsByDict.put(f.getCOSObject(), f);
        }
        this.out.write(HEADER);
        for (int n = CATALOG; n <= METADATA; n++) {
            objects.reserve();
        }
        this.outline = new Outline(objects, OUTLINES);
    }

    /** The audit reference kept in the file's information dictionary (null: none). */
    void stamp(org.reliefdesk.export.AuditStamp value) {
        this.stamp = value;
    }

    int pages() {
        return pages;
    }

    /**
     * Writes a finished part: its pages, the structure elements of its sections (with the parent tree entries of its
     * pages) and its bookmarks. The pages and the tags are not needed afterwards.
     */
    void part(List<PDPage> partPages, Tags tags) throws IOException {
        Map<PDPage, Integer> pageNumbers = new IdentityHashMap<>();
        int firstKey = pages;
        for (PDPage p : partPages) {
            pageNumbers.put(p, page(p));
        }
        for (Tags.Node s : tags.sections()) {
            StructureElements.write(objects, s, DOCUMENT, pageNumbers);
            if (sectionCount == sections.length) {
                sections = Arrays.copyOf(sections, sectionCount * 2);
            }
            sections[sectionCount++] = s.number;
        }
        List<List<Tags.Node>> owners = tags.owners();
        for (int i = 0; i < owners.size(); i++) {
            StringBuilder b = new StringBuilder("[");
            for (Tags.Node owner : owners.get(i)) {
                b.append(b.length() > 1 ? " " : "").append(owner.number).append(" 0 R");
            }
            int n = objects.reserve();
            ascii(objects.compressed(n), b.append(']').toString());
            parentArrays[firstKey + i] = n;
        }
        for (Tags.Bookmark m : tags.bookmarks()) {
            outline.add(m.title(), pageNumbers.get(m.page()), m.top());
        }
    }

    /** Writes a finished page (its content streams and resources) and returns its object number. */
    private int page(PDPage page) throws IOException {
        COSDictionary pd = page.getCOSObject();
        COSBase contents = pd.getDictionaryObject(COSName.CONTENTS);
        int[] streams;
        if (contents instanceof COSStream s) {
            streams = new int[] {writeStream(s)};
        } else if (contents instanceof COSArray a) {
            streams = new int[a.size()];
            for (int i = 0; i < a.size(); i++) {
                streams[i] = writeStream((COSStream) a.getObject(i));
            }
        } else {
            streams = new int[0];
        }
        int n = objects.reserve();
        OutputStream o = objects.compressed(n);
        StringBuilder b = new StringBuilder("<< /Type /Page /Parent 2 0 R /MediaBox [");
        float[] box = page.getMediaBox().getCOSArray().toFloatArray();
        for (int i = 0; i < box.length; i++) {
            b.append(i == 0 ? "" : " ").append(number(box[i]));
        }
        b.append("] /Contents [");
        for (int i = 0; i < streams.length; i++) {
            b.append(i == 0 ? "" : " ").append(streams[i]).append(" 0 R");
        }
        // its marked content's owners are at this key of the parent tree; Tab follows the structure order
        b.append("] /StructParents ").append(pages).append(" /Tabs /S /Resources ");
        ascii(o, b.toString());
        COSDictionary resources = pd.getCOSDictionary(COSName.RESOURCES);
        value(o, resources == null ? new COSDictionary() : resources, true);
        ascii(o, " >>");
        if (pages == kids.length) {
            kids = Arrays.copyOf(kids, pages * 2);
            parentArrays = Arrays.copyOf(parentArrays, pages * 2);
        }
        kids[pages++] = n;
        return n;
    }

    /**
     * Embeds the font subsets and writes the page tree, the structure tree's root, the outline, the catalog, the
     * document information and the cross-reference stream.
     */
    void finish(DocumentInfo info) throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        for (COSDictionary fd : fontOrder) {
            PDFont font = fontsByDict.get(fd);
            if (font.willBeSubset()) {
                font.subset();
            }
            begin(fontNumbers.get(fd));
            value(out, fd, false);
            ascii(out, "\nendobj\n");
            drain();
        }
        StringBuilder b = new StringBuilder("<< /Type /Pages /Count ").append(pages).append(" /Kids [");
        for (int i = 0; i < pages; i++) {
            b.append(i == 0 ? "" : i % 16 == 0 ? "\n" : " ").append(kids[i]).append(" 0 R");
        }
        ascii(objects.compressed(PAGES), b.append("] >>").toString());
        b.setLength(0);
        b.append("<< /Type /StructElem /S /Document /P ").append(STRUCT_ROOT).append(" 0 R /K [");
        for (int i = 0; i < sectionCount; i++) {
            b.append(i == 0 ? "" : i % 16 == 0 ? "\n" : " ").append(sections[i]).append(" 0 R");
        }
        ascii(objects.compressed(DOCUMENT), b.append("] >>").toString());
        int parentTree = NumberTree.write(objects, parentArrays, pages);
        ascii(objects.compressed(STRUCT_ROOT), "<< /Type /StructTreeRoot /K " + DOCUMENT + " 0 R /ParentTree "
                + parentTree + " 0 R /ParentTreeNextKey " + pages + " >>");
        outline.finish();
        objects.flush();

        begin(INFO);
        Metadata.info(info, stamp, out);
        ascii(out, "\nendobj\n");
        begin(METADATA);
        byte[] xmp = Metadata.xmp(info);
        ascii(out, "<< /Type /Metadata /Subtype /XML /Length " + xmp.length + " >>\nstream\n");
        out.write(xmp);
        ascii(out, "\nendstream\nendobj\n");
        begin(CATALOG);
        ascii(out, "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R /MarkInfo << /Marked true >> /Lang ("
                + DocumentInfo.LANGUAGE + ") /ViewerPreferences << /DisplayDocTitle true >> /Outlines " + OUTLINES
                + " 0 R" + (outline.isEmpty() ? "" : " /PageMode /UseOutlines") + " /Metadata " + METADATA
                + " 0 R >>\nendobj\n");
        objects.crossReference(CATALOG, INFO, Metadata.id(info, pages));
        out.flush();
    }

    // ---- objects ----

    private void begin(int n) throws IOException {
        objects.direct(n);
        ascii(out, n + " 0 obj\n");
    }

    private int writeStream(COSStream s) throws IOException {
        int n = objects.reserve();
        begin(n);
        streamBody(s);
        return n;
    }

    /** A stream object's dictionary and raw (still encoded) data; the caller has begun the object. */
    private void streamBody(COSStream s) throws IOException {
        byte[] data;
        try (InputStream in = s.createRawInputStream()) {
            data = in.readAllBytes();
        }
        ascii(out, "<<");
        for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
            if (e.getKey().equals(COSName.LENGTH)) {
                continue;
            }
            ascii(out, " ");
            e.getKey().writePDF(out);
            ascii(out, " ");
            value(out, e.getValue(), false);
        }
        ascii(out, " /Length " + data.length + " >>\nstream\n");
        out.write(data);
        ascii(out, "\nendstream\nendobj\n");
    }

    private void drain() throws IOException {
        while (!pending.isEmpty()) {
            Pending p = pending.poll();
            begin(p.number());
            streamBody(p.stream());
        }
    }

    /**
     * Writes a value inline to {@code o}; streams become references written later as objects of their own.
     * {@code resources}: the fonts of a resource dictionary become references to their reserved numbers.
     */
    private void value(OutputStream o, COSBase v, boolean resources) throws IOException {
        COSBase base = v instanceof COSObject obj ? obj.getObject() : v;
        if (base == null || base instanceof COSNull) {
            ascii(o, "null");
        } else if (base instanceof COSStream s) {
            int n = objects.reserve();
            pending.add(new Pending(n, s));
            ascii(o, n + " 0 R");
        } else if (base instanceof COSDictionary d) {
            ascii(o, "<<");
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                ascii(o, " ");
                e.getKey().writePDF(o);
                ascii(o, " ");
                if (resources && e.getKey().equals(COSName.FONT)) {
                    fonts(o, e.getValue());
                } else {
                    value(o, e.getValue(), false);
                }
            }
            ascii(o, " >>");
        } else if (base instanceof COSArray a) {
            ascii(o, "[");
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    ascii(o, " ");
                }
                value(o, a.get(i), false);
            }
            ascii(o, "]");
        } else if (base instanceof COSName name) {
            name.writePDF(o);
        } else if (base instanceof COSInteger i) {
            i.writePDF(o);
        } else if (base instanceof COSFloat f) {
            f.writePDF(o);
        } else if (base instanceof COSBoolean b) {
            b.writePDF(o);
        } else if (base instanceof COSString s) {
            COSWriter.writeString(s, o);
        } else {
            throw new IOException("cannot write a " + base.getClass().getSimpleName() + " in a streamed PDF");
        }
    }

    /** A page's /Font dictionary: each font as a reference to its (reserved) object. */
    private void fonts(OutputStream o, COSBase v) throws IOException {
        COSBase base = v instanceof COSObject obj ? obj.getObject() : v;
        if (!(base instanceof COSDictionary d)) {
            value(o, v, false);
            return;
        }
        ascii(o, "<<");
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            COSBase f = e.getValue() instanceof COSObject obj ? obj.getObject() : e.getValue();
            if (!(f instanceof COSDictionary fd) || !fontsByDict.containsKey(fd)) {
                throw new IOException("a page uses a font the streamed PDF was not given: " + e.getKey().getName());
            }
            Integer n = fontNumbers.get(fd);
            if (n == null) {
                n = objects.reserve();
                fontNumbers.put(fd, n);
                fontOrder.add(fd);
            }
            ascii(o, " ");
            e.getKey().writePDF(o);
            ascii(o, " " + n + " 0 R");
        }
        ascii(o, " >>");
    }

    private static String number(float f) {
        return f == Math.rint(f) ? Long.toString((long) f) : Float.toString(f);
    }

    static void ascii(OutputStream o, String s) throws IOException {
        o.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
