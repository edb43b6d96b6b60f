package org.reliefdesk.doj;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Cuts a DOJ file's bytes into physical lines (LF or CRLF), hashing every byte, in one pass that also notes
 * for each line whether it holds quotes (and how many), control bytes or non-ASCII bytes, eight bytes at a time.
 * A UTF-8 byte-order mark at the start is skipped; a line longer than {@link #MAX_LINE_BYTES} is cut to a
 * sample and flagged.
 */
final class LineFramer {
    /** A single line longer than this is set aside rather than buffered. */
    static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
    static final int OVERLONG_SAMPLE = 1024;
    private static final int CHUNK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long NEWLINES = ONES * '\n';
    private static final long QUOTES = ONES * '"';
    private static final long BELOW_SPACE = ONES * 0x20;
    private static final long DELS = ONES * 0x7F;

    /** One physical line: where its bytes are, its number and what the scan saw in it. */
    static final class Line {
        byte[] bytes;
        int start;
        int length;
        long number;
        int quotes;
        boolean control;
        boolean nonAscii;
        boolean overlong;

        Line copy() {
            Line c = new Line();
            c.bytes = Arrays.copyOfRange(bytes, start, start + length);
            c.length = length;
            c.number = number;
            c.quotes = quotes;
            c.control = control;
            c.nonAscii = nonAscii;
            c.overlong = overlong;
            return c;
        }

        boolean isBlank() {
            for (int i = start; i < start + length; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t') {
                    return false;
                }
            }
            return true;
        }

        /** Offset (from the line start) of the first control byte other than tab, or -1. */
        int firstControlByte() {
            if (!control) {
                return -1;
            }
            for (int i = start; i < start + length; i++) {
                int b = bytes[i] & 0xFF;
                if ((b < 0x20 && b != '\t') || b == 0x7F) {
                    return i - start;
                }
            }
            return -1;
        }
    }

    private final InputStream in;
    private final MessageDigest sha;
    private final Line current = new Line();
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNo;
    private long bytesRead;
    private boolean atStart = true;

    LineFramer(InputStream in, MessageDigest sha) {
        this.in = in;
        this.sha = sha;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next line, or null at the end of the file. The returned line is valid until the next call. */
    Line next() throws IOException {
        while (true) {
            int nl = scan(pos);
            if (nl >= 0) {
                int start = pos;
                pos = nl + 1;
                return frame(start, nl);
            }
            if (eof) {
                if (pos < limit) {
                    int start = pos;
                    pos = limit;
                    scanTail(start, limit);
                    return frame(start, limit);
                }
                return null;
            }
            Line overlong = fill();
            if (overlong != null) {
                return overlong;
            }
        }
    }

    private int quotes;
    private long controls;
    private long highs;

    /**
     * Finds the next LF from {@code from}, accumulating quote count, control and high-bit flags of the bytes
     * before it. Returns -1 (and forgets the flags) when the buffer holds no LF yet.
     */
    private int scan(int from) {
        quotes = 0;
        controls = 0;
        highs = 0;
        int i = from;
        byte[] b = buf;
        int end = limit;
        while (i + 8 <= end) {
            long w = (long) LONGS.get(b, i);
            if (exactZeros(w ^ NEWLINES) != 0) {
                break;
            }
            long q = exactZeros(w ^ QUOTES);
            if (q != 0) {
                quotes += Long.bitCount(q);
            }
            controls |= ((w - BELOW_SPACE) & ~w & HIGHS) | exactZeros(w ^ DELS);
            highs |= w & HIGHS;
            i += 8;
        }
        int cr = -1;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '\n') {
                if (cr >= 0 && cr != i - 1) {
                    controls = 1;
                }
                return i;
            }
            if (c == '\r') {
                cr = i;
            } else {
                account(c);
            }
        }
        return -1;
    }

    private void scanTail(int from, int to) {
        quotes = 0;
        controls = 0;
        highs = 0;
        for (int i = from; i < to; i++) {
            account(buf[i]);
        }
    }

    private void account(byte c) {
        if (c == '"') {
            quotes++;
        } else if (c < 0) {
            highs = 1;
        } else if (c < 0x20 || c == 0x7F) {
            controls = 1;
        }
    }

    /** High bit set in each byte of {@code x} that is zero, and nowhere else. */
    private static long exactZeros(long x) {
        return ~(((x & LOWS) + LOWS) | x | LOWS);
    }

    private Line frame(int start, int end) {
        lineNo++;
        int s = start;
        int e = end;
        boolean cr = e > s && buf[e - 1] == '\r';
        if (cr) {
            e--;
        }
        if (atStart) {
            atStart = false;
            if (e - s >= 3 && (buf[s] & 0xFF) == 0xEF && (buf[s + 1] & 0xFF) == 0xBB && (buf[s + 2] & 0xFF) == 0xBF) {
                s += 3;
                highs = 0;
                for (int i = s; i < e; i++) {
                    if (buf[i] < 0) {
                        highs = 1;
                        break;
                    }
                }
            }
        }
        current.bytes = buf;
        current.start = s;
        current.length = e - s;
        current.number = lineNo;
        current.quotes = quotes;
        // The word-wise test is a hint (it also sees tabs and the CR of CRLF); the byte check decides.
        current.control = controls != 0 && hasControl(s, e);
        current.nonAscii = highs != 0;
        current.overlong = false;
        return current;
    }

    private boolean hasControl(int s, int e) {
        for (int i = s; i < e; i++) {
            int b = buf[i] & 0xFF;
            if ((b < 0x20 && b != '\t') || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** Reads more bytes; returns an over-long line (set aside whole) when one line outgrows the limit. */
    private Line fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                return skipOverlongLine();
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        read(limit);
        return null;
    }

    private void read(int at) throws IOException {
        int n = in.read(buf, at, buf.length - at);
        if (n < 0) {
            eof = true;
            return;
        }
        sha.update(buf, at, n);
        limit = at + n;
        bytesRead += n;
    }

    /** Keeps the first kilobyte of a line that has no end in sight and drops the rest up to its line break. */
    private Line skipOverlongLine() throws IOException {
        Line sample = new Line();
        sample.bytes = Arrays.copyOf(buf, OVERLONG_SAMPLE);
        sample.length = OVERLONG_SAMPLE;
        sample.number = ++lineNo;
        sample.overlong = true;
        atStart = false;
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    return sample;
                }
            }
            pos = 0;
            limit = 0;
            read(0);
            if (eof) {
                return sample;
            }
        }
    }
}
