package org.reliefdesk.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.history.Conviction;
import org.reliefdesk.history.Level;
import org.reliefdesk.history.Sentence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which DOJ count a court conviction is: case number, base section and date, each DOJ count taken once. */
class PairingTest {
    static final LocalDate D1 = LocalDate.of(2012, 3, 4);
    static final LocalDate D2 = LocalDate.of(2013, 5, 6);

    static Conviction doj(String countOrder, String charge, LocalDate date) {
        return new Conviction("S1", countOrder, 1, 0, 1, 1, date, "", "STP_EVENT_DATE", date, "CYC_DATE", charge,
                false, CodeSection.fromCharge(charge).orElse(null), Level.FELONY, "CONV_STAT_DESCR", "YOLO", "",
                List.of(), Sentence.NONE, List.of(), "CONVICTED");
    }

    static Pairing.CourtSide court(String caseKey, String charge, LocalDate date) {
        return new Pairing.CourtSide(caseKey, CodeSection.fromCharge(charge).orElse(null), date);
    }

    record Case(String what, List<Pairing.CourtSide> court, List<Conviction> doj, Map<String, List<String>> cases,
                int[] expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Case> cases() {
        Map<String, List<String>> caseA = Map.of("001001000001", List.of("A1"), "001001000002", List.of("A1"),
                "002001000001", List.of("B2"));
        return Stream.of(
                new Case("same case, section and date pair",
                        List.of(court("A1", "11359 HS", D1)), List.of(doj("001001000001", "11359 HS-SALE", D1)), caseA,
                        new int[] {0}),
                new Case("same case, other section: court only",
                        List.of(court("A1", "11360(A) HS", D1)), List.of(doj("001001000001", "11359 HS-SALE", D1)),
                        caseA, new int[] {-1}),
                new Case("same section, other date: court only",
                        List.of(court("A1", "11359 HS", D2)), List.of(doj("001001000001", "11359 HS", D1)), caseA,
                        new int[] {-1}),
                new Case("two counts of one section pair one each, in court-file order",
                        List.of(court("A1", "11359(B) HS", D1), court("A1", "11359 HS", D1),
                                court("A1", "11359 HS", D1)),
                        List.of(doj("001001000001", "11359 HS", D1), doj("001001000002", "11359 HS", D1)), caseA,
                        new int[] {0, 1, -1}),
                new Case("a missing court date: case and section suffice",
                        List.of(court("A1", "11359 HS", null)), List.of(doj("001001000001", "11359 HS", D1)), caseA,
                        new int[] {0}),
                new Case("a missing DOJ date: case and section suffice",
                        List.of(court("B2", "11357 HS", D2)), List.of(doj("002001000001", "11357 HS", null)), caseA,
                        new int[] {0}),
                new Case("another case number does not pair",
                        List.of(court("B2", "11359 HS", D1)), List.of(doj("001001000001", "11359 HS", D1)), caseA,
                        new int[] {-1}),
                new Case("an unreadable court section pairs with nothing",
                        List.of(court("A1", "POSSESSION", D1)), List.of(doj("001001000001", "11359 HS", D1)), caseA,
                        new int[] {-1}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pairs(Case c) {
        int[] got = Pairing.pair(c.court(), c.doj(), d -> c.cases().getOrDefault(d.countOrder(), List.of()));
        assertThat(got).as(Arrays.toString(got)).containsExactly(c.expected());
    }
}
