package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * California pleading paper (CRC 2.100-2.111) laid out with PDFBox: US Letter, 28 numbered lines 24 points apart,
 * a double rule left of the text and a single rule right of it, and a footer with a rule, "Page X of Y" and the
 * paper's title on every page. Text flows from page to page; tables repeat their header on each page. Pages are
 * numbered per part (a motion, or one person's order) once the part is complete, and each part is then written out
 * to a {@link StreamedPdf} with its structure (every line of text tagged as part of a heading, paragraph or table
 * cell; the paper's rules, line numbers and footer marked as artifacts) and its bookmarks.
 */
final class Pleading {
    static final float WIDTH = PDRectangle.LETTER.getWidth();
    static final float HEIGHT = PDRectangle.LETTER.getHeight();
    static final float LEFT = 86;
    static final float RIGHT = 546;
    static final float TEXT_WIDTH = RIGHT - LEFT;
    static final float FIRST_LINE = 720;
    static final float PITCH = 24;
    static final int LINES = 28;
    static final float LAST_LINE = FIRST_LINE - (LINES - 1) * PITCH;
    static final float BODY_SIZE = 12;
    static final float CELL_SIZE = 8.5f;
    static final float ROW_PITCH = 12;

    /** A table column: heading and width in points. */
    record Column(String heading, float width) {
    }

    /** A scratch document for the current part's content streams, dropped with the part. */
    private PDDocument doc;
    /** Where finished parts go, page by page. */
    private final StreamedPdf sink;
    final PleadingFonts.Set fonts;
    private final Tags tags = new Tags();
    private final List<PDPage> partPages = new ArrayList<>();
    private final List<String> partTitles = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream cs;
    private String footerTitle = "";
    /** Printed under the footer of the last page of each part (the audit reference), or null. */
    private String stamp;
    /** Drawing what is not content (a table header repeated on a new page): marked as an artifact. */
    private boolean artifact;
    /** The next baseline. */
    private float y;

    /**
     * Pleading written page by page to {@code sink} as each part is finished: only the current part's pages are in
     * memory (in a scratch document dropped with the part). The fonts belong to a document that is never saved.
     */
    Pleading(StreamedPdf sink, PleadingFonts.Set fonts) {
        this.sink = sink;
        this.fonts = fonts;
    }

    /** A line printed small under the footer of each part's last page (the papers' audit reference); null: none. */
    void stamp(String text) {
        this.stamp = text;
    }

    /** The title printed in the footer of the pages that start from now on. */
    void footerTitle(String title) {
        this.footerTitle = title;
    }

    // ---- structure ----

    /** Starts a section of the document with a bookmark to its first line (see {@link Tags#section}). */
    void section(String title) {
        tags.section(title);
    }

    /** A bookmark to the next line drawn. */
    void bookmark(String title) {
        tags.bookmark(title);
    }

    /** Opens a structure element ({@code P}, {@code H1}, {@code Table}...) inside the current one. */
    void begin(String role) {
        tags.begin(role);
    }

    void end() {
        tags.end();
    }

    // ---- pages and the cursor ----

    void newPage() throws IOException {
        closeStream();
        if (doc == null) {
            doc = new PDDocument();
        }
        page = new PDPage(PDRectangle.LETTER);
        partPages.add(page);
        partTitles.add(footerTitle);
        tags.page();
        cs = new PDPageContentStream(doc, page);
        y = FIRST_LINE;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    /** The baseline of pleading line {@code n} (1-28). */
    static float line(int n) {
        return FIRST_LINE - (n - 1) * PITCH;
    }

    float y() {
        return y;
    }

    /** Moves to pleading line {@code n} of the current page (down only). */
    void toLine(int n) {
        y = Math.min(y, line(n));
    }

    /** Moves the cursor down to the next numbered line (if it is between two). */
    void snap() {
        float steps = (FIRST_LINE - y) / PITCH;
        y = FIRST_LINE - (float) Math.ceil(steps - 0.01f) * PITCH;
    }

    /** Puts the cursor at a baseline. */
    void at(float baseline) {
        y = baseline;
    }

    void down(float points) {
        y -= points;
    }

    boolean fits(float height) {
        return y - height >= LAST_LINE - 0.5f;
    }

    /** Starts a new page when fewer than {@code height} points are left. */
    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    // ---- text ----

    /** One run of text, tagged as content of the open element (or as an artifact while drawing one). */
    void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        if (artifact) {
            cs.beginMarkedContent(COSName.ARTIFACT);
        } else {
            cs.beginMarkedContent(COSName.getPDFName(tags.currentRole()), tags.content(page, baseline + size));
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
        cs.endMarkedContent();
    }

    static float width(PDFont font, float size, String s) throws IOException {
        return TextFit.width(font, size, s);
    }

    /**
     * A paragraph ({@code P}) on the numbered lines (double-spaced, as CRC 2.108 asks), flowing onto new pages; the
     * first line indented by {@code indent}.
     */
    void paragraph(PDFont font, String text, float indent) throws IOException {
        snap();
        List<String> lines = TextFit.wrap(font, BODY_SIZE, TEXT_WIDTH - indent, TEXT_WIDTH,
                TextFit.printable(font, text));
        begin("P");
        for (int i = 0; i < lines.size(); i++) {
            ensure(0);
            text(font, BODY_SIZE, LEFT + (i == 0 ? indent : 0), y, lines.get(i));
            y -= PITCH;
        }
        end();
    }

    /** One line ({@code role}: P, H1...) centred between the margins; the cursor moves by {@code advance}. */
    void centered(String role, PDFont font, float size, String s, float advance) throws IOException {
        ensure(0);
        String safe = TextFit.printable(font, s);
        begin(role);
        text(font, size, LEFT + (TEXT_WIDTH - width(font, size, safe)) / 2, y, safe);
        end();
        y -= advance;
    }

    /** A paragraph ({@code P}) of lines at {@code x}, {@code pitch} apart, wrapped to {@code width}. */
    void block(PDFont font, float size, float x, float width, float pitch, String s) throws IOException {
        block("P", font, size, x, width, pitch, s);
    }

    /** As {@link #block(PDFont, float, float, float, float, String)}, tagged as {@code role}. */
    void block(String role, PDFont font, float size, float x, float width, float pitch, String s) throws IOException {
        begin(role);
        for (String l : TextFit.wrap(font, size, width, TextFit.printable(font, s))) {
            ensure(0);
            text(font, size, x, y, l);
            y -= pitch;
        }
        end();
    }

    /** A line drawn on the page: decoration, so an artifact. */
    void rule(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.endMarkedContent();
    }

    // ---- tables ----

    /**
     * A table ({@code Table} of {@code TR} rows of {@code TH} and {@code TD} cells) that breaks across pages with its
     * header repeated (the repeats are artifacts); each row as tall as its longest cell.
     */
    void table(List<Column> columns, Iterable<String[]> rows) throws IOException {
        snap();
        begin("Table");
        header(columns, false);
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>(columns.size());
            int height = 1;
            for (int c = 0; c < columns.size(); c++) {
                String v = TextFit.printable(fonts.condensed(), c < row.length ? row[c] : "");
                List<String> lines = TextFit.wrap(fonts.condensed(), CELL_SIZE, columns.get(c).width() - 4, v);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            if (!fits(height * ROW_PITCH)) {
                newPage();
                header(columns, true);
            }
            begin("TR");
            float x = LEFT;
            for (int c = 0; c < columns.size(); c++) {
                begin("TD");
                float ly = y;
                for (String l : cells.get(c)) {
                    text(fonts.condensed(), CELL_SIZE, x + 2, ly, l);
                    ly -= ROW_PITCH;
                }
                end();
                x += columns.get(c).width();
            }
            end();
            y -= height * ROW_PITCH;
            rule(LEFT, y + ROW_PITCH - 3, RIGHT, y + ROW_PITCH - 3, 0.25f);
        }
        end();
        y -= ROW_PITCH;
        snap();
    }

    private void header(List<Column> columns, boolean repeat) throws IOException {
        // a header alone at the foot of a page is no use: keep room for some rows under it
        ensure(6 * ROW_PITCH);
        float x = LEFT;
        int height = 1;
        List<List<String>> cells = new ArrayList<>();
        for (Column c : columns) {
            List<String> lines = TextFit.wrap(fonts.condensedBold(), CELL_SIZE, c.width() - 4, c.heading());
            cells.add(lines);
            height = Math.max(height, lines.size());
        }
        artifact = repeat;
        if (!repeat) {
            begin("TR");
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!repeat) {
                begin("TH");
            }
            float ly = y;
            for (String l : cells.get(c)) {
                text(fonts.condensedBold(), CELL_SIZE, x + 2, ly, l);
                ly -= ROW_PITCH;
            }
            if (!repeat) {
                end();
            }
            x += columns.get(c).width();
        }
        if (!repeat) {
            end();
        }
        artifact = false;
        y -= height * ROW_PITCH;
        rule(LEFT, y + ROW_PITCH - 3, RIGHT, y + ROW_PITCH - 3, 0.75f);
    }

    // ---- the paper ----

    /**
     * Ends a part: draws the pleading paper on each of its pages (line numbers, rules, footer with "Page X of Y"
     * and the title), writes the pages with their structure and bookmarks to the sink, and starts afresh.
     */
    void finishPart() throws IOException {
        closeStream();
        int total = partPages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream p = new PDPageContentStream(doc, partPages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PleadingPaper.draw(p, fonts, i + 1, total, partTitles.get(i));
                if (i == total - 1 && stamp != null) {
                    PaperStamps.draw(p, fonts.serif(), LEFT, stamp);
                }
            }
        }
        sink.part(partPages, tags);
        if (doc != null) {
            doc.close();
            doc = null;
        }
        partPages.clear();
        partTitles.clear();
        tags.clear();
        page = null;
    }
}
