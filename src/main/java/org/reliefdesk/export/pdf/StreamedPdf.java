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
import java.io.FilterOutputStream;
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
 * A PDF written page by page to a stream, so that a paper of thousands of pages needs memory for one part only
 * (PDFBox's {@code PDDocument.save} keeps every page object until the end). Each finished page is written at once
 * with its content streams and then forgotten; the fonts, embedded as the subset of glyphs all pages used, the page
 * tree, the catalog and the cross-reference table follow in {@link #finish}. What is kept per page is its object
 * number and the offsets of its objects (a few bytes).
 *
 * <p>Object 1 is the catalog, 2 the page tree; page dictionaries point to 2 as their parent and to the font objects
 * by numbers reserved when a font is first used.
 */
final class StreamedPdf {
    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    private final Counting out;
    private long[] offsets = new long[1024];
    private int[] kids = new int[256];
    private int pages;
    private int nextObject = 3;
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
        this.out = new Counting(new BufferedOutputStream(out, 1 << 16));
        for (PDFont f : fonts) {
            fontsByDict.put(f.getCOSObject(), f);
        }
        this.out.write(HEADER);
    }

    /** The audit reference kept in the file's information dictionary (null: none). */
    void stamp(org.reliefdesk.export.AuditStamp value) {
        this.stamp = value;
    }

    int pages() {
        return pages;
    }

    /** Writes a finished page (its content streams and resources); the page is not needed afterwards. */
    void page(PDPage page) throws IOException {
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
        int n = begin();
        StringBuilder b = new StringBuilder("<< /Type /Page /Parent 2 0 R /MediaBox [");
        float[] box = page.getMediaBox().getCOSArray().toFloatArray();
        for (int i = 0; i < box.length; i++) {
            b.append(i == 0 ? "" : " ").append(number(box[i]));
        }
        b.append("] /Contents [");
        for (int i = 0; i < streams.length; i++) {
            b.append(i == 0 ? "" : " ").append(streams[i]).append(" 0 R");
        }
        b.append("] /Resources ");
        ascii(b.toString());
        COSDictionary resources = pd.getCOSDictionary(COSName.RESOURCES);
        value(resources == null ? new COSDictionary() : resources, true);
        ascii(" >>\nendobj\n");
        if (pages == kids.length) {
            kids = Arrays.copyOf(kids, pages * 2);
        }
        kids[pages++] = n;
    }

    /** Embeds the font subsets and writes the page tree, catalog, cross-reference table and trailer. */
    void finish() throws IOException {
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
            value(fd, false);
            ascii("\nendobj\n");
            drain();
        }
        begin(2);
        StringBuilder b = new StringBuilder("<< /Type /Pages /Count ").append(pages).append(" /Kids [");
        ascii(b.toString());
        for (int i = 0; i < pages; i++) {
            ascii((i == 0 ? "" : i % 16 == 0 ? "\n" : " ") + kids[i] + " 0 R");
        }
        ascii("] >>\nendobj\n");
        begin(1);
        ascii("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        int info = 0;
        if (stamp != null) {
            info = begin();
            ascii("<< /" + org.reliefdesk.export.AuditStamp.ENTRY_KEY + " (" + stamp.entry() + ") /"
                    + org.reliefdesk.export.AuditStamp.HASH_KEY + " (" + stamp.hash() + ") >>\nendobj\n");
        }
        long xref = out.count;
        ascii("xref\n0 " + nextObject + "\n0000000000 65535 f\r\n");
        for (int i = 1; i < nextObject; i++) {
            ascii(String.format(java.util.Locale.ROOT, "%010d 00000 n\r\n", offsets[i]));
        }
        ascii("trailer\n<< /Size " + nextObject + " /Root 1 0 R" + (info > 0 ? " /Info " + info + " 0 R" : "")
                + " >>\nstartxref\n" + xref + "\n%%EOF\n");
        out.flush();
    }

    // ---- objects ----

    private int reserve() {
        int n = nextObject++;
        if (n >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        return n;
    }

    private int begin() throws IOException {
        int n = reserve();
        begin(n);
        return n;
    }

    private void begin(int n) throws IOException {
        if (n >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, n + 1));
        }
        offsets[n] = out.count;
        ascii(n + " 0 obj\n");
    }

    private int writeStream(COSStream s) throws IOException {
        int n = begin();
        streamBody(s);
        return n;
    }

    /** A stream object's dictionary and raw (still encoded) data; the caller has begun the object. */
    private void streamBody(COSStream s) throws IOException {
        byte[] data;
        try (InputStream in = s.createRawInputStream()) {
            data = in.readAllBytes();
        }
        ascii("<<");
        for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
            if (e.getKey().equals(COSName.LENGTH)) {
                continue;
            }
            ascii(" ");
            e.getKey().writePDF(out);
            ascii(" ");
            value(e.getValue(), false);
        }
        ascii(" /Length " + data.length + " >>\nstream\n");
        out.write(data);
        ascii("\nendstream\nendobj\n");
    }

    private void drain() throws IOException {
        while (!pending.isEmpty()) {
            Pending p = pending.poll();
            begin(p.number());
            streamBody(p.stream());
        }
    }

    /**
     * Writes a value inline; streams become references written after the current object. {@code resources}: the
     * fonts of a resource dictionary become references to their reserved numbers.
     */
    private void value(COSBase v, boolean resources) throws IOException {
        COSBase base = v instanceof COSObject o ? o.getObject() : v;
        if (base == null || base instanceof COSNull) {
            ascii("null");
        } else if (base instanceof COSStream s) {
            int n = reserve();
            pending.add(new Pending(n, s));
            ascii(n + " 0 R");
        } else if (base instanceof COSDictionary d) {
            ascii("<<");
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                ascii(" ");
                e.getKey().writePDF(out);
                ascii(" ");
                if (resources && e.getKey().equals(COSName.FONT)) {
                    fonts(e.getValue());
                } else {
                    value(e.getValue(), false);
                }
            }
            ascii(" >>");
        } else if (base instanceof COSArray a) {
            ascii("[");
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    ascii(" ");
                }
                value(a.get(i), false);
            }
            ascii("]");
        } else if (base instanceof COSName name) {
            name.writePDF(out);
        } else if (base instanceof COSInteger i) {
            i.writePDF(out);
        } else if (base instanceof COSFloat f) {
            f.writePDF(out);
        } else if (base instanceof COSBoolean b) {
            b.writePDF(out);
        } else if (base instanceof COSString s) {
            COSWriter.writeString(s, out);
        } else {
            throw new IOException("cannot write a " + base.getClass().getSimpleName() + " in a streamed PDF");
        }
    }

    /** A page's /Font dictionary: each font as a reference to its (reserved) object. */
    private void fonts(COSBase v) throws IOException {
        COSBase base = v instanceof COSObject o ? o.getObject() : v;
        if (!(base instanceof COSDictionary d)) {
            value(v, false);
            return;
        }
        ascii("<<");
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            COSBase f = e.getValue() instanceof COSObject o ? o.getObject() : e.getValue();
            if (!(f instanceof COSDictionary fd) || !fontsByDict.containsKey(fd)) {
                throw new IOException("a page uses a font the streamed PDF was not given: " + e.getKey().getName());
            }
            Integer n = fontNumbers.get(fd);
            if (n == null) {
                n = reserve();
                fontNumbers.put(fd, n);
                fontOrder.add(fd);
            }
            ascii(" ");
            e.getKey().writePDF(out);
            ascii(" " + n + " 0 R");
        }
        ascii(" >>");
    }

    private static String number(float f) {
        return f == Math.rint(f) ? Long.toString((long) f) : Float.toString(f);
    }

    private void ascii(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Counts the bytes written, for the cross-reference table. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
