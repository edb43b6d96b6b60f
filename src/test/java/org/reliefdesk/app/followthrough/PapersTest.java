package org.reliefdesk.app.followthrough;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.app.CourtExportService;
import org.reliefdesk.app.Progress;
import org.reliefdesk.export.AuditStamp;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.store.ConvictionRefRepository;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.OverrideRepository.ConvictionKey;
import org.reliefdesk.store.Workspace;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Papers carry the audit trail's head (follow-through.md): recorded with their SHA-256 and references, the
 * reference printed on the last page and kept in the PDF's and workbook's properties; checking papers says whether
 * the record they came from is unchanged, and notices a tamper made with plain SQL after they were made.
 */
final class PapersTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsRecordedWithItsHashAndTheReferencesItCarries() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 800, 6, LocalDate.of(2024, 1, 10))) {
            Path out = dir.resolve("papers");
            f.papers(out, true, true, true, true);
            List<CaseRow> rows = f.session.cases(f.runId);
            Map<ConvictionKey, Integer> refs;
            List<ExportRecordRepository.RecordedFile> files;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                refs = new ConvictionRefRepository(w).all();
                files = new ExportRecordRepository(w).filesOf(1);
            }
            assertThat(files).extracting(ExportRecordRepository.RecordedFile::kind)
                    .containsExactly("WORKBOOK", "MOTION", "ORDERS", "NOTICE");
            for (var file : files) {
                assertThat(file.sha256()).isEqualTo(FileHashes.sha256(out.resolve(file.fileName())));
                assertThat(file.size()).isEqualTo(Files.size(out.resolve(file.fileName())));
            }
            Set<String> relief = expected(rows, refs, Set.of(Outcome.DISMISS, Outcome.REDUCE));
            assertThat(set(files.get(0).refs())).isEqualTo(expected(rows, refs, Set.of(Outcome.values())));
            assertThat(set(files.get(1).refs())).isEqualTo(relief).isNotEmpty();
            assertThat(set(files.get(2).refs())).isEqualTo(relief);
            assertThat(set(files.get(3).refs())).isEqualTo(expected(rows, refs, Set.of(Outcome.NOT_ELIGIBLE)));

            String motion = text(out.resolve("motion.pdf"));
            for (String ref : relief) {
                assertThat(motion).contains(Refs.format(Integer.parseInt(ref.substring(0, ref.length() - 1))));
            }
        }
    }

    @Test
    void theAuditReferenceIsOnTheLastPageInThePdfPropertiesAndInTheWorkbookSummary() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 500, 7, LocalDate.of(2024, 1, 10))) {
            Path out = dir.resolve("papers");
            f.papers(out, true, true, true, true);
            ExportRecordRepository.RecordedFile motion;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                motion = new ExportRecordRepository(w).filesOf(1).get(1);
            }
            AuditStamp stamp = new AuditStamp(motion.auditEntry(), motion.auditHash());
            assertThat(stamp.text()).matches("ReliefDesk audit reference: entry \\d+, [0-9A-F]{12}…");
            for (String pdf : List.of("motion.pdf", "orders.pdf", "notice.pdf")) {
                try (PDDocument doc = Loader.loadPDF(out.resolve(pdf).toFile())) {
                    PDFTextStripper last = new PDFTextStripper();
                    last.setStartPage(doc.getNumberOfPages());
                    last.setEndPage(doc.getNumberOfPages());
                    assertThat(last.getText(doc)).as(pdf).contains(stamp.text());
                    var info = doc.getDocumentInformation();
                    assertThat(info.getCustomMetadataValue(AuditStamp.ENTRY_KEY)).as(pdf)
                            .isEqualTo(Long.toString(stamp.entry()));
                    assertThat(info.getCustomMetadataValue(AuditStamp.HASH_KEY)).as(pdf).isEqualTo(stamp.hash());
                }
            }
            try (InputStream in = Files.newInputStream(out.resolve("court.xlsx"));
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet summary = wb.getSheet("Summary");
                boolean found = false;
                for (int i = 0; i <= summary.getLastRowNum(); i++) {
                    var row = summary.getRow(i);
                    if (row != null && "ReliefDesk audit reference".equals(row.getCell(0).getStringCellValue())) {
                        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("entry " + stamp.entry());
                        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(stamp.hash());
                        found = true;
                    }
                }
                assertThat(found).as("the Summary sheet names the audit reference").isTrue();
                assertThat(wb.getProperties().getCustomProperties().getProperty(AuditStamp.HASH_KEY).getLpwstr())
                        .isEqualTo(stamp.hash());
            }
        }
    }

    @Test
    void eachPersonsOrderFileCarriesTheAuditReferenceAndIsRecordedWithItsReferences() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 300, 8, LocalDate.of(2024, 1, 10))) {
            Path folder = dir.resolve("each");
            f.session.exportCourtPapers(new CourtExportService.Request(f.runId, null, null, null, folder, null, null),
                    Progress.NONE, new Cancellation());
            List<ExportRecordRepository.RecordedFile> files;
            try (Workspace w = Workspace.openReadOnly(f.session.path())) {
                files = new ExportRecordRepository(w).filesOf(1);
            }
            assertThat(files.get(0).kind()).isEqualTo("ORDER_INDEX");
            assertThat(files.size()).isGreaterThan(1);
            for (var file : files.subList(1, files.size())) {
                assertThat(file.kind()).isEqualTo("ORDER");
                assertThat(file.refs()).isNotBlank();
            }
            var first = files.get(1);
            AuditStamp stamp = new AuditStamp(first.auditEntry(), first.auditHash());
            Path pdf = folder.resolve(first.fileName());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains(stamp.text());
                assertThat(doc.getDocumentInformation().getCustomMetadataValue(AuditStamp.HASH_KEY))
                        .isEqualTo(stamp.hash());
            }
            var check = f.services.followThrough().checkPapers(f.session.path(), pdf);
            assertThat(check.recordedFile()).isTrue();
            assertThat(check.unchanged()).isTrue();
        }
    }

    @Test
    void papersStayUnchangedThroughLaterWorkAndShowATamperWithTheRecordTheyCameFrom() throws Exception {
        Path motion;
        Path file;
        try (FollowFixture f = FollowFixture.create(dir, 600, 9, LocalDate.of(2024, 1, 10))) {
            List<CaseRow> rows = f.session.cases(f.runId);
            f.session.override(f.runId, rows.get(0), Outcome.NEEDS_REVIEW, "look again", "atty");
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, true);
            motion = out.resolve("motion.pdf");
            // later, legitimate work: the record the papers came from is still the same
            f.session.override(f.runId, rows.get(1), Outcome.NOT_ELIGIBLE, "prior found", "atty");
            f.session.markReviewed(rows.get(2), true, "paralegal");
            var check = f.services.followThrough().checkPapers(f.session.path(), motion);
            assertThat(check.unchanged()).isTrue();
            assertThat(check.recordedFile()).isTrue();
            assertThat(f.services.followThrough().checkPapers(f.session.path(), out.resolve("court.xlsx"))
                    .unchanged()).isTrue();
            file = f.session.path();
        }
        Path tampered = dir.resolve("tampered.reliefdesk");
        Files.copy(file, tampered);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tampered); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER override_entry_no_update");
            s.execute("UPDATE override_entry SET outcome = 'DISMISS' WHERE id = 1");
        }
        FollowThrough ft = new org.reliefdesk.app.Services(new MutableClock(LocalDate.of(2024, 1, 11)), "t")
                .followThrough();
        var check = ft.checkPapers(tampered, motion);
        assertThat(check.unchanged()).isFalse();
        assertThat(check.summary()).contains("changed after these papers were made").contains("overrides entry 1");

        Path later = dir.resolve("later.reliefdesk");
        Files.copy(file, later);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + later); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER override_entry_no_update");
            s.execute("UPDATE override_entry SET reason = 'edited' WHERE id = 2");
        }
        assertThat(ft.checkPapers(later, motion).unchanged()).as("an entry made after the papers is not their record")
                .isTrue();
    }

    @Test
    void editedPapersAreNotARecordedFileButStillNameTheirReference() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 400, 3, LocalDate.of(2024, 1, 10))) {
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            Path edited = dir.resolve("edited.pdf");
            try (PDDocument doc = Loader.loadPDF(out.resolve("motion.pdf").toFile())) {
                doc.getDocumentInformation().setSubject("edited by hand");
                doc.save(edited.toFile());
            }
            var check = f.services.followThrough().checkPapers(f.session.path(), edited);
            assertThat(check.recordedFile()).isFalse();
            assertThat(check.unchanged()).isTrue();
            assertThat(check.summary()).contains("not byte for byte any papers this workspace recorded");

            Path plain = Files.writeString(dir.resolve("letter.pdf"), "%PDF-1.4 not really", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> f.services.followThrough().checkPapers(f.session.path(), plain))
                    .isInstanceOf(FollowThroughException.class).hasMessageContaining("cannot be read as papers");
            Path text = Files.writeString(dir.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> f.services.followThrough().checkPapers(f.session.path(), text))
                    .isInstanceOf(FollowThroughException.class)
                    .hasMessageContaining("carries no ReliefDesk audit reference");
        }
    }

    private static Set<String> expected(List<CaseRow> rows, Map<ConvictionKey, Integer> refs, Set<Outcome> kept) {
        return rows.stream().filter(r -> kept.contains(r.effectiveOutcome()))
                .map(r -> refs.get(new ConvictionKey(r.subjectId(), r.countOrder())) + letter(r.effectiveOutcome()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String letter(Outcome o) {
        return switch (o) {
            case DISMISS -> "D";
            case REDUCE -> "R";
            case NOT_ELIGIBLE -> "N";
            case NEEDS_REVIEW -> "V";
        };
    }

    private static Set<String> set(String refs) {
        return refs.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(refs.split(",")));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
