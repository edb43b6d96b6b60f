package org.reliefdesk.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojReader;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.doj.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.reliefdesk.history.Rows.conviction;
import static org.reliefdesk.history.Rows.step;

/** Rows of one subject into a history, one doj-format.md rule per test ("How rows form a history"). */
final class HistoryBuilderTest {

    // --- convictions -------------------------------------------------------------------------------------

    @Test
    void buildsOneConvictionPerConvictedCount() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000"))
                .add(conviction("101001003000").with(DojColumn.OFFENSE_DESCR, "11360(A) HS-TRANSPORT MARIJUANA"))
                .add(conviction("102001002000").with(DojColumn.OFFENSE_DESCR, "459 PC-BURGLARY"))
                .build();

        assertThat(h.convictions()).extracting(Conviction::countOrder)
                .containsExactly("101001002000", "101001003000", "102001002000");
        assertThat(h.convictions()).extracting(Conviction::base).containsExactly("11357", "11360", "459");
        assertThat(h.convictions()).allSatisfy(c -> assertThat(c.subjectId()).isEqualTo(Rows.SUBJECT));
        assertThat(h.rows()).hasSize(3);
    }

    @Test
    void aCountWithoutConvictedDispositionIsNotAConviction() {
        PersonHistory h = new Rows()
                .add(step("101001001000", "ARREST/DETAINED/CITED")
                        .with(DojColumn.OFFENSE_DESCR, "11357(B) HS-POSSESS MARIJUANA"))
                .add(conviction("101001002000").with(DojColumn.DISP_DESCR, "DISMISSED/FURTHERANCE OF JUSTICE"))
                .add(conviction("101001003000").with(DojColumn.DISP_DESCR, ""))
                .add(conviction("101001004000").with(DojColumn.DISP_DESCR, "NOT CONVICTED"))
                .add(conviction("101001005000").with(DojColumn.DISP_DESCR, "CONVICTION SET ASIDE"))
                .add(conviction("101001006000").with(DojColumn.DISP_DESCR, "CONVICTED-JAIL"))
                .build();

        assertThat(h.convictions()).extracting(Conviction::countOrder).containsExactly("101001006000");
        assertThat(h.convictions().get(0).disposition()).isEqualTo("CONVICTED-JAIL");
    }

    @Test
    void readsConvictedDispositionDespitePaddingAndCase() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.DISP_DESCR, "   convicted-probation     "))
                .build();

        assertThat(h.convictions()).singleElement()
                .satisfies(c -> assertThat(c.disposition()).isEqualTo("convicted-probation"));
    }

    @Test
    void firstConvictedRowOfTheCountIsThePrimaryRow() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.DISP_DESCR, "").with(DojColumn.STP_EVENT_DATE, "20150101"))
                .add(conviction("101001002000").with(DojColumn.STP_EVENT_DATE, "20150202")
                        .with(DojColumn.STP_ORI_CNTY_NAME, "YOLO"))
                .add(conviction("101001002000").with(DojColumn.STP_EVENT_DATE, "20150303")
                        .with(DojColumn.STP_ORI_CNTY_NAME, "SAN JOAQUIN"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.rowIndex()).isEqualTo(1);
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.batch()).isEqualTo(1);
            assertThat(c.rowCount()).isEqualTo(3);
            assertThat(c.date()).isEqualTo(LocalDate.of(2015, 2, 2));
            assertThat(c.county()).isEqualTo("YOLO");
        });
    }

    @Test
    void addsUpSentenceContinuedOnTheNextRow() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").sentence("PROBATION", "6", "M"))
                .add(conviction("101001002000").sentence("JAIL", "1", "Y"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.rowCount()).isEqualTo(2);
            assertThat(c.sentence()).isEqualTo(new Sentence(1, 6, 0, 0, "PROBATION;JAIL"));
            assertThat(c.sentence().describe()).isEqualTo("1 year 6 months");
        });
    }

    @Test
    void readsPaddedSentenceFields() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").sentence("  JAIL   ", " 90 ", " D"))
                .add(conviction("101001002000").sentence("NULL", "NULL", "NULL"))
                .build();

        assertThat(h.convictions().get(0).sentence()).isEqualTo(new Sentence(0, 0, 90, 0, "JAIL"));
    }

    @Test
    void separateCountsDoNotShareASentence() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").sentence("JAIL", "30", "D"))
                .add(conviction("101001003000").sentence("JAIL", "60", "D"))
                .build();

        assertThat(h.convictions()).extracting(c -> c.sentence().days()).containsExactly(30, 60);
    }

    // --- charge --------------------------------------------------------------------------------------------

    @Test
    void readsChargeFromCommentWhenOffenseSaysSeeComment() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000")
                        .with(DojColumn.OFFENSE_DESCR, "SEE COMMENT FOR CHARGE      ")
                        .with(DojColumn.COMMENT_TEXT, "11359 HS-POSSESS MARIJUANA FOR SALE"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.chargeFromComment()).isTrue();
            assertThat(c.charge()).isEqualTo("11359 HS-POSSESS MARIJUANA FOR SALE");
            assertThat(c.base()).isEqualTo("11359");
            assertThat(c.isProp64()).isTrue();
        });
    }

    @Test
    void readsChargeFromCommentWhenOffenseIsBlank() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.OFFENSE_DESCR, "      ")
                        .with(DojColumn.COMMENT_TEXT, "11358 HS-CULTIVATE MARIJUANA"))
                .add(conviction("101001003000").with(DojColumn.OFFENSE_DESCR, "NULL")
                        .with(DojColumn.COMMENT_TEXT, " 11360 (a) HS-SELL MARIJUANA "))
                .build();

        assertThat(h.convictions()).extracting(Conviction::chargeFromComment).containsExactly(true, true);
        assertThat(h.convictions()).extracting(Conviction::charge)
                .containsExactly("11358 HS-CULTIVATE MARIJUANA", "11360 (a) HS-SELL MARIJUANA");
        assertThat(h.convictions()).extracting(Conviction::base).containsExactly("11358", "11360");
    }

    @Test
    void keepsOffenseAsChargeWhenItNamesOneAndListsEachCommentOnce() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.OFFENSE_DESCR, "459 PC-BURGLARY")
                        .with(DojColumn.COMMENT_TEXT, "ALSO 11357 HS"))
                .add(conviction("101001002000").with(DojColumn.OFFENSE_DESCR, "459 PC-BURGLARY")
                        .with(DojColumn.COMMENT_TEXT, " ALSO 11357 HS "))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.chargeFromComment()).isFalse();
            assertThat(c.charge()).isEqualTo("459 PC-BURGLARY");
            assertThat(c.isProp64()).isFalse();
            assertThat(c.comments()).containsExactly("ALSO 11357 HS");
        });
    }

    @Test
    void leavesSectionEmptyWhenNeitherOffenseNorCommentNamesOne() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.OFFENSE_DESCR, "SEE COMMENT FOR CHARGE"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.charge()).isEmpty();
            assertThat(c.hasSection()).isFalse();
            assertThat(c.isProp64()).isFalse();
        });
    }

    // --- level ---------------------------------------------------------------------------------------------

    @Test
    void takesLevelFromConvictionStatus() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.CONV_STAT_DESCR, "FELONY")
                        .with(DojColumn.OFFENSE_TOC, "M"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(Level.FELONY);
            assertThat(c.levelSource()).isEqualTo("CONV_STAT_DESCR");
        });
    }

    @Test
    void fallsBackToOffenseTocWhenConvictionStatusIsBlank() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.CONV_STAT_DESCR, "     ")
                        .with(DojColumn.OFFENSE_TOC, "F"))
                .add(conviction("101001003000").with(DojColumn.CONV_STAT_DESCR, "NULL")
                        .with(DojColumn.OFFENSE_TOC, " I "))
                .build();

        assertThat(h.convictions()).extracting(Conviction::level).containsExactly(Level.FELONY, Level.INFRACTION);
        assertThat(h.convictions()).extracting(Conviction::levelSource).containsOnly("OFFENSE_TOC");
    }

    @Test
    void levelIsUnknownWhenStatusAndTocAreBothBlank() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.CONV_STAT_DESCR, "")
                        .with(DojColumn.OFFENSE_TOC, "NULL"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(Level.UNKNOWN);
            assertThat(c.levelSource()).isEqualTo("none");
        });
    }

    // --- deceased and PC 290 -------------------------------------------------------------------------------

    @Test
    void marksSubjectDeceasedWhenADeceasedStepExists() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000"))
                .add(step("102001001000", " DECEASED  ").with(DojColumn.STP_EVENT_DATE, "20200101"))
                .build();

        assertThat(h.deceased()).isTrue();
        assertThat(h.convictions()).hasSize(1);
    }

    @Test
    void aSubjectWithoutDeceasedStepIsNotDeceased() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.COMMENT_TEXT, "DECEASED"))
                .build();

        assertThat(h.deceased()).isFalse();
    }

    @Test
    void recordsPc290RegistrationWithItsDate() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000"))
                .add(step("101001003000", "REGISTRATION").with(DojColumn.STP_EVENT_DATE, "19790601")
                        .with(DojColumn.OFFENSE_DESCR, "290 PC-REGISTRATION OF SEX OFFENDER"))
                .build();

        assertThat(h.registrations()).singleElement().satisfies(r -> {
            assertThat(r.hasDate()).isTrue();
            assertThat(r.date()).isEqualTo(LocalDate.of(1979, 6, 1));
            assertThat(r.line()).isEqualTo(2);
        });
        assertThat(h.convictions()).hasSize(1);
    }

    @Test
    void recordsPc290RegistrationWithoutValidDate() {
        PersonHistory h = new Rows()
                .add(step("101001003000", "REGISTRATION").with(DojColumn.STP_EVENT_DATE, "00000000")
                        .with(DojColumn.OFFENSE_DESCR, "  290 PC-REGISTRATION OF SEX OFFENDER"))
                .build();

        assertThat(h.registrations()).singleElement().satisfies(r -> {
            assertThat(r.hasDate()).isFalse();
            assertThat(r.date()).isNull();
            assertThat(r.dateRaw()).isEqualTo("00000000");
        });
    }

    @Test
    void ignoresRegistrationsThatAreNotPc290AndPc290OutsideRegistration() {
        PersonHistory h = new Rows()
                .add(step("101001003000", "REGISTRATION").with(DojColumn.STP_EVENT_DATE, "20100101")
                        .with(DojColumn.OFFENSE_DESCR, "11590 HS-REGISTRATION OF CONTROLLED SUBSTANCE OFFENDER"))
                .add(conviction("102001002000").with(DojColumn.OFFENSE_DESCR, "290(B) PC-FAIL TO REGISTER"))
                .build();

        assertThat(h.registrations()).isEmpty();
        assertThat(h.convictions()).hasSize(1);
    }

    // --- case numbers --------------------------------------------------------------------------------------

    @Test
    void takesCaseNumbersFromCourtActionRowsOfTheSameStepOnly() {
        PersonHistory h = new Rows()
                .add(step("101000001000", "ARREST/DETAINED/CITED").with(DojColumn.OFN, "BOOK-77"))
                .add(conviction("101001001000").with(DojColumn.OFN, " SCR-100 "))
                .add(step("101001002000", "COURT ACTION").with(DojColumn.OFN, "SCR-200")
                        .with(DojColumn.DISP_DESCR, "DISMISSED"))
                .add(conviction("101001003000").with(DojColumn.OFN, "SCR-100"))
                .add(conviction("101001004000").with(DojColumn.OFN, "NULL"))
                .add(step("101001005000", "PROBATION").with(DojColumn.OFN, "PROB-9"))
                .add(conviction("102001001000").with(DojColumn.OFN, "SCR-300"))
                .build();

        assertThat(h.convictions()).extracting(Conviction::countOrder, Conviction::caseNumber).containsExactly(
                tuple("101001001000", "SCR-100; SCR-200"),
                tuple("101001003000", "SCR-100; SCR-200"),
                tuple("101001004000", "SCR-100; SCR-200"),
                tuple("102001001000", "SCR-300"));
        assertThat(h.convictions().get(0).caseNumbers()).containsExactly("SCR-100", "SCR-200");
    }

    @Test
    void hasNoCaseNumberWhenTheStepListsNone() {
        PersonHistory h = new Rows().add(conviction("101001001000")).build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.caseNumbers()).isEmpty();
            assertThat(c.caseNumber()).isEmpty();
        });
    }

    // --- dates ---------------------------------------------------------------------------------------------

    @Test
    void takesConvictionDateFromStepEventDate() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.STP_EVENT_DATE, "20150310")
                        .with(DojColumn.DISP_DATE, "20150401"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2015, 3, 10));
            assertThat(c.dateSource()).isEqualTo("STP_EVENT_DATE");
            assertThat(c.dateRaw()).isEqualTo("20150310");
        });
    }

    @Test
    void fallsBackToDispositionDateWhenStepDateIsMissing() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.STP_EVENT_DATE, "   ")
                        .with(DojColumn.DISP_DATE, " 20150401 "))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2015, 4, 1));
            assertThat(c.dateSource()).isEqualTo("DISP_DATE");
            assertThat(c.dateRaw()).isEqualTo("20150401");
        });
    }

    @Test
    void takesOffenseDateFromCycleDate() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.CYC_DATE, "20141231"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.offenseDate()).isEqualTo(LocalDate.of(2014, 12, 31));
            assertThat(c.offenseDateSource()).isEqualTo("CYC_DATE");
        });
    }

    @Test
    void usesConvictionDateAsOffenseDateWhenCycleDateIsMissing() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.CYC_DATE, "NULL")
                        .with(DojColumn.STP_EVENT_DATE, "").with(DojColumn.DISP_DATE, "20150401"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.offenseDate()).isEqualTo(LocalDate.of(2015, 4, 1));
            assertThat(c.offenseDateSource()).isEqualTo("DISP_DATE");
        });
    }

    @Test
    void invalidDatesGiveNoDate() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").with(DojColumn.STP_EVENT_DATE, "20190230")
                        .with(DojColumn.DISP_DATE, "00000000").with(DojColumn.CYC_DATE, "20191301"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.hasDate()).isFalse();
            assertThat(c.date()).isNull();
            assertThat(c.dateSource()).isEqualTo("none");
            assertThat(c.dateRaw()).isEqualTo("20190230");
            assertThat(c.offenseDate()).isNull();
            assertThat(c.offenseDateSource()).isEqualTo("none");
        });
    }

    @Test
    void readsDateOfBirthOrLeavesItUnknown() {
        List<HistoryRow> none = List.of();
        PersonHistory valid = HistoryBuilder.build(new SubjectInfo("1", "A,B", "19600314", "", ""), none);
        PersonHistory invalid = HistoryBuilder.build(new SubjectInfo("2", "C,D", "19600230", "", ""), none);

        assertThat(valid.dob()).isEqualTo(LocalDate.of(1960, 3, 14));
        assertThat(invalid.dob()).isNull();
        assertThat(invalid.convictions()).isEmpty();
    }

    // --- counts across files -------------------------------------------------------------------------------

    @Test
    void countsTheSameCountInTwoFilesOnce() {
        PersonHistory h = new Rows()
                .add(conviction("101001002000").sentence("JAIL", "30", "D"))
                .add(conviction("101001002000").sentence("PROBATION", "1", "Y"))
                .batch(2)
                .add(conviction("101001002000").sentence("JAIL", "30", "D"))
                .add(conviction("101001002000").sentence("PROBATION", "1", "Y"))
                .add(conviction("103001002000").with(DojColumn.OFFENSE_DESCR, "11360(A) HS-TRANSPORT MARIJUANA"))
                .build();

        assertThat(h.convictions()).extracting(Conviction::countOrder, Conviction::batch).containsExactly(
                tuple("101001002000", 1),
                tuple("103001002000", 2));
        Conviction first = h.convictions().get(0);
        assertThat(first.rowCount()).isEqualTo(2);
        assertThat(first.sentence()).isEqualTo(new Sentence(1, 0, 30, 0, "JAIL;PROBATION"));
        assertThat(h.rows()).hasSize(3);
    }

    @Test
    void keepsEveryRowOfACountWithinOneFile() {
        PersonHistory h = new Rows()
                .batch(4)
                .add(conviction("101001002000").sentence("JAIL", "30", "D"))
                .add(conviction("101001002000").sentence("JAIL", "30", "D"))
                .build();

        assertThat(h.convictions()).singleElement().satisfies(c -> {
            assertThat(c.rowCount()).isEqualTo(2);
            assertThat(c.sentence().days()).isEqualTo(60);
        });
    }

    @Test
    void rowsWithBlankCountOrderAreSeparateCounts() {
        PersonHistory h = new Rows()
                .add(conviction("").sentence("JAIL", "30", "D"))
                .add(conviction("   ").sentence("JAIL", "10", "D"))
                .add(conviction("NULL").sentence("JAIL", "5", "D"))
                .build();

        assertThat(h.convictions()).hasSize(3);
        assertThat(h.convictions()).extracting(c -> c.sentence().days()).containsExactly(30, 10, 5);
        assertThat(h.convictions()).allSatisfy(c -> {
            assertThat(c.rowCount()).isEqualTo(1);
            assertThat(c.step()).isEmpty();
            assertThat(c.caseNumbers()).isEmpty();
        });
    }

    // --- realistic cross-check ----------------------------------------------------------------------------

    @Test
    void buildsTheSampleSubjectWhoseCountSpansTwoRows() throws IOException {
        Optional<Path> sample = SampleFiles.find("no_headers.csv");
        assumeTrue(sample.isPresent(), "../shared/samples/no_headers.csv is not available");
        List<HistoryRow> rows = new ArrayList<>();
        DojRecord[] first = new DojRecord[1];
        long[] index = {0};
        new DojReader().read(sample.get(), new DojReader.Listener() {
            @Override
            public void row(DojRecord r) {
                long i = index[0]++;
                if (r.value(DojColumn.SUBJECT_ID).equals("90675321")) {
                    if (first[0] == null) {
                        first[0] = r;
                    }
                    rows.add(HistoryRow.of(1, i, r));
                }
            }

            @Override
            public void problem(RowProblem problem) {
                throw new AssertionError("sample row set aside: " + problem);
            }
        }, () -> false);

        PersonHistory h = HistoryBuilder.build(SubjectInfo.of(first[0]), rows);

        assertThat(h.subject().name()).isEqualTo("GROUCH,OSCAR THE");
        assertThat(h.dob()).isEqualTo(LocalDate.of(1960, 5, 14));
        assertThat(h.rows()).hasSize(4);
        assertThat(h.convictions()).extracting(Conviction::countOrder)
                .containsExactly("101001017000", "101001018000", "101001019000");
        Conviction spanning = h.convictions().get(2);
        assertThat(spanning.rowCount()).isEqualTo(2);
        assertThat(spanning.line()).isEqualTo(21);
        assertThat(spanning.date()).isEqualTo(LocalDate.of(2017, 3, 12));
        assertThat(spanning.level()).isEqualTo(Level.MISDEMEANOR);
        assertThat(spanning.base()).isEqualTo("11358");
        assertThat(spanning.sentence()).isEqualTo(new Sentence(0, 6, 0, 0, "PROBATION;FINE"));
        assertThat(h.deceased()).isFalse();
        assertThat(h.registrations()).isEmpty();
    }
}
