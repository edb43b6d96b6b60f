package org.reliefdesk.doj;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Streams a DOJ research file row by row with bounded memory, whatever its size.
 *
 * <p>One thread frames the bytes into lines (LF or CRLF) and hashes them; chunks of lines are parsed on worker
 * threads (each line decoded on its own, UTF-8 when valid else Latin-1, fields split by FastCSV) and, when the
 * caller asks, turned into the caller's own form there too; results reach the listener on the calling thread in
 * file order. A row that cannot be read becomes a {@link RowProblem} with its line and raw text, and reading
 * goes on.
 */
public final class DojReader {

    /** Receives what the reader finds, in file order, on the calling thread. */
    public interface Listener {
        void row(DojRecord record);

        void problem(RowProblem problem);

        /** Called about every megabyte with the number of bytes consumed so far. */
        default void progress(long bytesRead) {
        }
    }

    /** Like {@link Listener}, with the value {@code prepare} computed for each row on a worker thread. */
    public interface PreparedListener<T> {
        void row(DojRecord record, T prepared);

        void problem(RowProblem problem);

        default void progress(long bytesRead) {
        }
    }

    /** A quoted field may hold line breaks; a record never spans more physical lines than this. */
    static final int MAX_LINES_PER_RECORD = 4;
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int CHUNK_LINES = 4096;
    private static final int FIRST_CHUNK_LINES = 64;

    /** Reads the whole file on one parse thread. The caller has checked the path is a readable regular file. */
    public ReadSummary read(Path file, Listener listener, BooleanSupplier cancelled) throws IOException {
        return read(file, 1, r -> null, new PreparedListener<Object>() {
            @Override
            public void row(DojRecord record, Object prepared) {
                listener.row(record);
            }

            @Override
            public void problem(RowProblem problem) {
                listener.problem(problem);
            }

            @Override
            public void progress(long bytesRead) {
                listener.progress(bytesRead);
            }
        }, cancelled);
    }

    /**
     * Reads the whole file with {@code workers} parse threads; {@code prepare} runs on them for every accepted
     * row (it must be thread-safe) and its result comes with the row.
     *
     * @param cancelled polled regularly; when it turns true the read stops with {@link CancellationException}
     */
    public <T> ReadSummary read(Path file, int workers, Function<DojRecord, T> prepare, PreparedListener<T> listener,
                                BooleanSupplier cancelled) throws IOException {
        String name = file.getFileName().toString();
        int threads = Math.max(1, Math.min(workers, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "doj-parse");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Object> ordered = new ArrayBlockingQueue<>(threads * 2 + 2);
        Framing framing = new Framing(file, name, pool, ordered, prepare, cancelled);
        Thread framer = new Thread(framing, "doj-framer");
        framer.setDaemon(true);
        framer.start();
        Totals totals = new Totals();
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("reading " + name + " was cancelled");
                }
                Object next = ordered.poll(200, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (next instanceof Future<?> f) {
                    Chunk<T> chunk = cast(get(f));
                    deliver(chunk, listener, totals);
                    listener.progress(chunk.bytesRead);
                } else if (next instanceof Done d) {
                    if (d.failure != null) {
                        rethrow(d.failure);
                    }
                    listener.progress(d.bytes);
                    return new ReadSummary(name, d.bytes, d.sha256, totals.header, totals.headerFields,
                            totals.accepted, totals.rejected, d.blankLines, totals.nonUtf8);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading " + name + " was interrupted");
        } finally {
            framing.stop();
            framer.interrupt();
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Chunk<T> cast(Object o) {
        return (Chunk<T>) o;
    }

    private static Object get(Future<?> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            rethrow(e.getCause());
            throw new IllegalStateException(e);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private static <T> void deliver(Chunk<T> chunk, PreparedListener<T> listener, Totals totals) {
        for (Object item : chunk.items) {
            if (item instanceof Parsed<?> p) {
                totals.accepted++;
                T prepared = castPrepared(p.prepared());
                listener.row(p.record(), prepared);
            } else if (item instanceof RowProblem problem) {
                totals.rejected++;
                listener.problem(problem);
            }
        }
        totals.nonUtf8 += chunk.nonUtf8Lines;
        if (chunk.headerFields > 0) {
            totals.header = true;
            totals.headerFields = chunk.headerFields;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T castPrepared(Object prepared) {
        return (T) prepared;
    }

    private static final class Totals {
        boolean header;
        int headerFields;
        long accepted;
        long rejected;
        long nonUtf8;
    }

    /** An accepted row and what {@code prepare} made of it. */
    private record Parsed<T>(DojRecord record, T prepared) {
    }

    /** The parse result of one chunk, in file order. */
    private static final class Chunk<T> {
        final List<Object> items = new ArrayList<>();
        long nonUtf8Lines;
        int headerFields;
        long bytesRead;
    }

    /** The end of the file (or a failure of the framer). */
    private record Done(long bytes, String sha256, long blankLines, Throwable failure) {
    }

    /** Lines copied out of the framer's buffer, handed to a parse thread. */
    private static final class RawChunk {
        /** Lines after which the chunk is handed over: small at first so that storing starts early. */
        final int lines;
        byte[] data;
        int used;
        long bytesRead;
        final List<Object> items = new ArrayList<>();

        RawChunk(int lines) {
            this.lines = lines;
            this.data = new byte[Math.min(CHUNK_BYTES, lines * 1024)];
        }

        /** True when the line fits without growing the buffer (an empty chunk takes any line). */
        boolean fits(LineFramer.Line line) {
            return items.isEmpty() || used + line.length <= data.length;
        }

        void addLine(LineFramer.Line line, boolean first) {
            if (used + line.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + line.length));
            }
            System.arraycopy(line.bytes, line.start, data, used, line.length);
            items.add(new RawLine(used, line.length, line.number, line.nonAscii, line.overlong,
                    line.control ? line.firstControlByte() : -1, first));
            used += line.length;
        }
    }

    /** Where one line sits in a raw chunk, and what the scan saw. */
    private record RawLine(int start, int length, long number, boolean nonAscii, boolean overlong, int controlAt,
                           boolean first) {
    }

    /** A row already decided by the framer (a record spanning lines, or a line set aside there). */
    private record Decided(String text, long number, FieldsHandler.Fields fields, String problem, int latin1Lines) {
    }

    /** The framer: frames lines, handles quotes spanning lines, submits chunks to the pool in order. */
    private final class Framing implements Runnable {
        private final Path file;
        private final String name;
        private final ExecutorService pool;
        private final BlockingQueue<Object> ordered;
        private final Function<DojRecord, ?> prepare;
        private final BooleanSupplier cancelled;
        private final LineParser joinParser = new LineParser();
        private final Deque<LineFramer.Line> pushedBack = new ArrayDeque<>();
        private volatile boolean stopped;
        private long blankLines;
        private boolean seenFirst;

        Framing(Path file, String name, ExecutorService pool, BlockingQueue<Object> ordered,
                Function<DojRecord, ?> prepare, BooleanSupplier cancelled) {
            this.file = file;
            this.name = name;
            this.pool = pool;
            this.ordered = ordered;
            this.prepare = prepare;
            this.cancelled = cancelled;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            MessageDigest sha = sha256();
            long bytes = 0;
            try (InputStream in = Files.newInputStream(file)) {
                LineFramer framer = new LineFramer(in, sha);
                RawChunk chunk = new RawChunk(FIRST_CHUNK_LINES);
                LineFramer.Line line;
                while ((line = nextLine(framer)) != null) {
                    if (stopped || cancelled.getAsBoolean()) {
                        return;
                    }
                    chunk = take(line, chunk, framer);
                }
                chunk.bytesRead = framer.bytesRead();
                submit(chunk);
                bytes = framer.bytesRead();
                put(new Done(bytes, HexFormat.of().formatHex(sha.digest()), blankLines, null));
            } catch (IOException | RuntimeException | Error e) {
                if (!stopped) {
                    try {
                        put(new Done(bytes, "", blankLines, e));
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Puts one line into the chunk being filled; returns the chunk to fill next. */
        private RawChunk take(LineFramer.Line line, RawChunk chunk, LineFramer framer)
                throws IOException, InterruptedException {
            if (!line.overlong && line.isBlank()) {
                blankLines++;
                return chunk;
            }
            boolean first = !seenFirst;
            seenFirst = true;
            RawChunk target = chunk;
            if (!target.fits(line)) {
                target = submitAndStartNext(target, framer);
            }
            if (!line.overlong && !line.control && (line.quotes & 1) == 1) {
                target.items.add(joinOrReject(line.copy(), framer));
            } else {
                target.addLine(line, first);
            }
            return target.items.size() >= target.lines ? submitAndStartNext(target, framer) : target;
        }

        /** Hands a full chunk to the pool; the next one may hold twice as many lines, up to the full size. */
        private RawChunk submitAndStartNext(RawChunk chunk, LineFramer framer) throws InterruptedException {
            chunk.bytesRead = framer.bytesRead();
            submit(chunk);
            return new RawChunk(Math.min(CHUNK_LINES, chunk.lines * 2));
        }

        private LineFramer.Line nextLine(LineFramer framer) throws IOException {
            return pushedBack.isEmpty() ? framer.next() : pushedBack.removeFirst();
        }

        /** A line with an odd number of quotes: a quoted field continues on the next lines, or it is broken. */
        private Decided joinOrReject(LineFramer.Line first, LineFramer framer) throws IOException {
            List<LineFramer.Line> parts = new ArrayList<>();
            parts.add(first);
            int quotes = first.quotes;
            boolean clean = first.firstControlByte() < 0;
            while ((quotes & 1) == 1 && parts.size() < MAX_LINES_PER_RECORD && clean) {
                LineFramer.Line next = nextLine(framer);
                if (next == null) {
                    break;
                }
                LineFramer.Line copy = next.copy();
                parts.add(copy);
                clean = !copy.overlong && copy.firstControlByte() < 0;
                quotes += copy.quotes;
            }
            if ((quotes & 1) == 0 && clean) {
                StringBuilder joined = new StringBuilder();
                int latin1 = 0;
                for (LineFramer.Line p : parts) {
                    if (joined.length() > 0) {
                        joined.append('\n');
                    }
                    joined.append(joinParser.decode(p.bytes, p.start, p.length, p.nonAscii));
                    latin1 += joinParser.lastWasLatin1() ? 1 : 0;
                }
                String text = joined.toString();
                FieldsHandler.Fields fields = joinParser.splitWhole(text);
                if (fields != null && LineParser.problemWith(fields) == null) {
                    return new Decided(text, first.number, fields, null, latin1);
                }
            }
            // Only the first line is set aside; the others are read again as lines of their own.
            for (int i = parts.size() - 1; i >= 1; i--) {
                pushedBack.addFirst(parts.get(i));
            }
            String text = joinParser.decode(first.bytes, first.start, first.length, first.nonAscii);
            return new Decided(text, first.number, null, LineParser.unterminatedQuote(),
                    joinParser.lastWasLatin1() ? 1 : 0);
        }

        private void submit(RawChunk raw) throws InterruptedException {
            if (raw.items.isEmpty()) {
                return;
            }
            Future<Chunk<Object>> f = pool.submit(() -> parse(raw));
            put(f);
        }

        private void put(Object o) throws InterruptedException {
            while (!ordered.offer(o, 100, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new InterruptedException("stopped");
                }
            }
        }

        /*
         * parse runs once per chunk, so its loops would be compiled on the stack (OSR), each time with everything
         * they call inlined; the work per line therefore lives in small methods of its own that the JIT compiles
         * once, normally.
         */
        private Chunk<Object> parse(RawChunk raw) {
            LineParser parser = new LineParser();
            Chunk<Object> out = new Chunk<>();
            out.bytesRead = raw.bytesRead;
            // The lines FastCSV should split (no binary data, not over-long) go into one character buffer, one per
            // line, so one reader splits the whole chunk; the others are decoded only to be set aside.
            List<Object> items = raw.items;
            int n = items.size();
            char[] chars = new char[raw.used + n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            List<Integer> toSplit = new ArrayList<>(n);
            int pos = 0;
            for (int i = 0; i < n; i++) {
                if (items.get(i) instanceof RawLine l && !l.overlong() && l.controlAt() < 0) {
                    starts[i] = pos;
                    pos = decodeInto(parser, raw.data, l, chars, pos);
                    ends[i] = pos;
                    chars[pos++] = '\n';
                    toSplit.add(i);
                }
            }
            FieldsHandler.Fields[] split = splitAll(parser, chars, pos, starts, ends, toSplit);
            for (int i = 0; i < n; i++) {
                Object item = item(parser, out, raw.data, items.get(i), split[i], chars, starts[i], ends[i]);
                if (item != null) {
                    out.items.add(item);
                }
            }
            out.nonUtf8Lines += parser.nonUtf8Lines;
            return out;
        }

        /** Puts a line's characters at {@code pos} of {@code chars}; returns where they end. */
        private static int decodeInto(LineParser parser, byte[] data, RawLine l, char[] chars, int pos) {
            if (l.nonAscii()) {
                String text = parser.decode(data, l.start(), l.length(), true);
                text.getChars(0, text.length(), chars, pos);
                return pos + text.length();
            }
            int end = l.start() + l.length();
            for (int b = l.start(); b < end; b++) {
                chars[pos++] = (char) data[b];
            }
            return pos;
        }

        /** What one line of a chunk becomes: a prepared row, a row set aside, or null (the header). */
        private Object item(LineParser parser, Chunk<Object> out, byte[] data, Object item,
                            FieldsHandler.Fields fields, char[] chars, int start, int end) {
            if (item instanceof Decided d) {
                out.nonUtf8Lines += d.latin1Lines();
                if (d.problem() != null) {
                    return new RowProblem(name, d.number(), d.problem(), d.text());
                }
                return prepared(new DojRecord(name, d.number(), d.fields().chars(), d.fields().ends()));
            }
            RawLine l = (RawLine) item;
            if (l.overlong()) {
                return new RowProblem(name, l.number(), LineParser.overlong(),
                        parser.decode(data, l.start(), l.length(), l.nonAscii()));
            }
            if (l.controlAt() >= 0) {
                return new RowProblem(name, l.number(),
                        LineParser.binary(l.controlAt(), data[l.start() + l.controlAt()] & 0xFF),
                        parser.decode(data, l.start(), l.length(), l.nonAscii()));
            }
            if (fields == null) {
                return new RowProblem(name, l.number(), LineParser.brokenQuoting(),
                        new String(chars, start, end - start));
            }
            if (LineParser.isHeader(fields)) {
                if (l.first()) {
                    out.headerFields = fields.count();
                    return null;
                }
                return new RowProblem(name, l.number(), LineParser.repeatedHeader(),
                        new String(chars, start, end - start));
            }
            String problem = LineParser.problemWith(fields);
            if (problem != null) {
                return new RowProblem(name, l.number(), problem, new String(chars, start, end - start));
            }
            return prepared(new DojRecord(name, l.number(), fields.chars(), fields.ends()));
        }

        private Parsed<Object> prepared(DojRecord record) {
            return new Parsed<>(record, prepare.apply(record));
        }

        /**
         * Splits the given lines (each followed by LF in {@code chars}) with one FastCSV reader over all of them;
         * when that cannot map records to lines one to one (broken quoting somewhere), each line on its own.
         */
        private FieldsHandler.Fields[] splitAll(LineParser parser, char[] chars, int length, int[] starts, int[] ends,
                                                List<Integer> indexes) {
            FieldsHandler.Fields[] out = new FieldsHandler.Fields[starts.length];
            if (indexes.isEmpty()) {
                return out;
            }
            List<FieldsHandler.Fields> records = parser.splitRecords(chars, length);
            if (records != null && records.size() == indexes.size()) {
                for (int k = 0; k < indexes.size(); k++) {
                    out[indexes.get(k)] = records.get(k);
                }
                return out;
            }
            for (int i : indexes) {
                out[i] = parser.split(new String(chars, starts[i], ends[i] - starts[i]));
            }
            return out;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
