package org.reliefdesk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojFiles;
import org.reliefdesk.doj.DojReader;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.ReadSummary;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.DuplicateFileException;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.store.WorkspaceBackups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports DOJ files into a workspace: each file in one transaction (all of it or nothing), bad rows kept aside
 * with file, line and reason, the same file never imported twice.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** A subject with more consecutive rows than this is stored in several parts (bounded memory). */
    static final int MAX_PART_ROWS = 10_000;
    private static final int FINGERPRINT_BYTES = 1 << 20;
    private static final int MAX_COUNTIES = 500;
    private static final JsonFactory JSON = new JsonFactory();
    /** Parse threads: the calling thread stores while these read (two cores are the laptop floor). */
    private static final int PARSE_THREADS = Integer.getInteger("rd.parse", 2);

    /**
     * Workspace bytes per byte of DOJ file imported: 0.94 measured (790,000 rows, 637 MB of CSV, 597 MB of workspace),
     * rounded up.
     */
    static final double WORKSPACE_BYTES_PER_INPUT_BYTE = 1.0;

    private final Clock clock;
    private final AuditService audit;
    private final DiskSpace disk;

    public ImportService(Clock clock, AuditService audit, DiskSpace disk) {
        this.clock = clock;
        this.audit = audit;
        this.disk = disk;
    }

    /** How one file's import ended. */
    public sealed interface FileOutcome permits Imported, Duplicate, Unusable {
        Path path();
    }

    /** Imported: its batch, with how many rows were accepted and set aside. */
    public record Imported(Path path, ImportedFile batch, Map<String, Long> counties) implements FileOutcome {
    }

    /** Refused: the same file (same SHA-256) is in the workspace already. */
    public record Duplicate(Path path, ImportedFile existing) implements FileOutcome {
    }

    /** Refused: missing, a folder, unreadable, empty, or changed while it was read. */
    public record Unusable(Path path, String message) implements FileOutcome {
    }

    /**
     * Imports the files in order. A file that cannot be used or is already there is reported and skipped; the
     * others go on. A workspace that already holds an import is backed up first.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (the file being read leaves no trace)
     */
    public List<FileOutcome> importFiles(Workspace workspace, List<Path> files, Progress progress,
                                         Cancellation cancel) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        ImportRepository repo = new ImportRepository(workspace);
        boolean backup = !repo.batches().isEmpty() && files.stream().anyMatch(f -> DojFiles.unusable(f).isEmpty());
        checkSpace(workspace, repo, files, backup);
        if (backup) {
            progress.begin("Backing up the workspace before the import", -1);
            workspace.backup("import", Instant.now(clock));
        }
        for (Path file : files) {
            cancel.check();
            var problem = DojFiles.unusable(file);
            if (problem.isPresent()) {
                outcomes.add(new Unusable(file, problem.get()));
                continue;
            }
            FileOutcome outcome = importFile(workspace, repo, file, progress, cancel);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /**
     * Refuses early when the workspace's disk lacks room for the files not imported before (by size and first
     * megabyte) and for the backup that comes first.
     */
    private void checkSpace(Workspace workspace, ImportRepository repo, List<Path> files, boolean backup)
            throws IOException {
        long inputs = 0;
        for (Path f : files) {
            if (DojFiles.unusable(f).isEmpty()) {
                long size = Files.size(f);
                if (repo.findByFingerprint(size, fingerprint(f)).isEmpty()) {
                    inputs += size;
                }
            }
        }
        disk.estimate("the import").add(workspace.path(), (long) (inputs * WORKSPACE_BYTES_PER_INPUT_BYTE))
                .add(WorkspaceBackups.folder(workspace.path()), backup ? WorkspaceBackups.bytesOf(workspace.path()) : 0)
                .check();
    }

    private FileOutcome importFile(Workspace workspace, ImportRepository repo, Path file, Progress progress,
                                   Cancellation cancel) throws IOException {
        long size = Files.size(file);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        String fingerprint = fingerprint(file);
        for (ImportBatch candidate : repo.findByFingerprint(size, fingerprint)) {
            progress.begin("Checking whether " + file.getFileName() + " was imported before", size);
            if (candidate.sha256().equals(sha256(file))) {
                return new Duplicate(file, ImportedFile.of(candidate));
            }
        }
        progress.begin("Importing " + file.getFileName(), size);
        String started = Instant.now(clock).toString();
        ImportRepository.BatchStart start = new ImportRepository.BatchStart(file.getFileName().toString(),
                file.toAbsolutePath().toString(), size, fingerprint, started, AppInfo.version());
        Map<String, Long> counties = new TreeMap<>();
        try {
            ImportBatch batch = repo.write(start, writer -> {
                RowSink sink = new RowSink(writer, progress);
                ReadSummary summary = new DojReader().<Object>read(file, PARSE_THREADS, ImportRepository::prepare,
                        sink, cancel::isCancelled);
                sink.finish();
                counties.putAll(sink.counties());
                cancel.check(); // a cancel that came while the last rows were stored still undoes the import
                if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
                    throw new ChangedWhileReading(file.getFileName() + " changed while it was being read (another "
                            + "program is still writing or copying it), so nothing from it was imported: import it "
                            + "again once it is complete.");
                }
                audit.record(workspace, "import", file.getFileName() + ": " + summary.accepted() + " rows accepted, "
                        + summary.rejected() + " set aside, SHA-256 " + summary.sha256());
                return new ImportRepository.BatchEnd(summary.sha256(), summary.header(), summary.rowsRead(),
                        summary.accepted(), summary.rejected(), summary.blankLines(), summary.nonUtf8Lines(),
                        json(counties), Instant.now(clock).toString());
            });
            LOG.info("imported batch {}: {} rows accepted, {} set aside", batch.id(), batch.rowsAccepted(),
                    batch.rowsRejected());
            return new Imported(file, ImportedFile.of(batch), Map.copyOf(counties));
        } catch (DuplicateFileException e) {
            return new Duplicate(file, ImportedFile.of(e.existing()));
        } catch (ChangedWhileReading e) {
            return new Unusable(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("import of " + file.getFileName() + " failed", e);
        }
    }

    /** The file's size or time changed between the start and the end of its reading: its import is undone. */
    private static final class ChangedWhileReading extends Exception {
        private static final long serialVersionUID = 1L;

        ChangedWhileReading(String message) {
            super(message);
        }
    }

    /** Groups consecutive rows of one subject into parts and hands everything to the batch writer. */
    private static final class RowSink implements DojReader.PreparedListener<Object> {
        private final ImportRepository.BatchWriter writer;
        private final Map<String, long[]> counties = new java.util.HashMap<>();
        private final Progress progress;
        private String partSubject;
        private int partRows;
        private long rows;

        RowSink(ImportRepository.BatchWriter writer, Progress progress) {
            this.writer = writer;
            this.progress = progress;
        }

        /** Takes {@code Object} (not the generic type) so no bridge method doubles the JIT's work on this hot path. */
        @Override
        public void row(DojRecord r, Object prepared) {
            ImportRepository.PreparedRow p = (ImportRepository.PreparedRow) prepared;
            String subject = p.subjectId();
            if (!subject.equals(partSubject) || partRows >= MAX_PART_ROWS) {
                if (partSubject != null) {
                    writer.endPart();
                }
                partSubject = subject;
                partRows = 0;
                writer.startPart(SubjectInfo.of(r), r.value(DojColumn.PRI_SSN), r.value(DojColumn.PRI_CDL),
                        r.value(DojColumn.FBI_NUMBER));
            }
            writer.row(r, p);
            partRows++;
            rows++;
            countRow(p.county());
        }

        private void countRow(String county) {
            long[] n = counties.get(county);
            if (n != null) {
                n[0]++;
            } else if (counties.size() < MAX_COUNTIES) {
                counties.put(county, new long[] {1});
            }
        }

        Map<String, Long> counties() {
            Map<String, Long> out = new TreeMap<>();
            counties.forEach((k, v) -> out.put(k, v[0]));
            return out;
        }

        @Override
        public void problem(RowProblem problem) {
            writer.rejected(problem);
        }

        @Override
        public void progress(long bytesRead) {
            progress.advance(bytesRead);
            progress.items(rows);
        }

        void finish() {
            if (partSubject != null) {
                writer.endPart();
            }
        }
    }

    private static String json(Map<String, Long> counties) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Long> e : counties.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The California county most rows name in the first {@code sampleRows} rows of each file (for pre-selecting
     * the county before an import), or empty when none is recognisable. Unreadable files are skipped.
     */
    public java.util.Optional<String> mostCommonCounty(List<Path> files, long sampleRows) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (Path file : files) {
            if (DojFiles.unusable(file).isPresent()) {
                continue;
            }
            long[] seen = {0};
            try {
                new DojReader().read(file, new DojReader.Listener() {
                    @Override
                    public void row(DojRecord record) {
                        seen[0]++;
                        org.reliefdesk.doj.CaliforniaCounties.find(record.value(DojColumn.STP_ORI_CNTY_NAME))
                                .ifPresent(c -> counts.merge(c, 1L, Long::sum));
                    }

                    @Override
                    public void problem(RowProblem problem) {
                    }
                }, () -> seen[0] >= sampleRows);
            } catch (java.util.concurrent.CancellationException enough) {
                // the sample is complete
            } catch (IOException e) {
                LOG.warn("county sample of a file failed: {}", e.getClass().getSimpleName());
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** Accepted rows stored in the workspace, over all imported files. */
    public long acceptedRows(Workspace workspace) {
        return new ImportRepository(workspace).batches().stream().mapToLong(ImportBatch::rowsAccepted).sum();
    }

    /** Size-independent quick identity: SHA-256 of the first megabyte. */
    static String fingerprint(Path file) throws IOException {
        MessageDigest md = sha();
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readNBytes(FINGERPRINT_BYTES));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md = sha();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
