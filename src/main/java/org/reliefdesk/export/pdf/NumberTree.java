package org.reliefdesk.export.pdf;

import java.io.IOException;

/**
 * The structure tree's parent tree (ISO 32000-1 section 14.7.4.4): a number tree from each page's
 * {@code /StructParents} key to the array of the elements owning its marked content. Kept shallow: a root whose
 * kids hold {@value #PER_NODE} pages each, so a reader finds a page's entry without reading them all.
 */
final class NumberTree {
    private static final int PER_NODE = 64;

    private NumberTree() {
    }

    /** Writes the tree of keys {@code 0..count-1} to the objects {@code values}; returns the root's number. */
    static int write(PdfObjects objects, int[] values, int count) throws IOException {
        int root = objects.reserve();
        if (count <= PER_NODE) {
            StreamedPdf.ascii(objects.compressed(root), "<< /Nums [" + nums(values, 0, count) + "] >>");
            return root;
        }
        StringBuilder kids = new StringBuilder("<< /Kids [");
        for (int from = 0; from < count; from += PER_NODE) {
            int to = Math.min(count, from + PER_NODE);
            int kid = objects.reserve();
            StreamedPdf.ascii(objects.compressed(kid), "<< /Limits [" + from + " " + (to - 1) + "] /Nums ["
                    + nums(values, from, to) + "] >>");
            kids.append(from == 0 ? "" : " ").append(kid).append(" 0 R");
        }
        StreamedPdf.ascii(objects.compressed(root), kids.append("] >>").toString());
        return root;
    }

    private static String nums(int[] values, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i == from ? "" : " ").append(i).append(' ').append(values[i]).append(" 0 R");
        }
        return b.toString();
    }
}
