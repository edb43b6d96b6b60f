package org.reliefdesk.app.followthrough;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Cancellation;
import org.reliefdesk.app.LaterPullGenerator;
import org.reliefdesk.app.Progress;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Follow-up papers (follow-through.md): the request to the court lists, by filing and docket, exactly the
 * convictions filed more than N days before the as-of date with no order; the DOJ workbook lists exactly the granted
 * orders the latest pull does not show, with DOJ's keys; the cover letter cites H&S 11361.9; all carry the audit
 * reference and check as unchanged.
 */
final class FollowUpPapersTest {
    private static final LocalDate MADE = LocalDate.of(2024, 1, 10);
    @TempDir
    Path dir;

    @Test
    void theCourtRequestAndTheDojListNameWhatWaits() throws Exception {
        try (FollowFixture f = FollowFixture.create(dir, 1200, 61, MADE)) {
            FollowThroughSession ft = f.session.followThrough();
            Path out = dir.resolve("papers");
            f.papers(out, true, false, false, false);
            f.clock.set(MADE.plusDays(200));
            long filing = ft.recordFiling(List.of(out.resolve("motion.pdf")), MADE.plusDays(1), "DK-42").id();
            List<Integer> refs = ft.statuses().keySet().stream().sorted().toList();
            Map<Integer, OrderResult> except = new HashMap<>();
            Set<String> continued = new TreeSet<>();
            for (int i = 0; i < 3; i++) {
                except.put(refs.get(i), OrderResult.CONTINUED);
                continued.add(Refs.format(refs.get(i)));
            }
            ft.recordBulkOrder(filing, MADE.plusDays(40), except);
            Path pull = dir.resolve("pull.csv");
            new LaterPullGenerator().generate(f.input, pull, FollowFixture.COUNTY, ft.grantedCounts(), 12);
            ft.importPull(pull, MADE.plusDays(150), Progress.NONE, new Cancellation());
            List<String> notYet = new ArrayList<>();
            ft.statuses().values().stream().filter(s -> s.status() == ConvictionStatus.NOT_YET_IN_DOJ)
                    .forEach(s -> notYet.add(Refs.format(s.ref())));
            assertThat(notYet).isNotEmpty();

            Path follow = dir.resolve("follow-up");
            FollowUpService.Result r = ft.writeFollowUp(new FollowUpService.Request(MADE.plusDays(200), 60,
                    follow.resolve("request.pdf"), follow.resolve("doj.xlsx"), follow.resolve("letter.pdf")));
            assertThat(r.waiting()).isEqualTo(3);
            assertThat(r.filingsWaiting()).isEqualTo(1);
            assertThat(r.notYetInDoj()).isEqualTo(notYet.size());
            assertThat(r.latestPull()).isEqualTo(MADE.plusDays(150));

            String request = text(follow.resolve("request.pdf"));
            assertThat(request.replaceAll("\\s+", "")).contains("REQUESTFORENTRYOFORDERS").contains("11361.9")
                    .contains("docketDK-42(ReliefDeskfiling" + filing + "):3convictionswaiting");
            continued.forEach(ref -> assertThat(request).contains(ref));
            assertThat(request).doesNotContain(notYet.get(0));

            try (InputStream in = Files.newInputStream(follow.resolve("doj.xlsx")); XSSFWorkbook wb =
                    new XSSFWorkbook(in)) {
                XSSFSheet orders = wb.getSheet("Orders not yet in DOJ");
                assertThat(orders.getRow(0).getCell(0).getStringCellValue()).isEqualTo("CII");
                Set<String> listed = new TreeSet<>();
                for (int i = 1; i <= orders.getLastRowNum(); i++) {
                    listed.add(orders.getRow(i).getCell(7).getStringCellValue());
                    assertThat(orders.getRow(i).getCell(5).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(MADE.plusDays(40));
                }
                assertThat(listed).isEqualTo(new TreeSet<>(notYet));
                assertThat(wb.getSheet("Cover letter").getRow(3).getCell(0).getStringCellValue())
                        .contains("Health and Safety Code section 11361.9");
            }
            assertThat(text(follow.resolve("letter.pdf"))).contains("Health and Safety Code section 11361.9")
                    .contains("California Department of Justice");
            for (String name : List.of("request.pdf", "doj.xlsx", "letter.pdf")) {
                assertThat(f.services.followThrough().checkPapers(f.session.path(), follow.resolve(name))
                        .recordedFile()).as(name).isTrue();
            }
            assertThatThrownBy(() -> ft.writeFollowUp(new FollowUpService.Request(MADE, 60, null, null, null)))
                    .hasMessageContaining("Nothing to write");
        }
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
