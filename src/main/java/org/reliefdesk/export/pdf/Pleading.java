package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * California pleading paper (CRC 2.100-2.111) laid out with PDFBox: US Letter, 28 numbered lines 24 points apart,
 * a double rule left of the text and a single rule right of it, and a footer with a rule, "Page X of Y" and the
 * paper's title on every page. Text flows from page to page; tables repeat their header on each page. Pages are
 * numbered per part (a motion, or one person's order) once the part is complete; a streamed pleading writes each
 * part out then (see {@link StreamedPdf}).
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

    /** A table column: heading and width in points. */
    record Column(String heading, float width) {
    }

    /** The document the pages belong to; when streaming, a scratch document for the current part's streams. */
    private PDDocument doc;
    /** Where finished parts go page by page, or null: the pages stay in {@code doc}. */
    private final StreamedPdf sink;
    final PleadingFonts.Set fonts;
    private final List<PDPage> partPages = new ArrayList<>();
    private final List<String> partTitles = new ArrayList<>();
    private PDPageContentStream cs;
    private String footerTitle = "";
    /** Printed under the footer of the last page of each part (the audit reference), or null. */
    private String stamp;
    /** The next baseline. */
    private float y;

    Pleading(PDDocument doc, PleadingFonts.Set fonts) {
        this.doc = doc;
        this.sink = null;
        this.fonts = fonts;
    }

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

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.LETTER);
        if (sink == null) {
            doc.addPage(page);
        } else if (doc == null) {
            doc = new PDDocument();
        }
        partPages.add(page);
        partTitles.add(footerTitle);
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

    void text(PDFont font, float size, float x, float baseline, String s) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    static float width(PDFont font, float size, String s) throws IOException {
        return stringWidth(font, s) / 1000 * size;
    }

    /**
     * Advance widths (1/1000 em) of the characters of the bundled faces, by face name: {@code getStringWidth}
     * decodes each code through the font's CMap and wrapping measures every candidate line, which made measuring
     * the largest cost of a one-page order. Widths depend on the face only, so all documents and threads share
     * them (a racy fill writes the same value).
     */
    private static final ConcurrentHashMap<String, float[]> WIDTHS = new ConcurrentHashMap<>();

    /** As {@link PDFont#getStringWidth}: the sum, in order, of the widths of the characters. */
    static float stringWidth(PDFont font, String s) throws IOException {
        String name = font.getName();
        int plus = name == null ? -1 : name.indexOf('+');
        float[] cache = name == null ? null
                : WIDTHS.computeIfAbsent(plus == 6 ? name.substring(7) : name, k -> {
                    float[] a = new float[0x10000];
                    Arrays.fill(a, Float.NaN);
                    return a;
                });
        float width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (cache == null || Character.isSurrogate(c)) {
                return font.getStringWidth(s);
            }
            float w = cache[c];
            if (Float.isNaN(w)) {
                w = font.getStringWidth(String.valueOf(c));
                cache[c] = w;
            }
            width += w;
        }
        return width;
    }

    /** Text the font can show: control characters become spaces, characters without a glyph become '?'. */
    static String printable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        boolean simple = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x250 && c != '—' && c != '–' && c != '§' || c == 0x7F) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || Character.isISOControl(cp)) {
                b.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Splits text into lines no wider than {@code width}; a word wider than a line is cut. */
    static List<String> wrap(PDFont font, float size, float width, String text) throws IOException {
        return wrap(font, size, width, width, text);
    }

    /** As {@link #wrap(PDFont, float, float, String)}, the first line no wider than {@code firstWidth}. */
    static List<String> wrap(PDFont font, float size, float firstWidth, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : para.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float limit = lines.isEmpty() ? firstWidth : width;
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(font, size, candidate) <= limit) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                    limit = width;
                }
                String rest = word;
                while (rest.length() > 1 && width(font, size, rest) > limit) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > limit) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                    limit = width;
                }
                current.append(rest);
            }
            lines.add(current.toString());
        }
        return lines;
    }

    /**
     * A paragraph on the numbered lines (double-spaced, as CRC 2.108 asks), flowing onto new pages; the first line
     * indented by {@code indent}.
     */
    void paragraph(PDFont font, String text, float indent) throws IOException {
        snap();
        List<String> lines = wrap(font, BODY_SIZE, TEXT_WIDTH - indent, TEXT_WIDTH, printable(font, text));
        for (int i = 0; i < lines.size(); i++) {
            ensure(0);
            text(font, BODY_SIZE, LEFT + (i == 0 ? indent : 0), y, lines.get(i));
            y -= PITCH;
        }
    }

    /** One line centred between the margins, on the current line; the cursor moves by {@code advance}. */
    void centered(PDFont font, float size, String s, float advance) throws IOException {
        ensure(0);
        String safe = printable(font, s);
        text(font, size, LEFT + (TEXT_WIDTH - width(font, size, safe)) / 2, y, safe);
        y -= advance;
    }

    /** Lines of text at {@code x}, {@code pitch} apart, wrapped to {@code width}. */
    void block(PDFont font, float size, float x, float width, float pitch, String s) throws IOException {
        for (String l : wrap(font, size, width, printable(font, s))) {
            ensure(0);
            text(font, size, x, y, l);
            y -= pitch;
        }
    }

    void rule(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    // ---- tables ----

    static final float CELL_SIZE = 8.5f;
    static final float ROW_PITCH = 12;

    /** A table that breaks across pages with its header repeated; each row as tall as its longest cell. */
    void table(List<Column> columns, Iterable<String[]> rows) throws IOException {
        snap();
        header(columns);
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>(columns.size());
            int height = 1;
            for (int c = 0; c < columns.size(); c++) {
                String v = printable(fonts.condensed(), c < row.length ? row[c] : "");
                List<String> lines = wrap(fonts.condensed(), CELL_SIZE, columns.get(c).width() - 4, v);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            if (!fits(height * ROW_PITCH)) {
                newPage();
                header(columns);
            }
            float x = LEFT;
            for (int c = 0; c < columns.size(); c++) {
                float ly = y;
                for (String l : cells.get(c)) {
                    text(fonts.condensed(), CELL_SIZE, x + 2, ly, l);
                    ly -= ROW_PITCH;
                }
                x += columns.get(c).width();
            }
            y -= height * ROW_PITCH;
            rule(LEFT, y + ROW_PITCH - 3, RIGHT, y + ROW_PITCH - 3, 0.25f);
        }
        y -= ROW_PITCH;
        snap();
    }

    private void header(List<Column> columns) throws IOException {
        // a header alone at the foot of a page is no use: keep room for some rows under it
        ensure(6 * ROW_PITCH);
        float x = LEFT;
        int height = 1;
        List<List<String>> cells = new ArrayList<>();
        for (Column c : columns) {
            List<String> lines = wrap(fonts.condensedBold(), CELL_SIZE, c.width() - 4, c.heading());
            cells.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int c = 0; c < columns.size(); c++) {
            float ly = y;
            for (String l : cells.get(c)) {
                text(fonts.condensedBold(), CELL_SIZE, x + 2, ly, l);
                ly -= ROW_PITCH;
            }
            x += columns.get(c).width();
        }
        y -= height * ROW_PITCH;
        rule(LEFT, y + ROW_PITCH - 3, RIGHT, y + ROW_PITCH - 3, 0.75f);
    }

    // ---- the paper ----

    /**
     * Ends a part: draws the pleading paper on each of its pages (line numbers, rules, footer with "Page X of Y"
     * and the title) and starts numbering afresh.
     */
    void finishPart() throws IOException {
        closeStream();
        int total = partPages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream p = new PDPageContentStream(doc, partPages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                paper(p, i + 1, total, partTitles.get(i));
                if (i == total - 1 && stamp != null) {
                    PaperStamps.draw(p, fonts.serif(), LEFT, stamp);
                }
            }
        }
        if (sink != null) {
            for (PDPage page : partPages) {
                sink.page(page);
            }
            if (doc != null) {
                doc.close();
                doc = null;
            }
        }
        partPages.clear();
        partTitles.clear();
    }

    private void paper(PDPageContentStream p, int page, int total, String title) throws IOException {
        p.setLineWidth(0.6f);
        p.moveTo(72, HEIGHT);
        p.lineTo(72, 0);
        p.moveTo(75, HEIGHT);
        p.lineTo(75, 0);
        p.moveTo(RIGHT + 10, HEIGHT);
        p.lineTo(RIGHT + 10, 0);
        p.stroke();
        for (int n = 1; n <= LINES; n++) {
            String num = Integer.toString(n);
            p.beginText();
            p.setFont(fonts.serif(), 10);
            p.newLineAtOffset(66 - width(fonts.serif(), 10, num), line(n));
            p.showText(num);
            p.endText();
        }
        p.setLineWidth(0.75f);
        p.moveTo(LEFT, 56);
        p.lineTo(RIGHT, 56);
        p.stroke();
        String number = "Page " + page + " of " + total;
        p.beginText();
        p.setFont(fonts.serif(), 10);
        p.newLineAtOffset(LEFT + (TEXT_WIDTH - width(fonts.serif(), 10, number)) / 2, 44);
        p.showText(number);
        p.endText();
        String safe = printable(fonts.serif(), title);
        float size = 9;
        while (size > 6 && width(fonts.serif(), size, safe) > TEXT_WIDTH) {
            size -= 0.5f;
        }
        p.beginText();
        p.setFont(fonts.serif(), size);
        p.newLineAtOffset(LEFT + (TEXT_WIDTH - width(fonts.serif(), size, safe)) / 2, 32);
        p.showText(safe);
        p.endText();
    }
}
