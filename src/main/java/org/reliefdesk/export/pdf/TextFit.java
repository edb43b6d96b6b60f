package org.reliefdesk.export.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Measuring, cleaning and wrapping text for the bundled fonts. */
final class TextFit {
    /**
     * Advance widths (1/1000 em) of the characters of the bundled faces, by face name: {@code getStringWidth}
     * decodes each code through the font's CMap and wrapping measures every candidate line, which made measuring
     * the largest cost of a one-page order. Widths depend on the face only, so all documents and threads share
     * them (a racy fill writes the same value).
     */
    private static final ConcurrentHashMap<String, float[]> WIDTHS = new ConcurrentHashMap<>();

    private TextFit() {
    }

    static float width(PDFont font, float size, String s) throws IOException {
        return stringWidth(font, s) / 1000 * size;
    }

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
}
