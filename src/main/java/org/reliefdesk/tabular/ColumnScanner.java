package org.reliefdesk.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one column of a CSV file straight from its bytes, without building the other fields: a quick first look at a
 * whole file (the newest disposition date that places two-digit years). Quotes are honoured as CSV has them (a
 * quoted field may hold separators, line breaks and doubled quotes); the header row is skipped. For files whose
 * text is ASCII-compatible (UTF-8, Windows-1252).
 */
final class ColumnScanner {
    private ColumnScanner() {
    }

    static void scan(Path file, int skip, Charset charset, char delimiter, int column, Consumer<String> each)
            throws IOException {
        byte sep = (byte) delimiter;
        byte[] field = new byte[256];
        int length = 0;
        int index = 0;
        boolean quoted = false;
        boolean header = true;
        boolean rowHasContent = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(skip);
            byte[] buf = new byte[1 << 16];
            int n;
            int previous = -1;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (quoted) {
                        if (b == '"') {
                            quoted = false;
                        } else if (index == column && length < field.length) {
                            field[length++] = b;
                        }
                        previous = b;
                        continue;
                    }
                    if (b == '"') {
                        quoted = true;
                        if (previous == '"' && index == column && length < field.length) {
                            field[length++] = b; // a doubled quote inside a quoted field
                        }
                    } else if (b == sep) {
                        index++;
                        rowHasContent = true;
                    } else if (b == '\n' || b == '\r') {
                        if (rowHasContent || length > 0) {
                            if (!header && index >= column) {
                                each.accept(new String(field, 0, length, charset).strip());
                            }
                            header = false;
                        }
                        index = 0;
                        length = 0;
                        rowHasContent = false;
                    } else {
                        rowHasContent = true;
                        if (index == column && length < field.length) {
                            field[length++] = b;
                        }
                    }
                    previous = b;
                }
            }
            if ((rowHasContent || length > 0) && !header && index >= column) {
                each.accept(new String(field, 0, length, charset).strip());
            }
        }
    }
}
