package org.reliefdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.app.Progress;
import org.reliefdesk.app.TestDataService;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.CsvCell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code run} end to end: exit codes, messages and the files it writes (issue 2, "Command line", "Bad input"). */
final class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ELIGIBILITY = DojColumn.COUNT;
    private static final int CONVICTIONS_ON_RECORD = ELIGIBILITY + 1;
    private static final int POSSIBLE_OTHER = ELIGIBILITY + 2;
    private static final int DETERMINATION = ELIGIBILITY + 16;
    private static final int REASON = ELIGIBILITY + 17;
    private static final String CONVICTIONS_HEADER = "subject_id,count_order,cii,name,dob,case_number,"
            + "conviction_date,offense_date,code_section,level,county,outcome,reason_code,flags,source_file,source_line,"
            + "record_source,ref";
    private static final Pattern GOGEN_REASON = Pattern.compile("|Misdemeanor or Infraction"
            + "|(Dismiss|Reduce) all HS 113(57|58|59|60) convictions|21 years or younger|\\d+ years or older"
            + "|Conviction occurred \\d+ or more years ago|No convictions in the past \\d+ years"
            + "|Only has 11357-60 charges|Individual is deceased");

    @TempDir
    Path dir;

    // ---- a good run ------------------------------------------------------------------------------------------

    @Test
    void aMissingPolicyIsOneErrorLineSaidOnce() {
        CliRun r = CliRun.of("run", "--input-doj", "in.csv", "--county", "SACRAMENTO", "--compute-at", "2020-07-01",
                "--outputs", "out", "--workspace", "w.reliefdesk");
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.err()).doesNotContain("Error: Error:");
        assertThat(r.error()).startsWith("Missing required argument").contains("--preset");
    }

    @Test
    void writesTheWholeBundleForAGeneratedFile() throws IOException {
        Path input = generate("county.csv", "SACRAMENTO", 400, 3);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "bear-default"));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("county.csv").contains("400 rows read").contains("400 accepted");
        assertThat(names(out)).containsExactlyInAnyOrder("All_Results.csv", "All_Results_Condensed.csv",
                "Prop64_Results.csv", "gogen.json", "convictions.csv", "summary.json", "rejected_rows.csv",
                "workspace.reliefdesk");

        List<List<String>> in = DojFile.read(input);
        List<List<String>> all = DojFile.read(out.resolve("All_Results.csv"));
        List<List<String>> condensed = DojFile.read(out.resolve("All_Results_Condensed.csv"));
        List<List<String>> prop64 = DojFile.read(out.resolve("Prop64_Results.csv"));
        List<List<String>> convictions = DojFile.read(out.resolve("convictions.csv"));
        assertThat(all).hasSize(401);
        assertThat(condensed).hasSize(401);
        assertThat(all.get(0)).hasSize(113);
        assertThat(condensed.get(0)).hasSize(38);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).subList(0, 95)).as("input row %d reproduced", i).isEqualTo(in.get(i));
        }

        List<Integer> decided = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (!all.get(i).get(CONVICTIONS_ON_RECORD).isEmpty()) {
                decided.add(i);
            }
        }
        assertThat(decided).isNotEmpty();
        assertThat(prop64).hasSize(decided.size() + 1);
        assertThat(convictions).hasSize(decided.size() + 1);
        for (int k = 0; k < decided.size(); k++) {
            assertThat(prop64.get(k + 1)).isEqualTo(all.get(decided.get(k)));
        }
        assertThat(Files.readString(out.resolve("convictions.csv"))).startsWith(CONVICTIONS_HEADER + "\n");
        for (List<String> c : convictions.subList(1, convictions.size())) {
            int line = Integer.parseInt(c.get(15));
            List<String> source = all.get(line - 1);
            assertThat(c.get(14)).isEqualTo("county.csv");
            assertThat(source.get(CONVICTIONS_ON_RECORD)).as("row at line %d carries the decision", line)
                    .isNotEmpty();
            assertThat(source.get(DojColumn.SUBJECT_ID.index())).isEqualTo(c.get(0));
            assertThat(source.get(DojColumn.CNT_ORDER.index())).isEqualTo(c.get(1));
            assertThat(c.get(6)).matches("|\\d{4}-\\d{2}-\\d{2}");
            assertThat(c.get(9)).isIn("felony", "misdemeanor", "infraction", "unknown");
            assertThat(c.get(11)).isIn("DISMISS", "REDUCE", "NOT_ELIGIBLE", "NEEDS_REVIEW");
        }

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/rows/read").asLong()).isEqualTo(400);
        assertThat(summary.at("/rows/accepted").asLong()).isEqualTo(400);
        assertThat(summary.at("/rows/rejected").asLong()).isZero();
        assertThat(summary.at("/county").asText()).isEqualTo("SACRAMENTO");
        assertThat(summary.at("/computeAt").asText()).isEqualTo("2020-07-01");
        JsonNode gogen = JSON.readTree(out.resolve("gogen.json").toFile());
        assertThat(gogen.path("lineCount").asLong()).isEqualTo(400);
        assertThat(gogen.path("county").asText()).isEqualTo("SACRAMENTO");
        assertThat(Files.readString(out.resolve("rejected_rows.csv"))).isEqualTo("file,line,reason,raw\n");
    }

    @Test
    void onlyTheFirstRowOfAMultiRowConvictionCarriesTheEligibilityColumns() throws IOException {
        Path input = generate("county.csv", "SACRAMENTO", 600, 11);
        Path out = dir.resolve("out");
        assertThat(CliRun.of(args(out, input.toString(), "--preset", "dismiss-all")).code()).isZero();
        List<List<String>> in = DojFile.read(input);
        List<List<String>> all = DojFile.read(out.resolve("All_Results.csv"));

        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        for (int i = 1; i < in.size(); i++) {
            List<String> row = in.get(i);
            if (row.get(DojColumn.DISP_DESCR.index()).startsWith("CONVICTED")) {
                counts.computeIfAbsent(row.get(DojColumn.SUBJECT_ID.index()) + "/"
                        + row.get(DojColumn.CNT_ORDER.index()), k -> new ArrayList<>()).add(i);
            }
        }
        int multiRowDecided = 0;
        for (List<Integer> rows : counts.values()) {
            if (rows.size() < 2) {
                continue;
            }
            if (!all.get(rows.get(0)).get(CONVICTIONS_ON_RECORD).isEmpty()) {
                multiRowDecided++;
            }
            for (int later : rows.subList(1, rows.size())) {
                List<String> cells = new ArrayList<>(all.get(later).subList(ELIGIBILITY, ELIGIBILITY + 18));
                cells.remove(2);
                assertThat(cells).as("eligibility cells of line %d (a later row of its count)", later + 1)
                        .containsOnly("");
            }
        }
        assertThat(multiRowDecided).as("decided convictions spread over several rows").isPositive();
    }

    @Test
    void gogenModeWritesGogensDeterminationsAndReasonTexts() throws IOException {
        Path input = generate("county.csv", "SACRAMENTO", 500, 5);
        Path options = Files.writeString(dir.resolve("options.json"), "{\"baselineEligibility\":{\"dismiss\":"
                + "[\"11357\",\"11358\"],\"reduce\":[\"11359\",\"11360\"]},\"additionalRelief\":{"
                + "\"subjectUnder21AtConviction\":true,\"subjectAgeThreshold\":57,\"yearsSinceConvictionThreshold\":10,"
                + "\"subjectIsDeceased\":true,\"subjectHasOnlyProp64Charges\":true}}");
        Path gogenOut = dir.resolve("gogen");
        Path defaultOut = dir.resolve("default");
        assertThat(CliRun.of(args(gogenOut, input.toString(), "--eligibility-options", options.toString(),
                "--mode", "gogen")).code()).isZero();
        assertThat(CliRun.of(args(defaultOut, input.toString(), "--eligibility-options", options.toString()))
                .code()).isZero();

        List<List<String>> gogen = DojFile.read(gogenOut.resolve("Prop64_Results.csv"));
        assertThat(gogen).hasSizeGreaterThan(1);
        Set<String> reasons = new TreeSet<>();
        for (List<String> row : gogen.subList(1, gogen.size())) {
            assertThat(row.get(DETERMINATION)).isIn("Eligible for Dismissal", "Eligible for Reduction", "");
            assertThat(row.get(REASON)).matches(GOGEN_REASON);
            reasons.add(row.get(REASON));
        }
        assertThat(reasons).contains("Misdemeanor or Infraction");
        assertThat(reasons).anyMatch(s -> s.startsWith("Dismiss all HS "));

        List<List<String>> plain = DojFile.read(defaultOut.resolve("Prop64_Results.csv"));
        assertThat(plain.stream().skip(1).map(r -> r.get(REASON))).as("default mode explains in its own words")
                .noneMatch(s -> s.equals("Misdemeanor or Infraction") || s.isEmpty());
        assertThat(JSON.readTree(gogenOut.resolve("summary.json").toFile()).path("mode").asText()).isEqualTo("gogen");
    }

    @Test
    void numbersTheBundleFilesWhenTwoInputsAreGiven() throws IOException {
        Path first = generate("first.csv", "SACRAMENTO", 120, 1);
        Path second = generate("second.csv", "SACRAMENTO", 80, 2);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, first + "," + second, "--preset", "dismiss-all"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(names(out)).contains("All_Results_1.csv", "All_Results_2.csv", "All_Results_Condensed_1.csv",
                "All_Results_Condensed_2.csv", "Prop64_Results_1.csv", "Prop64_Results_2.csv", "gogen.json")
                .doesNotContain("All_Results.csv", "Prop64_Results.csv", "All_Results_Condensed.csv");
        assertThat(DojFile.read(out.resolve("All_Results_1.csv"))).hasSize(121);
        assertThat(DojFile.read(out.resolve("All_Results_2.csv"))).hasSize(81);
        assertThat(DojFile.read(out.resolve("All_Results_Condensed_2.csv"))).hasSize(81);
        long prop64 = DojFile.read(out.resolve("Prop64_Results_1.csv")).size()
                + DojFile.read(out.resolve("Prop64_Results_2.csv")).size() - 2;
        List<List<String>> convictions = DojFile.read(out.resolve("convictions.csv"));
        assertThat(convictions).hasSize((int) prop64 + 1);
        assertThat(convictions.stream().skip(1).map(c -> c.get(14)).distinct())
                .containsExactlyInAnyOrder("first.csv", "second.csv");
        assertThat(JSON.readTree(out.resolve("gogen.json").toFile()).path("lineCount").asLong()).isEqualTo(200);
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).at("/rows/read").asLong()).isEqualTo(200);
    }

    @Test
    void hostileNamesComeOutNeutralisedInEveryCsv() throws IOException {
        List<String> names = List.of("=HYPERLINK(\"x\")", "@SUM(A1)", "-2+3", "+cmd|' /C calc'!A0", "+1");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(DojFile.conviction("90" + i, names.get(i), "001002001000", "20100505", "SACRAMENTO",
                    "11357(B) HS-POSSESS MARIJUANA", "MISDEMEANOR"));
        }
        Path input = DojFile.write(dir.resolve("hostile.csv"), true, rows);
        String[] bad = Collections.nCopies(94, "").toArray(String[]::new);
        bad[0] = "=1+2";
        bad[1] = "@x";
        Files.writeString(input, DojFile.line(bad) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).as(r.err()).isZero();

        for (String file : List.of("All_Results.csv", "All_Results_Condensed.csv", "Prop64_Results.csv",
                "convictions.csv", "rejected_rows.csv")) {
            List<List<String>> csv = DojFile.read(out.resolve(file));
            assertThat(csv.stream().flatMap(List::stream).filter(CsvCell::isRisky))
                    .as("cells of %s a spreadsheet could run", file).isEmpty();
        }
        // "+1" is a plain number, which CellSafety leaves alone as it does "-1.0" (nothing can run it): it must
        // come out the same way in every file.
        List<String> expected = names.stream().map(CsvCell::neutralize).toList();
        assertThat(expected.subList(0, 4)).allMatch(n -> n.startsWith("'"));
        assertThat(column(out.resolve("All_Results.csv"), DojColumn.PRI_NAME.index())).isEqualTo(expected);
        assertThat(column(out.resolve("Prop64_Results.csv"), DojColumn.PRI_NAME.index())).isEqualTo(expected);
        assertThat(column(out.resolve("All_Results_Condensed.csv"), 1)).isEqualTo(expected);
        assertThat(column(out.resolve("convictions.csv"), 3)).isEqualTo(expected);
        assertThat(column(out.resolve("rejected_rows.csv"), 3)).singleElement()
                .satisfies(raw -> assertThat(raw).startsWith("'=1+2,@x,"));
    }

    // ---- bad input: exit 0 with rows set aside, exit 3 when nothing is usable ------------------------------------

    @Test
    void setsBadRowsAsideWithTheirLinesAndImportsTheRest() throws IOException {
        Path input = generate("mixed.csv", "SACRAMENTO", 50, 4);
        String shortRow = DojFile.line(Collections.nCopies(94, "x").toArray(String[]::new));
        String brokenQuote = "x,\"abc\"def" + ",x".repeat(93);
        Files.writeString(input, shortRow + "\n" + brokenQuote + "\n", StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("52 rows read").contains("50 accepted").contains("2 set aside");
        List<List<String>> rejected = DojFile.read(out.resolve("rejected_rows.csv"));
        assertThat(rejected.get(0)).containsExactly("file", "line", "reason", "raw");
        assertThat(rejected.subList(1, rejected.size())).satisfiesExactly(
                row -> {
                    assertThat(row.subList(0, 2)).containsExactly("mixed.csv", "52");
                    assertThat(row.get(2)).contains("94");
                    assertThat(row.get(3)).isEqualTo(shortRow);
                },
                row -> {
                    assertThat(row.subList(0, 2)).containsExactly("mixed.csv", "53");
                    assertThat(row.get(2)).containsIgnoringCase("quot");
                    assertThat(row.get(3)).isEqualTo(brokenQuote);
                });
        assertThat(DojFile.read(out.resolve("All_Results.csv"))).hasSize(51);
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/rows/read").asLong()).isEqualTo(52);
        assertThat(summary.at("/rows/accepted").asLong()).isEqualTo(50);
        assertThat(summary.at("/rows/rejected").asLong()).isEqualTo(2);
    }

    @Test
    void refusesAFileWhereEveryRowIsBad() throws IOException {
        String[] shortRow = Collections.nCopies(94, "x").toArray(String[]::new);
        Path input = DojFile.write(dir.resolve("all-bad.csv"), false, List.of(shortRow, shortRow, shortRow));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("all-bad.csv").contains("line 1").contains("94");
        assertNoResults(out);
        assertMentionedFilesExist(r, out);
    }

    @Test
    void refusesTheSharedBadSample() throws IOException {
        Optional<Path> samples = sharedSamples();
        assumeTrue(samples.isPresent(), "../shared/samples is not here");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, samples.get().resolve("bad.csv").toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("bad.csv").containsPattern("line \\d+");
        assertNoResults(out);
        assertMentionedFilesExist(r, out);
    }

    @Test
    void refusesAnAllBadFileAgainInALaterRunWithAMessage() throws IOException {
        String[] shortRow = Collections.nCopies(94, "x").toArray(String[]::new);
        Path input = DojFile.write(dir.resolve("all-bad.csv"), false, List.of(shortRow, shortRow));
        Path out = dir.resolve("out");
        assertThat(CliRun.of(args(out, input.toString(), "--preset", "dismiss-all")).code())
                .isEqualTo(ReliefDeskCli.NO_INPUT);
        CliRun again = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(again.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(again.error()).contains("all-bad.csv");
        assertNoResults(out);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path input = Files.createFile(dir.resolve("empty.csv"));
        CliRun r = CliRun.of(args(dir.resolve("out"), input.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("empty.csv").contains("empty");
    }

    @Test
    void refusesAHeaderOnlyFile() throws IOException {
        Path input = Files.writeString(dir.resolve("header-only.csv"), DojFile.HEADER + "\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("header-only.csv").containsIgnoringCase("header")
                .doesNotContain("does not look like a DOJ");
        assertNoResults(out);
        assertMentionedFilesExist(r, out);
    }

    @Test
    void refusesAMissingPath() {
        Path missing = dir.resolve("no-such-file.csv");
        CliRun r = CliRun.of(args(dir.resolve("out"), missing.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("no-such-file.csv").contains("does not exist");
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("doj-folder"));
        CliRun r = CliRun.of(args(dir.resolve("out"), folder.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("doj-folder").contains("folder");
    }

    @Test
    void refusesBinaryJunk() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(42).nextBytes(junk);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(png, 0, junk, 0, png.length);
        Path input = Files.write(dir.resolve("photo.png"), junk);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.NO_INPUT);
        assertThat(r.error()).contains("photo.png").containsPattern("line \\d+");
        assertNoResults(out);
        assertMentionedFilesExist(r, out);
    }

    @Test
    void importsTheSameFileOnceEvenWhenGivenTwiceOrRunTwice() throws IOException {
        Path input = generate("county.csv", "SACRAMENTO", 150, 9);
        Path out = dir.resolve("out");
        CliRun first = CliRun.of(args(out, input + "," + input, "--preset", "dismiss-all"));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.warnings()).singleElement().satisfies(w -> assertThat(w).contains("county.csv")
                .contains("already in the workspace"));
        assertThat(names(out)).contains("All_Results.csv").doesNotContain("All_Results_2.csv");
        assertThat(DojFile.read(out.resolve("All_Results.csv"))).hasSize(151);
        long convictions = DojFile.read(out.resolve("convictions.csv")).size();
        assertThat(JSON.readTree(out.resolve("summary.json").toFile()).at("/rows/read").asLong()).isEqualTo(150);

        CliRun second = CliRun.of(args(out, input.toString(), "--preset", "dismiss-all"));
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.warnings()).singleElement().satisfies(w -> assertThat(w).contains("county.csv")
                .contains("already in the workspace"));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.at("/rows/read").asLong()).isEqualTo(150);
        assertThat(summary.path("inputs")).hasSize(1);
        assertThat(summary.path("runId").asInt()).isEqualTo(2);
        assertThat(DojFile.read(out.resolve("All_Results.csv"))).hasSize(151);
        assertThat(DojFile.read(out.resolve("convictions.csv"))).hasSize((int) convictions);
        assertThat(JSON.readTree(out.resolve("gogen.json").toFile()).path("lineCount").asLong()).isEqualTo(150);
    }

    @Test
    void warnsWithTheCountiesFoundWhenTheCountyHasNoRows() throws IOException {
        Path input = generate("county.csv", "YOLO", 100, 6);
        CliRun r = CliRun.of("run", "--input-doj", input.toString(), "--county", "SISKIYOU", "--compute-at",
                "2020-07-01", "--preset", "dismiss-all", "--outputs", dir.resolve("out").toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.warnings()).singleElement().satisfies(w -> assertThat(w).contains("SISKIYOU").contains("YOLO"));
        assertThat(DojFile.read(dir.resolve("out/Prop64_Results.csv"))).hasSize(1);
    }

    // ---- bad usage, options or policy: exit 2 before anything is touched -----------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown key|{\"baselineEligibility\":{\"dismiss\":[\"11357\"]},\"additionalRelief\":"
                    + "{\"subjectAgeTreshold\":57}}|subjectAgeTreshold",
            "unknown top key|{\"dismissAll\":true}|dismissAll",
            "out of range|{\"additionalRelief\":{\"subjectAgeThreshold\":200}}|subjectAgeThreshold",
            "negative years|{\"additionalRelief\":{\"yearsSinceConvictionThreshold\":-3}}|yearsSinceConvictionThreshold",
            "section outside 11357-11360|{\"baselineEligibility\":{\"dismiss\":[\"11350\"]}}|11350",
            "section in both lists|{\"baselineEligibility\":{\"dismiss\":[\"11358\"],\"reduce\":[\"11358\"]}}|11358",
            "wrong type|{\"additionalRelief\":{\"subjectIsDeceased\":\"yes\"}}|subjectIsDeceased"
    })
    void refusesABadOptionsFileNamingTheKey(String what, String json, String named) throws IOException {
        Path options = Files.writeString(dir.resolve("county-options.json"), json);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(args(out, "ignored.csv", "--eligibility-options", options.toString()));
        assertThat(r.code()).as(what).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("county-options.json").contains(named);
        assertThat(out).as("nothing is written").doesNotExist();
    }

    @Test
    void namesBothListsForASectionInBoth() throws IOException {
        Path options = Files.writeString(dir.resolve("opts.json"),
                "{\"baselineEligibility\":{\"dismiss\":[\"11357\",\"11358\"],\"reduce\":[\"11358\"]}}");
        CliRun r = CliRun.of(args(dir.resolve("out"), "ignored.csv", "--eligibility-options", options.toString()));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("11358").contains("dismiss").contains("reduce");
    }

    @Test
    void refusesAnOptionsFileThatIsNotJsonOrMissing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"baselineEligibility\": {\n  \"dismiss\": [");
        CliRun r = CliRun.of(args(dir.resolve("out"), "ignored.csv", "--eligibility-options", broken.toString()));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("broken.json").contains("JSON").contains("line");

        CliRun missing = CliRun.of(args(dir.resolve("out"), "ignored.csv", "--eligibility-options",
                dir.resolve("nowhere.json").toString()));
        assertThat(missing.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(missing.error()).contains("nowhere.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-01", "07/01/2020", "2020-02-30", "2020-7-1", "yesterday", "20200701"})
    void refusesAComputeAtThatIsNotADate(String value) {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", "--input-doj", "x.csv", "--county", "SACRAMENTO", "--compute-at", value,
                "--preset", "dismiss-all", "--outputs", out.toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains(value).contains("YYYY-MM-DD").contains("--compute-at");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesAnUnknownModeOrPreset() {
        CliRun mode = CliRun.of(args(dir.resolve("out"), "x.csv", "--preset", "dismiss-all", "--mode", "bear"));
        assertThat(mode.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(mode.error()).contains("--mode").contains("bear").contains("default").contains("gogen");

        CliRun preset = CliRun.of(args(dir.resolve("out"), "x.csv", "--preset", "dismiss-some"));
        assertThat(preset.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(preset.error()).contains("dismiss-some").contains("statute-minimum").contains("dismiss-all")
                .contains("bear-default").contains("related-charges");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void refusesMissingOrConflictingOptions() {
        CliRun noCounty = CliRun.of("run", "--input-doj", "x.csv", "--compute-at", "2020-07-01", "--preset",
                "dismiss-all", "--outputs", dir.resolve("out").toString());
        assertThat(noCounty.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(noCounty.error()).contains("--county");

        CliRun both = CliRun.of(args(dir.resolve("out"), "x.csv", "--preset", "dismiss-all",
                "--eligibility-options", "o.json"));
        assertThat(both.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(both.error()).contains("--preset").contains("--eligibility-options");

        CliRun neither = CliRun.of(args(dir.resolve("out"), "x.csv"));
        assertThat(neither.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(neither.error()).contains("--preset").contains("--eligibility-options");
    }

    // ---- the work failed: exit 1 ---------------------------------------------------------------------------------

    @Test
    void failsWithExitOneWhenTheWorkspaceIsNotAWorkspace() throws IOException {
        Path input = generate("county.csv", "SACRAMENTO", 20, 1);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a workspace");
        CliRun r = CliRun.of(args(dir.resolve("out"), input.toString(), "--preset", "dismiss-all", "--workspace",
                notes.toString()));
        assertThat(r.code()).isEqualTo(ReliefDeskCli.FAILED);
        assertThat(r.error()).contains("notes.txt").contains("not a ReliefDesk workspace");
        assertThat(notes).hasContent("not a workspace");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Path generate(String name, String county, long rows, long seed) throws IOException {
        return new TestDataService().generate(dir.resolve(name), county, rows, seed, Progress.NONE).file();
    }

    private static String[] args(Path out, String inputs, String... more) {
        List<String> a = new ArrayList<>(List.of("run", "--input-doj", inputs, "--county", "SACRAMENTO",
                "--compute-at", "2020-07-01", "--outputs", out.toString(), "--quiet"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<String> column(Path csv, int index) throws IOException {
        List<List<String>> rows = DojFile.read(csv);
        return rows.subList(1, rows.size()).stream().map(r -> r.get(index)).toList();
    }

    /** Nothing but the workspace: no result file appears when the run is refused. */
    private static void assertNoResults(Path out) throws IOException {
        if (Files.exists(out)) {
            assertThat(names(out)).allMatch(n -> n.startsWith("workspace.reliefdesk"));
        }
    }

    /** A message that points to an output file must not point to one that is not there. */
    private static void assertMentionedFilesExist(CliRun r, Path out) {
        for (String file : List.of("rejected_rows.csv", "summary.json", "convictions.csv")) {
            if (r.err().contains(file)) {
                assertThat(out.resolve(file)).as("file named in: " + r.err()).exists();
            }
        }
    }

    /** ../shared/samples, looked for from the working folder upwards (helpers work in nested clones). */
    private static Optional<Path> sharedSamples() {
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && p != null && p.getParent() != null; up++, p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("samples");
            if (Files.isRegularFile(candidate.resolve("bad.csv"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
