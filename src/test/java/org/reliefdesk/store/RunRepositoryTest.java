package org.reliefdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.history.HistoryRow;
import org.reliefdesk.history.SubjectInfo;
import org.reliefdesk.rules.DecisionRecord;
import org.reliefdesk.rules.ImpactSummary;
import org.reliefdesk.rules.Outcome;
import org.reliefdesk.rules.ReasonCode;
import org.reliefdesk.rules.RuleResult;
import org.reliefdesk.rules.SubjectReport;
import org.reliefdesk.rules.TrailEntry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class RunRepositoryTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private RunRepository runs;
    private int batchId;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.create(dir.resolve("w.reliefdesk"));
        runs = new RunRepository(workspace);
        batchId = new ImportRepository(workspace).write(StoreFixtures.start("in.csv"), w -> {
            for (String subject : List.of("S1", "S2")) {
                DojRecord r = StoreFixtures.convictionRecord("in.csv", 2, subject, "001002001000");
                w.startPart(SubjectInfo.of(r), "", "", "");
                w.row(r, ImportRepository.prepare(r));
                w.endPart();
            }
            return StoreFixtures.end(StoreFixtures.SHA_A, 2, 0);
        }).id();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void decisionsComeBackWithTheirTrail() {
        List<DecisionRecord> written = List.of(dismissal(), review());
        RunRepository.Run run = runs.write(start(), () -> "2024-01-02T03:05:00Z", Set.of(), w -> {
            written.forEach(w::add);
            return summary();
        });

        List<DecisionRecord> back = new ArrayList<>();
        List<SubjectInfo> people = new ArrayList<>();
        runs.forEachDecision(run.id(), batchId, RunRepository.Detail.FULL, (d, s) -> {
            back.add(d);
            people.add(s);
        });
        assertThat(back).containsExactlyElementsOf(written);
        assertThat(people).extracting(SubjectInfo::subjectId).containsExactly("S1", "S2");
        assertThat(people.get(0).name()).isEqualTo("DOE,JANE");

        List<DecisionRecord> all = new ArrayList<>();
        runs.forEachDecision(run.id(), -1, RunRepository.Detail.FULL, (d, s) -> all.add(d));
        assertThat(all).isEqualTo(back);
    }

    @Test
    void listsAndCursorsLeaveTheTrailOut() {
        RunRepository.Run run = runs.write(start(), () -> "2024-01-02T03:05:00Z", Set.of(), w -> {
            w.add(dismissal());
            w.add(review());
            return summary();
        });
        List<DecisionRecord> noTrail = new ArrayList<>();
        runs.forEachDecision(run.id(), batchId, RunRepository.Detail.NO_TRAIL, (d, s) -> noTrail.add(d));
        assertThat(noTrail).allSatisfy(d -> assertThat(d.trail()).isEmpty());
        assertThat(noTrail.get(0).reasonText()).isEqualTo(dismissal().reasonText());

        List<DecisionRecord> viaCursor = new ArrayList<>();
        try (RunRepository.DecisionCursor cursor = runs.cursor(run.id(), batchId)) {
            for (DecisionRecord d = cursor.next(); d != null; d = cursor.next()) {
                viaCursor.add(d);
            }
        }
        assertThat(viaCursor).isEqualTo(noTrail);
    }

    @Test
    void storesTheRunSettingsCountAndSummary() {
        RunRepository.Run run = runs.write(start(), () -> "2024-01-02T03:05:00Z", Set.of(), w -> {
            w.add(dismissal());
            return summary();
        });
        assertThat(run.mode()).isEqualTo("gogen");
        assertThat(run.policyJson()).isEqualTo("{\"baselineEligibility\":{}}");
        assertThat(run.county()).isEqualTo("SACRAMENTO");
        assertThat(run.computeAt()).isEqualTo("2020-07-01");
        assertThat(run.appVersion()).isEqualTo("9.9.9");
        assertThat(run.inputsJson()).contains(StoreFixtures.SHA_A);
        assertThat(run.startedAt()).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(run.finishedAt()).isEqualTo("2024-01-02T03:05:00Z");
        assertThat(run.decisions()).isEqualTo(1);
        assertThat(run.summary()).isEqualTo(summary());
        assertThat(runs.find(run.id())).contains(run);
        assertThat(runs.latest()).contains(run);
        assertThat(runs.runs()).containsExactly(run);
    }

    @Test
    void theFirstRunListsTheConvictionsOfNewFilesOnce() {
        assertThat(runs.unlistedBatches()).containsExactly(batchId);
        DojRecord r = StoreFixtures.convictionRecord("in.csv", 2, "S1", "001002001000");
        SubjectInfo info = SubjectInfo.of(r);
        var history = org.reliefdesk.history.HistoryBuilder.build(info,
                List.of(StoreFixtures.historyRow(batchId, 0, r)));
        runs.write(start(), () -> "2024-01-02T03:05:00Z", Set.of(batchId), w -> {
            history.convictions().forEach(w::conviction);
            return summary();
        });
        assertThat(StoreFixtures.count(workspace, "conviction")).isEqualTo(1);
        assertThat(runs.unlistedBatches()).isEmpty();
    }

    @Test
    void aFailedRunListsNothingAndLeavesTheFileUnlisted() {
        DojRecord r = StoreFixtures.convictionRecord("in.csv", 2, "S1", "001002001000");
        var history = org.reliefdesk.history.HistoryBuilder.build(SubjectInfo.of(r),
                List.of(StoreFixtures.historyRow(batchId, 0, r)));
        assertThatThrownBy(() -> runs.write(start(), () -> "later", Set.of(batchId), w -> {
            history.convictions().forEach(w::conviction);
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(StoreFixtures.count(workspace, "conviction")).isZero();
        assertThat(runs.unlistedBatches()).containsExactly(batchId);
    }

    @Test
    void aFailedRunLeavesNoRunAndNoDecision() {
        assertThatThrownBy(() -> runs.write(start(), () -> "later", Set.of(), w -> {
            w.add(dismissal());
            w.add(review());
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(runs.runs()).isEmpty();
        assertThat(runs.latest()).isEmpty();
        assertThat(StoreFixtures.count(workspace, "decision")).isZero();
    }

    @Test
    void summaryCodecRoundTripsEveryField() {
        ImpactSummary s = summary();
        String json = SummaryCodec.write(s);
        assertThat(SummaryCodec.read(json)).isEqualTo(s);

        ImpactSummary empty = new ImpactSummary("YOLO", LocalDate.of(2019, 11, 11), "default", null, 0, 0, 0,
                new ImpactSummary.ReliefCounts(0, 0, 0), new ImpactSummary.ReliefCounts(0, 0, 0), Map.of(),
                Map.of(), 0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                0, 0);
        assertThat(SummaryCodec.read(SummaryCodec.write(empty))).isEqualTo(empty);
    }

    @Test
    void summaryCodecRefusesDamagedJsonWithAPlainMessage() {
        assertThatThrownBy(() -> SummaryCodec.read("{not json")).isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    private static RunRepository.RunStart start() {
        return new RunRepository.RunStart("gogen", "{\"baselineEligibility\":{}}", "SACRAMENTO", "2020-07-01",
                "9.9.9", "[{\"file\":\"in.csv\",\"sha256\":\"" + StoreFixtures.SHA_A + "\"}]",
                "2024-01-02T03:04:05Z");
    }

    private DecisionRecord dismissal() {
        List<TrailEntry> trail = List.of(
                new TrailEntry(ReasonCode.DATA_INCOMPLETE, RuleResult.PASSED, "date 2010-05-05, section 11357(B)"),
                new TrailEntry(ReasonCode.AFTER_EFFECTIVE_DATE, RuleResult.NOT_APPLICABLE, ""),
                new TrailEntry(ReasonCode.MISDEMEANOR_OR_INFRACTION, RuleResult.APPLIED,
                        "level misdemeanor (CONV_STAT_DESCR); \"quoted\", comma; ÜTF-8"));
        SubjectReport report = new SubjectReport(3, List.of("187 PC", "664/187 PC"), List.of("314(1) PC"), true,
                false, LocalDate.of(2012, 1, 31), List.of(1, 0, 2, 0));
        return new DecisionRecord(batchId, 0, 2, "S1", "001002001000", LocalDate.of(2010, 5, 5),
                LocalDate.of(2010, 4, 1), "11357(B) HS", "MISDEMEANOR", "SACRAMENTO", "CASC SACRAMENTO",
                "140194; 140195", Outcome.DISMISS, ReasonCode.MISDEMEANOR_OR_INFRACTION, "Misdemeanor or Infraction",
                "POSSIBLE_OTHER_PROP64;SENTENCE_OVER_SEVERAL_ROWS", "Dismiss: it was a misdemeanor.", trail, report);
    }

    private DecisionRecord review() {
        SubjectReport report = new SubjectReport(1, List.of(), List.of(), false, true, null, List.of(0, 0, 0, 1));
        return new DecisionRecord(batchId, 1, 3, "S2", "001002001000", null, null, "", "UNKNOWN", "SACRAMENTO", "",
                "", Outcome.NEEDS_REVIEW, ReasonCode.DATA_INCOMPLETE, "", "", "Needs review: no date.",
                List.of(new TrailEntry(ReasonCode.DATA_INCOMPLETE, RuleResult.APPLIED, "no conviction date")),
                report);
    }

    private static ImpactSummary summary() {
        Map<String, Integer> unsorted = new LinkedHashMap<>();
        unsorted.put("11360", 4);
        unsorted.put("11357", 1);
        return new ImpactSummary("SAN JOAQUIN", LocalDate.of(2020, 7, 1), "gogen", LocalDate.of(1979, 6, 1), 40, 12,
                11, new ImpactSummary.ReliefCounts(5, 4, 2), new ImpactSummary.ReliefCounts(6, 5, 3), unsorted,
                Map.of("FELONY", 15, "MISDEMEANOR", 3), 15, 3, 1, 2, Map.of("DISMISS", 14, "REDUCE", 1),
                Map.of("MISDEMEANOR_OR_INFRACTION", 3), Map.of("11357", 2), Map.of("11359", 1),
                Map.of("11357", 2, "11358", 0), Map.of("11360", 0), Map.of("57 years or older", 2),
                Map.of("RELATED", 1), 7, 8);
    }
}
