package org.reliefdesk.app;

import org.reliefdesk.court.CourtFileReader;
import org.reliefdesk.court.CourtMapping;
import org.reliefdesk.court.CourtRow;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.store.CourtRepository;
import org.reliefdesk.store.DiskSpace;
import org.reliefdesk.store.WorkspaceBackups;
import org.reliefdesk.store.DuplicateFileException;
import org.reliefdesk.store.ImportBatch;
import org.reliefdesk.store.ImportRepository;
import org.reliefdesk.store.Workspace;
import org.reliefdesk.tabular.TableException;
import org.reliefdesk.tabular.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a court case-system export through a column mapping (court-records.md): its rows stored as read, rows
 * that cannot be read set aside with file, line and reason, and every court person linked to the DOJ subjects again,
 * all in one transaction: a refused or cancelled file leaves the workspace as it was.
 */
public final class CourtImportService {
    private static final Logger LOG = LoggerFactory.getLogger(CourtImportService.class);
    /** Rows set aside that the report lists one by one (all are stored in the workspace). */
    static final int REPORTED_PROBLEMS = 500;

    /**
     * Workspace bytes per byte of a court export: its rows are stored as mapped (fewer columns than the file), plus
     * court people and their links; rounded up from the generated exports.
     */
    static final double WORKSPACE_BYTES_PER_INPUT_BYTE = 1.0;

    private final Clock clock;
    private final AuditService audit;
    private final DiskSpace disk;

    public CourtImportService(Clock clock, AuditService audit, DiskSpace disk) {
        this.clock = clock;
        this.audit = audit;
        this.disk = disk;
    }

    /** How one court file's import ended. */
    public sealed interface Outcome permits Imported, Duplicate, Refused {
        Path path();
    }

    /** Imported: what the import report shows. */
    public record Imported(Path path, CourtImportReport report) implements Outcome {
    }

    /** Refused: the same file is in the workspace already. */
    public record Duplicate(Path path, String importedAs, String importedAt) implements Outcome {
    }

    /** Refused as a whole, nothing stored: the file or the mapping cannot be used, with why. */
    public record Refused(Path path, String message) implements Outcome {
    }

    /**
     * Imports one court file with its mapping. A workspace that already holds an import is backed up first.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (nothing of the file stays)
     */
    public Outcome importFile(Workspace workspace, Path file, CourtMapping mapping, Progress progress,
                              Cancellation cancel) throws IOException {
        if (!Files.isRegularFile(file)) {
            return new Refused(file, Files.isDirectory(file) ? file + " is a folder: give the court export itself."
                    : "The file " + file + " does not exist.");
        }
        String name = file.getFileName().toString();
        CourtRepository court = new CourtRepository(workspace);
        List<CourtRepository.CourtBatch> earlier = court.batches();
        for (CourtRepository.CourtBatch b : earlier) {
            if (b.fileName().equals(name) && !b.sha256().equals(Tables.sha256Of(file))) {
                return new Refused(file, "A court file named " + name + " is already in the workspace (imported "
                        + b.importedAt() + "). Court rows are named by file and line (" + name + ":12), so two files "
                        + "of one name cannot be told apart: rename this one (e.g. with its date) and import it again.");
            }
        }
        boolean backup = !new ImportRepository(workspace).batches().isEmpty() || !earlier.isEmpty();
        disk.estimate("the court import").add(workspace.path(), (long) (Files.size(file)
                        * WORKSPACE_BYTES_PER_INPUT_BYTE))
                .add(WorkspaceBackups.folder(workspace.path()), backup ? WorkspaceBackups.bytesOf(workspace.path()) : 0)
                .check();
        if (backup) {
            progress.begin("Backing up the workspace before the import", -1);
            workspace.backup("court-import", Instant.now(clock));
        }
        long size = Files.size(file);
        FileTime modified = Files.getLastModifiedTime(file);
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), ZoneId.systemDefault());
        List<RowProblem> problems = new ArrayList<>();
        long[] convictions = {0};
        CourtImportReport.Links[] links = new CourtImportReport.Links[1];
        CourtFileReader.Summary[] read = new CourtFileReader.Summary[1];
        CourtRepository.Start start = new CourtRepository.Start(file.getFileName().toString(),
                file.toAbsolutePath().toString(), size, Instant.now(clock).toString(), AppInfo.version(),
                mapping.name(), mapping.toJson(), mapping.county());
        progress.begin("Reading " + file.getFileName(), size);
        // every court person is grouped as the rows come (those of earlier files read back first)
        CourtGroups groups = CourtGroups.of(court, earlier);
        try {
            CourtRepository.CourtBatch batch = court.write(start, writer -> {
                CourtGroups.File into = new CourtGroups.File(writer.batchId(), name, mapping.county());
                groups.startFile(into, -1);
                read[0] = CourtFileReader.read(file, mapping, today, new CourtFileReader.Listener() {
                    @Override
                    public void row(CourtRow row) {
                        writer.row(row);
                        groups.add(into, row);
                        if (row.conviction()) {
                            convictions[0]++;
                        }
                    }

                    @Override
                    public void problem(RowProblem problem) {
                        writer.rejected(problem);
                        if (problems.size() < REPORTED_PROBLEMS) {
                            problems.add(problem);
                        }
                    }

                    @Override
                    public void progress(long done, long total) {
                        progress.advance(done);
                    }
                }, cancel::isCancelled);
                cancel.check();
                if (Files.size(file) != size || !Files.getLastModifiedTime(file).equals(modified)) {
                    throw new TableException(file.getFileName() + " changed while it was being read (another "
                            + "program is still writing or copying it), so nothing from it was imported: import it "
                            + "again once it is complete.");
                }
                CourtFileReader.Summary s = read[0];
                return new CourtRepository.End(s.sha256(), s.rowsRead(), s.accepted(), s.rejected(), s.describe(),
                        s.headers(), s.separator(), s.newestDisposition() == null ? "" : s.newestDisposition().toString(), convictions[0],
                        Instant.now(clock).toString());
            }, stored -> {
                cancel.check();
                links[0] = CourtLinking.link(workspace, progress, groups);
                cancel.check();
                audit.record(workspace, "court-import", stored.fileName() + " with mapping \"" + mapping.name()
                        + "\": " + stored.rowsAccepted() + " rows accepted, " + stored.rowsRejected() + " set aside, "
                        + "SHA-256 " + stored.sha256() + "; court people linked " + links[0].linked() + ", ambiguous "
                        + links[0].ambiguous() + ", no DOJ person " + links[0].noDojPerson());
            });
            LOG.info("imported court file {}: {} rows accepted, {} set aside", batch.id(), batch.rowsAccepted(),
                    batch.rowsRejected());
            return new Imported(file, new CourtImportReport(batch.id(), batch.fileName(), read[0].describe(),
                    mapping.name(), batch.rowsRead(), batch.rowsAccepted(), batch.rowsRejected(), List.copyOf(problems),
                    convictions[0], links[0], read[0].warnings(), null));
        } catch (DuplicateFileException e) {
            ImportBatch existing = e.existing();
            return new Duplicate(file, existing.fileName(), existing.finishedAt());
        } catch (TableException e) {
            return new Refused(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the import of " + file.getFileName() + " failed", e);
        }
    }

    /** Links every court person again (after a DOJ import), when the workspace holds court records. */
    public void relinkIfNeeded(Workspace workspace, Progress progress) {
        if (CourtLinking.stale(workspace)) {
            workspace.atomically(() -> CourtLinking.relink(workspace, progress));
        }
    }
}
