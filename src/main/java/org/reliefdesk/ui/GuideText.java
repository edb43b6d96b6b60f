package org.reliefdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide's text (bundled as {@code /ui/guide/user-guide.txt}), read into blocks: "# " a title, "## " a
 * section, "- " an item, "![caption](file.png)" a picture (a screenshot bundled beside it), anything else a
 * paragraph (lines joined until a blank line).
 */
final class GuideText {
    static final String FOLDER = "/ui/guide/";
    static final String FILE = FOLDER + "user-guide.txt";
    private static final Pattern PICTURE = Pattern.compile("!\\[(.+)]\\(([\\w.-]+\\.png)\\)");

    /** One block of the guide. */
    sealed interface Block permits Title, Section, Paragraph, Item, Picture {
    }

    record Title(String text) implements Block {
    }

    record Section(String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Item(String text) implements Block {
    }

    /** A screenshot: its caption (also what a screen reader says) and its resource path. */
    record Picture(String caption, String resource) implements Block {
    }

    private GuideText() {
    }

    /** The bundled guide. */
    static List<Block> bundled() {
        try (InputStream in = GuideText.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the program (" + FILE + ")");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the user guide cannot be read: " + e.getMessage(), e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher m = PICTURE.matcher(line);
            boolean special = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || m.matches();
            if (special && para.length() > 0) {
                out.add(new Paragraph(para.toString()));
                para.setLength(0);
            }
            if (line.startsWith("## ")) {
                out.add(new Section(line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                out.add(new Title(line.substring(2).strip()));
            } else if (line.startsWith("- ")) {
                out.add(new Item(line.substring(2).strip()));
            } else if (m.matches()) {
                out.add(new Picture(m.group(1).strip(), FOLDER + m.group(2)));
            } else if (!line.isEmpty()) {
                para.append(para.length() > 0 ? " " : "").append(line);
            }
        }
        if (para.length() > 0) {
            out.add(new Paragraph(para.toString()));
        }
        return out;
    }
}
