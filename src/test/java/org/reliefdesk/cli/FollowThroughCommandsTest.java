package org.reliefdesk.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.TestDataService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-through commands end to end on generated data (follow-through.md, "Command line"): run, export,
 * filing, orders, a later pull made by generate-test-data, pull, status, follow-up and verify-audit --papers, each
 * on its own day; and the exit codes of bad input (2), no usable input (3) and a changed record (4).
 */
final class FollowThroughCommandsTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 1, 10);
    private static final String OFFICE = """
            {"county": "Sacramento", "courtName": "Superior Court of California, County of Sacramento",
             "courtAddress": "720 9th Street, Sacramento, CA 95814", "daName": "Alex Example",
             "deputyName": "Jordan Sample", "barNumber": "123456", "officeAddress": "901 G Street, Sacramento",
             "phone": "(916) 555-0100", "email": "da@example.invalid"}""";
    @TempDir
    Path dir;
    private Path input;
    private Path ws;
    private Path motion;

    @BeforeEach
    void runAndExport() throws Exception {
        input = new TestDataService().generate(dir.resolve("in.csv"), "SACRAMENTO", 2500, 17, Progress.NONE).file();
        ws = dir.resolve("w.reliefdesk");
        ok(CliRun.on(DAY0, "run", "--input-doj", input.toString(), "--county", "SACRAMENTO", "--compute-at",
                "2020-07-01", "--preset", "statute-minimum", "--outputs", dir.resolve("out").toString(),
                "--workspace", ws.toString()));
        Path office = Files.writeString(dir.resolve("office.json"), OFFICE, StandardCharsets.UTF_8);
        motion = dir.resolve("motion.pdf");
        ok(CliRun.on(DAY0, "export", "--workspace", ws.toString(), "--office", office.toString(), "--motion",
                motion.toString(), "--notice", dir.resolve("notice.pdf").toString(), "--quiet"));
    }

    private static CliRun ok(CliRun r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private static void refused(CliRun r, int code, String message) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
        assertThat(r.error()).contains(message);
    }

    private String w() {
        return ws.toString();
    }

    @Test
    void theWholeCycleThroughEveryCommand() throws Exception {
        CliRun filed = ok(CliRun.on(DAY0.plusDays(10), "filing", "--workspace", w(), "--papers", motion.toString(),
                "--filed-on", DAY0.plusDays(5).toString(), "--docket", "24CR00017"));
        Matcher m = Pattern.compile("Filing (\\d+): ([\\d,]+) convictions filed on 2024-01-15").matcher(filed.out());
        assertThat(m.find()).as(filed.out()).isTrue();
        String filing = m.group(1);
        int count = Integer.parseInt(m.group(2).replace(",", ""));

        Path before = dir.resolve("before.csv");
        ok(CliRun.on(DAY0.plusDays(10), "status", "--workspace", w(), "--out", before.toString()));
        List<String> filedRefs = Files.readAllLines(before).stream().filter(l -> l.contains(",FILED,"))
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(filedRefs).hasSize(count);
        String denied = filedRefs.get(0);
        String continued = filedRefs.get(1);
        Path except = Files.writeString(dir.resolve("except.csv"), "ref,result\n" + denied + ",denied\n"
                + continued + ",continued\n");
        CliRun order = ok(CliRun.on(DAY0.plusDays(60), "orders", "--workspace", w(), "--filing", filing,
                "--granted-on", DAY0.plusDays(50).toString(), "--except", except.toString()));
        assertThat(order.out()).contains(String.format("%,d granted, 1 denied, 1 continued", count - 2));

        Path pull = dir.resolve("pull.csv");
        CliRun gen = ok(CliRun.on(DAY0.plusDays(100), "generate-test-data", "--later-pull-of", input.toString(),
                "--workspace", w(), "--outputs", pull.toString(), "--seed", "3"));
        assertThat(gen.out()).contains("Wrote a later pull of");
        Path fresh = dir.resolve("new.csv");
        CliRun pulled = ok(CliRun.on(DAY0.plusDays(100), "pull", "--workspace", w(), "--input-doj", pull.toString(),
                "--pulled-on", DAY0.plusDays(90).toString(), "--new-in-pull", fresh.toString(), "--quiet"));
        assertThat(pulled.out()).contains("Granted convictions checked: " + String.format("%,d", count - 2))
                .containsPattern("confirmed +[1-9]").containsPattern("absent +[1-9]")
                .containsPattern("not yet +[1-9]").contains("New Prop 64 convictions in the pull:");
        assertThat(Files.readAllLines(fresh).get(0)).isEqualTo("line,subject_id,count_order,code_section,level,"
                + "conviction_date,case_number");

        Path status = dir.resolve("status.csv");
        CliRun st = ok(CliRun.on(DAY0.plusDays(100), "status", "--workspace", w(), "--out", status.toString()));
        List<String> lines = Files.readAllLines(status);
        assertThat(lines.get(0)).isEqualTo("ref,subject_id,count_order,outcome,status,filing_id,filed_on,"
                + "order_result,order_date,pulled_on,days_waiting");
        assertThat(lines).anyMatch(l -> l.startsWith(denied + ",") && l.contains(",DENIED,"))
                .anyMatch(l -> l.startsWith(continued + ",") && l.endsWith(",FILED," + filing
                        + ",2024-01-15,CONTINUED,2024-02-29,,95"))
                .anyMatch(l -> l.contains(",CONFIRMED,")).anyMatch(l -> l.contains(",NOT_YET_IN_DOJ,"))
                .anyMatch(l -> l.contains(",DECIDED,"));
        assertThat(st.out()).contains("Confirmed by DOJ");

        CliRun followUp = ok(CliRun.on(DAY0.plusDays(100), "follow-up", "--workspace", w(), "--as-of",
                DAY0.plusDays(100).toString(), "--court-letter", dir.resolve("request.pdf").toString(), "--doj-list",
                dir.resolve("doj.xlsx").toString()));
        assertThat(followUp.out()).contains("waiting for an order").contains("not yet in DOJ");
        assertThat(Files.size(dir.resolve("request.pdf"))).isPositive();
        assertThat(Files.size(dir.resolve("doj.xlsx"))).isPositive();

        ok(CliRun.on(DAY0.plusDays(100), "verify-audit", "--workspace", w(), "--papers", motion.toString()));
        Path tampered = dir.resolve("tampered.reliefdesk");
        Files.copy(ws, tampered);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tampered); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 1");
        }
        CliRun changed = CliRun.on(DAY0.plusDays(100), "verify-audit", "--workspace", tampered.toString(),
                "--papers", motion.toString());
        assertThat(changed.code()).isEqualTo(ReliefDeskCli.TAMPERED);
        assertThat(changed.err()).contains("CHANGED:").contains("changed after these papers were made");
    }

    @Test
    void theCourtsListIsReadThroughAMappingAndUnmatchedRowsAreListedByLine() throws Exception {
        LocalDate today = DAY0.plusDays(20);
        ok(CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                DAY0.plusDays(1).toString()));
        Path before = dir.resolve("before.csv");
        ok(CliRun.on(today, "status", "--workspace", w(), "--out", before.toString()));
        List<String> filed = Files.readAllLines(before).stream().filter(l -> l.contains(",FILED,"))
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        Path list = Files.writeString(dir.resolve("court-orders.csv"), "Reference;Outcome;Date signed\n"
                + filed.get(0) + ";Granted;2024-01-20\n" + filed.get(1) + ";Denied;2024-01-21\n"
                + "RD-9999999;Granted;2024-01-21\n");
        Path mapping = Files.writeString(dir.resolve("orders-mapping.json"), "{\"name\": \"court list\", "
                + "\"delimiter\": \";\", \"columns\": {\"ref\": \"Reference\", \"result\": \"Outcome\", "
                + "\"orderDate\": \"Date signed\"}, \"dateFormat\": \"yyyy-MM-dd\"}");
        CliRun r = ok(CliRun.on(today, "orders", "--workspace", w(), "--file", list.toString(), "--mapping",
                mapping.toString()));
        assertThat(r.out()).contains("Court's list court-orders.csv: 2 matched and recorded, 1 granted, 1 denied; 1 "
                + "unmatched or set aside").contains("court-orders.csv, line 4: unmatched:");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"columns\": {\"ref\": \"Reference\"}}");
        refused(CliRun.on(today, "orders", "--workspace", w(), "--file", list.toString(), "--mapping",
                bad.toString()), ReliefDeskCli.USAGE, "\"result\"");
        CliRun both = CliRun.on(today, "orders", "--workspace", w(), "--file", list.toString(), "--mapping",
                mapping.toString(), "--filing", "1");
        assertThat(both.code()).isEqualTo(ReliefDeskCli.USAGE);
    }

    @Test
    void badInputGetsItsExitCodeAndChangesNothing() throws Exception {
        LocalDate today = DAY0.plusDays(10);
        Path edited = dir.resolve("edited.pdf");
        try (PDDocument doc = Loader.loadPDF(motion.toFile())) {
            doc.getDocumentInformation().setAuthor("someone");
            doc.save(edited.toFile());
        }
        refused(CliRun.on(today, "filing", "--workspace", w(), "--papers", edited.toString(), "--filed-on",
                today.toString()), ReliefDeskCli.USAGE, "changed after it was made");
        refused(CliRun.on(today, "filing", "--workspace", w(), "--papers", dir.resolve("none.pdf").toString(),
                "--filed-on", today.toString()), ReliefDeskCli.NO_INPUT, "There is no file");
        refused(CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                DAY0.minusDays(1).toString()), ReliefDeskCli.USAGE, "is before the papers were made");
        refused(CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                today.plusDays(1).toString()), ReliefDeskCli.USAGE, "is after today");
        CliRun bad = CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                "15/01/2024");
        assertThat(bad.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(bad.err()).contains("YYYY-MM-DD");
        refused(CliRun.on(today, "orders", "--workspace", w(), "--filing", "7", "--granted-on", today.toString()),
                ReliefDeskCli.USAGE, "There is no filing 7");
        refused(CliRun.on(today, "status", "--workspace", dir.resolve("no.reliefdesk").toString(), "--out",
                dir.resolve("s.csv").toString()), ReliefDeskCli.NO_INPUT, "There is no workspace file");

        ok(CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                today.toString()));
        refused(CliRun.on(today, "filing", "--workspace", w(), "--papers", motion.toString(), "--filed-on",
                today.toString()), ReliefDeskCli.USAGE, "one open filing at a time");
        refused(CliRun.on(today, "orders", "--workspace", w(), "--filing", "1", "--granted-on",
                today.minusDays(1).toString()), ReliefDeskCli.USAGE, "is before filing 1 was filed");
        Path except = Files.writeString(dir.resolve("except.txt"), "RD-0000005\nnot a ref\n");
        refused(CliRun.on(today, "orders", "--workspace", w(), "--filing", "1", "--granted-on", today.toString(),
                "--except", except.toString()), ReliefDeskCli.USAGE, "except.txt, line 2");

        Path yolo = new TestDataService().generate(dir.resolve("yolo.csv"), "YOLO", 300, 2, Progress.NONE).file();
        refused(CliRun.on(today, "pull", "--workspace", w(), "--input-doj", yolo.toString(), "--pulled-on",
                today.toString(), "--quiet"), ReliefDeskCli.USAGE, "is a DOJ file for YOLO county");
        refused(CliRun.on(today, "pull", "--workspace", w(), "--input-doj", input.toString(), "--pulled-on",
                today.toString(), "--quiet"), ReliefDeskCli.USAGE, "is the same file as the import in.csv");
        refused(CliRun.on(today, "pull", "--workspace", w(), "--input-doj", input.toString(), "--pulled-on",
                DAY0.minusDays(3).toString(), "--quiet"), ReliefDeskCli.USAGE, "older than the first import");
        refused(CliRun.on(today, "pull", "--workspace", w(), "--input-doj", dir.resolve("gone.csv").toString(),
                "--pulled-on", today.toString(), "--quiet"), ReliefDeskCli.NO_INPUT, "does not exist");
        refused(CliRun.on(today, "pull", "--workspace", w(), "--input-doj", yolo.toString(), "--pulled-on",
                today.toString(), "--relief-text", " ", "--quiet"), ReliefDeskCli.USAGE, "Relief text 1 is empty");
        refused(CliRun.on(today, "verify-audit", "--workspace", w(), "--papers", except.toString()),
                ReliefDeskCli.USAGE, "carries no ReliefDesk audit reference");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT (SELECT count(*) FROM filing), (SELECT count(*) FROM court_order), "
                     + "(SELECT count(*) FROM doj_pull)")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).containsExactly(1, 0, 0);
        }
    }
}
