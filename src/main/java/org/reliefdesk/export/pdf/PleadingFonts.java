package org.reliefdesk.export.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The TrueType fonts shipped with the app ({@code export/fonts/}, DejaVu Serif for text, DejaVu Sans Condensed for
 * tables; see its LICENSE), parsed once and
 * embedded as subsets in each document: the standard 14 PDF fonts cannot show names such as "Zoë Ñúñez". Drawn
 * letter by letter, without the fonts' ligatures, so the text layer holds exactly the letters printed.
 */
public final class PleadingFonts implements Closeable {
    private final TrueTypeFont serif;
    private final TrueTypeFont serifBold;
    private final TrueTypeFont condensed;
    private final TrueTypeFont condensedBold;

    /** The fonts of one document. */
    record Set(PDType0Font serif, PDType0Font serifBold, PDType0Font condensed, PDType0Font condensedBold) {
    }

    public PleadingFonts() throws IOException {
        serif = parse("DejaVuSerif.ttf");
        serifBold = parse("DejaVuSerif-Bold.ttf");
        condensed = parse("DejaVuSansCondensed.ttf");
        condensedBold = parse("DejaVuSansCondensed-Bold.ttf");
    }

    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = PleadingFonts.class.getResourceAsStream("/export/fonts/" + name)) {
            if (in == null) {
                throw new IOException("the application is damaged: the font " + name + " is missing");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // no ligatures: PDFBox would draw "ff" in "Plaintiff" as one glyph, which text search, copying and
            // screen readers then read as U+FB00 (or lose, for a ligature without a code point), and its
            // substitution pass was half the time of laying out a page (decision 0015)
            font.setEnableGsub(false);
            return font;
        }
    }

    /** Loads the fonts into a document (each embedded as the subset of glyphs the document uses). */
    Set load(PDDocument doc) throws IOException {
        return new Set(PDType0Font.load(doc, serif, true), PDType0Font.load(doc, serifBold, true),
                PDType0Font.load(doc, condensed, true), PDType0Font.load(doc, condensedBold, true));
    }

    /**
     * The serif faces only, the tables in them too: two fonts to embed instead of four. One person's order has a
     * short table, and most of the time of a one-page file goes to preparing each embedded font.
     */
    Set loadSerif(PDDocument doc) throws IOException {
        PDType0Font regular = PDType0Font.load(doc, serif, true);
        PDType0Font bold = PDType0Font.load(doc, serifBold, true);
        return new Set(regular, bold, regular, bold);
    }

    @Override
    public void close() throws IOException {
        serif.close();
        serifBold.close();
        condensed.close();
        condensedBold.close();
    }
}
