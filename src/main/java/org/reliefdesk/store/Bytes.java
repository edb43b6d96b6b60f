package org.reliefdesk.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Growable byte buffer with unsigned varints and UTF-8 strings: the packing of stored rows and facts. */
final class Bytes {
    private byte[] buf;
    private int size;

    Bytes(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The buffer itself when it is exactly full (no copy; the caller lets go of this object), else a copy. */
    byte[] exactBuffer() {
        return size == buf.length ? buf : toArray();
    }

    /** How many bytes {@link #varint} writes for {@code value}. */
    static int varintSize(long value) {
        int n = 1;
        long v = value;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Everything in {@code other}, without copying it to an array of its own first. */
    void append(Bytes other) {
        ensure(other.size);
        System.arraycopy(other.buf, 0, buf, size, other.size);
        size += other.size;
    }

    void varint(long value) {
        ensure(10);
        long v = value;
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /**
     * A string as: varint of its length without trailing spaces, those UTF-8 bytes, varint of the trailing
     * spaces. DOJ fields are space-padded, so this keeps them exact at a fraction of the size.
     */
    void paddedString(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        string(end == s.length() ? s : s.substring(0, end));
        varint(s.length() - end);
    }

    /** One raw byte. */
    void raw(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    /**
     * Characters {@code [start, end)} as UTF-8 for a CSV cell: quotes doubled when {@code quoted}, runs of four
     * or more spaces packed as {@link org.reliefdesk.doj.EncodedRow#SPACE_RUN} and a length byte.
     */
    void cellChars(char[] chars, int start, int end, boolean quoted) {
        int i = start;
        while (i < end) {
            char c = chars[i];
            if (c == ' ') {
                int run = 1;
                while (i + run < end && chars[i + run] == ' ') {
                    run++;
                }
                i += run;
                while (run >= 4) {
                    int k = Math.min(run, 255);
                    ensure(2);
                    buf[size++] = org.reliefdesk.doj.EncodedRow.SPACE_RUN;
                    buf[size++] = (byte) k;
                    run -= k;
                }
                ensure(run);
                for (int r = 0; r < run; r++) {
                    buf[size++] = ' ';
                }
                continue;
            }
            ensure(4);
            if (c < 0x80) {
                buf[size++] = (byte) c;
                if (c == '"' && quoted) {
                    buf[size++] = '"';
                }
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xC0 | (c >> 6));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[i + 1]);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                i++;
            } else {
                buf[size++] = (byte) (0xE0 | (c >> 12));
                buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            }
            i++;
        }
    }

    /** {@link #paddedString(String)} straight from characters {@code [start, end)}. */
    void paddedChars(char[] chars, int start, int end) {
        int e = end;
        while (e > start && chars[e - 1] == ' ') {
            e--;
        }
        int n = e - start;
        boolean ascii = true;
        for (int i = start; i < e; i++) {
            if (chars[i] >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            varint(n);
            ensure(n);
            for (int i = start; i < e; i++) {
                buf[size++] = (byte) chars[i];
            }
        } else {
            byte[] b = new String(chars, start, n).getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }
        varint(end - e);
    }

    /** Length-prefixed UTF-8 (the JDK copies an ASCII string's bytes as they are). */
    void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /** Reads back what {@link Bytes} wrote. */
    static final class Reader {
        private final byte[] buf;
        private int pos;

        Reader(byte[] buf) {
            this.buf = buf;
        }

        byte[] buffer() {
            return buf;
        }

        int position() {
            return pos;
        }

        void skip(int n) {
            pos += n;
        }

        boolean hasMore() {
            return pos < buf.length;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            while (true) {
                byte b = buf[pos++];
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        /** One byte written with {@link Bytes#raw}. */
        int rawByte() {
            return buf[pos++] & 0xFF;
        }

        String string() {
            int n = (int) varint();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** Reads what {@link Bytes#paddedString} wrote, without the trailing spaces. */
        String stringDroppingPadding() {
            String s = string();
            varint();
            return s;
        }

        /** Reads what {@link Bytes#paddedString} wrote. */
        String paddedString() {
            String s = string();
            int spaces = (int) varint();
            return spaces == 0 ? s : s + " ".repeat(spaces);
        }
    }
}
