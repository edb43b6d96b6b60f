package org.reliefdesk.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The object numbers of a {@link StreamedPdf} and where each object went: at an offset of the file, or into a
 * compressed object stream (PDF 1.5, section 7.5.7), which small objects share a few hundred at a time. Ends the file
 * with a cross-reference stream (section 7.5.8): the only kind of cross-reference that can point into object streams.
 * Per object it keeps one number.
 */
final class PdfObjects {
    /** Objects per object stream, and the stream's size beyond which it is written out before its count is reached. */
    private static final int PER_STREAM = 200;
    private static final int STREAM_BYTES = 1 << 16;
    private final CountingStream file;
    /** Per object number: 0 not written; above 0 its offset + 1; below 0 {@code -(stream << 16 | index) - 1}. */
    private long[] where = new long[1024];
    private int next = 1;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 14);
    /** The compressed form of the stream being written; reused, as is the compressor (one per file). */
    private final ByteArrayOutputStream packed = new ByteArrayOutputStream(1 << 13);
    private final Deflater deflater = new Deflater();
    private final StringBuilder header = new StringBuilder();
    private int[] inStream = new int[PER_STREAM];
    private int count;

    /** The file's stream, counting what is written for the offsets. */
    static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    PdfObjects(CountingStream file) {
        this.file = file;
    }

    /** A new object number. */
    int reserve() {
        int n = next++;
        if (n >= where.length) {
            where = Arrays.copyOf(where, where.length * 2);
        }
        return n;
    }

    /** Object {@code n} starts here in the file. */
    void direct(int n) {
        where[n] = file.count + 1;
    }

    /**
     * Starts object {@code n} in the current object stream and returns where to write its value (no {@code obj}
     * and {@code endobj}: an object stream holds bare values). The object ends when the next one starts.
     */
    OutputStream compressed(int n) throws IOException {
        if (count == PER_STREAM || body.size() >= STREAM_BYTES) {
            flush();
        }
        if (count > 0) {
            body.write('\n');
        }
        header.append(n).append(' ').append(body.size()).append(' ');
        inStream[count++] = n;
        return body;
    }

    /** Writes the current object stream into the file (if it holds anything). */
    void flush() throws IOException {
        if (count == 0) {
            return;
        }
        int stream = reserve();
        byte[] head = header.toString().getBytes(StandardCharsets.ISO_8859_1);
        deflate(head, body);
        direct(stream);
        StreamedPdf.ascii(file, stream + " 0 obj\n<< /Type /ObjStm /N " + count + " /First " + head.length
                + " /Filter /FlateDecode /Length " + packed.size() + " >>\nstream\n");
        packed.writeTo(file);
        StreamedPdf.ascii(file, "\nendstream\nendobj\n");
        for (int i = 0; i < count; i++) {
            where[inStream[i]] = -(((long) stream << 16) | i) - 1;
        }
        body.reset();
        header.setLength(0);
        count = 0;
    }

    /**
     * Ends the file: the cross-reference stream (one 8-byte row per object: type, offset or object stream, index),
     * the trailer's keys in its dictionary, {@code startxref} and {@code %%EOF}. Numbers reserved and never written
     * are listed as free.
     */
    void crossReference(int root, int info, String id) throws IOException {
        flush();
        int self = reserve();
        direct(self);
        int size = next;
        byte[] rows = new byte[size * 8];
        for (int n = 0; n < size; n++) {
            long w = where[n];
            if (w == 0) {
                row(rows, n, 0, 0, n == 0 ? 0xFFFF : 0);
            } else if (w > 0) {
                row(rows, n, 1, w - 1, 0);
            } else {
                long v = -(w + 1);
                row(rows, n, 2, v >>> 16, (int) (v & 0xFFFF));
            }
        }
        deflate(rows, new ByteArrayOutputStream(0));
        deflater.end();
        long at = file.count;
        StreamedPdf.ascii(file, self + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 5 2] /Root " + root
                + " 0 R /Info " + info + " 0 R /ID [<" + id + "> <" + id + ">] /Filter /FlateDecode /Length "
                + packed.size() + " >>\nstream\n");
        packed.writeTo(file);
        StreamedPdf.ascii(file, "\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n");
    }

    /** Compresses {@code head} then {@code data} into {@link #packed}. */
    private void deflate(byte[] head, ByteArrayOutputStream data) throws IOException {
        packed.reset();
        deflater.reset();
        DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater, 4096);
        z.write(head);
        data.writeTo(z);
        z.finish();
    }

    /** Row {@code n} of the cross-reference stream: 1 byte of type, 5 of offset or stream, 2 of index. */
    private static void row(byte[] rows, int n, int type, long field2, int field3) {
        int at = n * 8;
        rows[at] = (byte) type;
        for (int i = 0; i < 5; i++) {
            rows[at + 1 + i] = (byte) (field2 >>> (32 - 8 * i));
        }
        rows[at + 6] = (byte) (field3 >>> 8);
        rows[at + 7] = (byte) field3;
    }
}
