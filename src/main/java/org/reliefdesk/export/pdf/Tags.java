package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical structure of the part being drawn (tagged PDF, ISO 32000-1 section 14.8): sections of the document
 * holding headings, paragraphs and tables, each element pointing at the marked content it owns on each page, plus the
 * part's bookmarks. {@link StreamedPdf} writes it out with the part's pages; then it is dropped, so memory follows
 * one part, not the whole paper.
 */
final class Tags {
    /** A structure element: a standard role ({@code Sect}, {@code H1}, {@code P}, {@code Table}, {@code TR}...). */
    static final class Node {
        final String role;
        final Node parent;
        /** {@link Node}s and {@link Content}s, in reading order. */
        final List<Object> kids = new ArrayList<>(2);
        /** The element's title ({@code /T}), for sections. */
        final String title;
        /** Its object number once {@link StreamedPdf} has given it one; 0 before. */
        int number;

        Node(String role, Node parent, String title) {
            this.role = role;
            this.parent = parent;
            this.title = title;
        }

        /** A table header cell: its scope is the column below it. */
        boolean columnHeader() {
            return role.equals("TH");
        }
    }

    /** Marked content on a page, by its id there (MCID). */
    record Content(PDPage page, int mcid) {
    }

    /** An outline entry: where a reader jumps to. */
    record Bookmark(String title, PDPage page, float top) {
    }

    private final List<Node> sections = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    /** For each page of the part, the element owning each of its marked contents (the index is the MCID). */
    private final List<List<Node>> owners = new ArrayList<>();
    private Node current;
    private String pendingBookmark;

    /**
     * Starts a section of the document ({@code Sect}, titled) and a bookmark to its first line; closes whatever was
     * open.
     */
    void section(String title) {
        Node s = new Node("Sect", null, title);
        sections.add(s);
        current = s;
        pendingBookmark = title;
    }

    /** A bookmark to the next line drawn. */
    void bookmark(String title) {
        pendingBookmark = title;
    }

    /** Opens an element inside the current one. */
    void begin(String role) {
        if (current == null) {
            throw new IllegalStateException("no section: call section() before drawing content");
        }
        Node n = new Node(role, current, null);
        current.kids.add(n);
        current = n;
    }

    /** Closes the innermost open element. */
    void end() {
        if (current == null || current.parent == null) {
            throw new IllegalStateException("no element to end");
        }
        current = current.parent;
    }

    /** The role of the innermost open element. */
    String currentRole() {
        if (current == null) {
            throw new IllegalStateException("no section: call section() before drawing content");
        }
        return current.role;
    }

    /** A new page of the part: its marked content is numbered from 0. */
    void page() {
        owners.add(new ArrayList<>());
    }

    /**
     * The MCID for content about to be drawn on {@code page} at baseline {@code top}, owned by the innermost open
     * element (which must not be a section itself); binds a pending bookmark to it.
     */
    int content(PDPage page, float top) {
        if (current == null || current.parent == null) {
            throw new IllegalStateException("content outside an element: begin() a paragraph, heading or cell first");
        }
        List<Node> onPage = owners.get(owners.size() - 1);
        int mcid = onPage.size();
        onPage.add(current);
        current.kids.add(new Content(page, mcid));
        if (pendingBookmark != null) {
            bookmarks.add(new Bookmark(pendingBookmark, page, top));
            pendingBookmark = null;
        }
        return mcid;
    }

    List<Node> sections() {
        return sections;
    }

    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    /** Per page of the part, the owner of each MCID. */
    List<List<Node>> owners() {
        return owners;
    }

    /** Forgets the part once it is written; a section never spans two parts. */
    void clear() {
        sections.clear();
        bookmarks.clear();
        owners.clear();
        current = null;
        pendingBookmark = null;
    }
}
