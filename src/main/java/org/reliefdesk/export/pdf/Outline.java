package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The bookmarks of a {@link StreamedPdf} (ISO 32000-1 section 12.3.3), one level, written as they come: each item is
 * written when the next one is known (it names its successor), so thousands of orders' bookmarks need no memory.
 */
final class Outline {
    private final PdfObjects objects;
    private final int root;
    private int first;
    private int count;
    /** The item waiting for its successor. */
    private int pendingNumber;
    private int pendingPrevious;
    private String pendingTitle;
    private int pendingPage;
    private float pendingTop;

    Outline(PdfObjects objects, int root) {
        this.objects = objects;
        this.root = root;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** A bookmark to the page (object number) at {@code top} points from its bottom. */
    void add(String title, int page, float top) throws IOException {
        int n = objects.reserve();
        int previous = 0;
        if (pendingTitle != null) {
            write(n);
            previous = pendingNumber;
        } else {
            first = n;
        }
        pendingNumber = n;
        pendingPrevious = previous;
        pendingTitle = title;
        pendingPage = page;
        pendingTop = top;
        count++;
    }

    private void write(int next) throws IOException {
        OutputStream o = objects.compressed(pendingNumber);
        StreamedPdf.ascii(o, "<< /Title ");
        COSWriter.writeString(new COSString(pendingTitle), o);
        StringBuilder b = new StringBuilder(" /Parent ").append(root).append(" 0 R");
        if (pendingPrevious > 0) {
            b.append(" /Prev ").append(pendingPrevious).append(" 0 R");
        }
        if (next > 0) {
            b.append(" /Next ").append(next).append(" 0 R");
        }
        b.append(" /Dest [").append(pendingPage).append(" 0 R /XYZ null ").append(Math.round(pendingTop))
                .append(" null] >>");
        StreamedPdf.ascii(o, b.toString());
    }

    /** Writes the last item and the outline's root. */
    void finish() throws IOException {
        if (pendingTitle == null) {
            StreamedPdf.ascii(objects.compressed(root), "<< /Type /Outlines /Count 0 >>");
            return;
        }
        write(0);
        StreamedPdf.ascii(objects.compressed(root), "<< /Type /Outlines /First " + first + " 0 R /Last "
                + pendingNumber + " 0 R /Count " + count + " >>");
        pendingTitle = null;
    }
}
