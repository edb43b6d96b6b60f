package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a part's structure elements (ISO 32000-1 section 14.7.2) into object streams: each element with its role,
 * parent, page, title, table header scope and kids (child elements, or marked content by MCID on its page and by
 * marked-content reference on another).
 */
final class StructureElements {
    private StructureElements() {
    }

    /** Writes a structure element and, after it, its children (depth first). */
    static void write(PdfObjects objects, Tags.Node node, int parent, Map<PDPage, Integer> pageNumbers)
            throws IOException {
        if (node.number == 0) {
            node.number = objects.reserve();
        }
        int n = node.number;
        for (Object k : node.kids) {
            if (k instanceof Tags.Node child) {
                child.number = objects.reserve();
            }
        }
        PDPage home = null;
        for (Object k : node.kids) {
            if (k instanceof Tags.Content c) {
                home = c.page();
                break;
            }
        }
        OutputStream o = objects.compressed(n);
        StringBuilder b = new StringBuilder("<< /S /").append(node.role).append(" /P ")
                .append(parent).append(" 0 R");
        StreamedPdf.ascii(o, b.toString());
        if (node.title != null) {
            StreamedPdf.ascii(o, " /T ");
            COSWriter.writeString(new COSString(node.title), o);
        }
        if (node.columnHeader()) {
            StreamedPdf.ascii(o, " /A << /O /Table /Scope /Column >>");
        }
        b.setLength(0);
        if (home != null) {
            b.append(" /Pg ").append(pageNumbers.get(home)).append(" 0 R");
        }
        b.append(" /K [");
        boolean first = true;
        for (Object k : node.kids) {
            b.append(first ? "" : " ");
            first = false;
            if (k instanceof Tags.Node child) {
                b.append(child.number).append(" 0 R");
            } else {
                Tags.Content c = (Tags.Content) k;
                if (c.page() == home) {
                    b.append(c.mcid());
                } else {
                    b.append("<< /Type /MCR /Pg ").append(pageNumbers.get(c.page())).append(" 0 R /MCID ")
                            .append(c.mcid()).append(" >>");
                }
            }
        }
        StreamedPdf.ascii(o, b.append("] >>").toString());
        for (Object k : node.kids) {
            if (k instanceof Tags.Node child) {
                write(objects, child, n, pageNumbers);
            }
        }
    }
}
