package org.reliefdesk.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.court.CourtRow;
import org.reliefdesk.history.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven linking of court persons to DOJ subjects: every key, contradictions, ties, grouping. */
class LinkerTest {
    static final LocalDate DOB = LocalDate.of(1980, 1, 4);

    /** A DOJ subject: id, name, DOB (YYYYMMDD), CII, SSN, licence, case numbers in the county. */
    record Subject(String id, String name, String dob, String cii, String ssn, String cdl, String... cases) {
    }

    /** A court row's identity: name (DOJ form), DOB, CII, SSN, licence, case number. */
    static CourtRow row(String name, LocalDate dob, String cii, String ssn, String cdl, String caseNumber) {
        return new CourtRow(0, 2, caseNumber, name, dob, cii, ssn, cdl, "", "11357 HS", "", Level.MISDEMEANOR,
                "C", true, LocalDate.of(2015, 1, 1), null);
    }

    record Case(String what, List<Subject> subjects, List<CourtRow> rows, Link.Status status, String subject,
                int strength, String keys, int contradicted) {
        @Override
        public String toString() {
            return what;
        }
    }

    static final Subject SMITH = new Subject("S1", "SMITH,JOHN Q", "19800104", "A12345678", "555123456",
            "F1234567", "SC100");
    static final Subject JONES = new Subject("S2", "JONES,MARY", "19751231", "B87654321", "", "", "SC100");

    static Stream<Case> cases() {
        return Stream.of(
                new Case("CII alone is strength 1: no DOJ person", List.of(SMITH, JONES),
                        List.of(row("", null, "A12345678", "", "", "X1")), Link.Status.NO_DOJ_PERSON, null, 1, "", 0),
                new Case("CII and SSN link", List.of(SMITH, JONES),
                        List.of(row("", null, "12345678", "555-12-3456", "", "X1")), Link.Status.LINKED, "S1", 2,
                        "cii;ssn", 0),
                new Case("full name and DOB count 2", List.of(SMITH, JONES),
                        List.of(row("SMITH,JOHN Q", DOB, "", "", "", "X1")), Link.Status.LINKED, "S1", 2,
                        "nameAndDob;lastNameAndDob", 0),
                new Case("last name and DOB alone is 1", List.of(SMITH, JONES),
                        List.of(row("SMITH,JACK", DOB, "", "", "", "X1")), Link.Status.NO_DOJ_PERSON, null, 1, "", 0),
                new Case("licence first token and case number link (the co-defendant has no DOB on the row to contradict)",
                        List.of(SMITH, JONES),
                        List.of(row("", null, "", "", "f1234567 CA", "sc 100")), Link.Status.LINKED, "S1", 2,
                        "cdl;courtCaseNumber", 0),
                new Case("a shared case number alone links no co-defendant", List.of(SMITH, JONES),
                        List.of(row("", null, "", "", "Z999", "SC100")), Link.Status.NO_DOJ_PERSON, null, 1, "", 0),
                new Case("CII compared on its last 8 characters", List.of(SMITH),
                        List.of(row("SMITH,JOHN Q", DOB, "CA-12345678", "", "", "X1")), Link.Status.LINKED, "S1", 3,
                        "cii;nameAndDob;lastNameAndDob", 0),
                new Case("a different DOB contradicts even with CII and SSN", List.of(SMITH),
                        List.of(row("SMITH,JOHN Q", DOB.plusDays(1), "A12345678", "555123456", "", "X1")),
                        Link.Status.NO_DOJ_PERSON, null, 0, "", 1),
                new Case("a different CII contradicts even with name, DOB and SSN", List.of(SMITH),
                        List.of(row("SMITH,JOHN Q", DOB, "A99999999", "555123456", "", "X1")),
                        Link.Status.NO_DOJ_PERSON, null, 0, "", 1),
                new Case("two subjects with the same name and DOB tie: ambiguous",
                        List.of(SMITH, new Subject("S3", "SMITH,JOHN Q", "19800104", "", "", "")),
                        List.of(row("SMITH,JOHN Q", DOB, "", "", "", "X1")), Link.Status.AMBIGUOUS, null, 2, "", 0),
                new Case("an extra key breaks the tie",
                        List.of(SMITH, new Subject("S3", "SMITH,JOHN Q", "19800104", "", "", "")),
                        List.of(row("SMITH,JOHN Q", DOB, "", "555123456", "", "X1")), Link.Status.LINKED, "S1", 3,
                        "ssn;nameAndDob;lastNameAndDob", 0),
                new Case("a group links by the union of its rows' keys", List.of(SMITH, JONES),
                        List.of(row("", null, "A12345678", "555123456", "", "X1"),
                                row("SMITH,JOHN Q", DOB, "A12345678", "", "", "SC100")),
                        Link.Status.LINKED, "S1", 5, "cii;ssn;courtCaseNumber;nameAndDob;lastNameAndDob", 1),
                new Case("one row of a group with another DOB contradicts the subject", List.of(SMITH),
                        List.of(row("SMITH,JOHN Q", DOB, "A12345678", "", "", "X1"),
                                row("SMITH,JOHN Q", DOB.minusYears(1), "A12345678", "", "", "X2")),
                        Link.Status.NO_DOJ_PERSON, null, 0, "", 1),
                new Case("placeholder SSNs agree with nothing",
                        List.of(new Subject("S4", "DOE,JANE", "19700101", "", "123456789", "")),
                        List.of(row("", null, "", "123-45-6789", "", "X1")), Link.Status.NO_DOJ_PERSON, null, 0, "", 0),
                new Case("a contradicting subject leaves the others to link",
                        List.of(SMITH, new Subject("S5", "SMITH,JOHN Q", "19800104", "C11111111", "", "")),
                        List.of(row("SMITH,JOHN Q", DOB, "A12345678", "", "", "X1")), Link.Status.LINKED, "S1", 3,
                        "cii;nameAndDob;lastNameAndDob", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void links(Case c) {
        DojIndex index = new DojIndex();
        for (Subject s : c.subjects()) {
            index.add(DojPerson.of(s.id(), s.name(), s.dob(), s.cii(), s.ssn(), s.cdl()));
            for (String k : s.cases()) {
                index.addCase(s.id(), "YOLO", org.reliefdesk.doj.IdentityKeys.caseNumber(k));
            }
        }
        CourtPerson p = new CourtPerson("g");
        c.rows().forEach(r -> p.add(r, "Yolo"));
        Link link = new Linker(index).link(p);
        assertThat(link.status()).isEqualTo(c.status());
        assertThat(link.subjectId()).isEqualTo(c.subject());
        assertThat(link.strength()).isEqualTo(c.strength());
        assertThat(IdentityKey.ids(link.keys())).isEqualTo(c.keys());
        assertThat(link.contradicted()).hasSize(c.contradicted());
        if (c.status() == Link.Status.AMBIGUOUS) {
            assertThat(link.candidates()).extracting(Link.Candidate::subjectId).containsExactlyInAnyOrder("S1", "S3");
        }
    }

    @Test
    void aCaseNumberAgreesOnlyWithDojRowsInTheCourtsCounty() {
        DojIndex index = new DojIndex();
        index.add(DojPerson.of("S1", "SMITH,JOHN", "19800104", "", "", "F1234567"));
        index.addCase("S1", "FRESNO", "SC100");
        CourtPerson yolo = new CourtPerson("g");
        yolo.add(row("", null, "", "", "F1234567", "SC100"), "YOLO");
        assertThat(new Linker(index).link(yolo).status()).isEqualTo(Link.Status.NO_DOJ_PERSON);
        CourtPerson fresno = new CourtPerson("g");
        fresno.add(row("", null, "", "", "F1234567", "SC100"), "Fresno");
        Link link = new Linker(index).link(fresno);
        assertThat(link.status()).isEqualTo(Link.Status.LINKED);
        assertThat(IdentityKey.ids(link.keys())).isEqualTo("cdl;courtCaseNumber");
    }

    @Test
    void rowsGroupByCiiThenSsnThenNameAndDobThenLicence() {
        List<String> keys = new ArrayList<>();
        keys.add(row("SMITH,JOHN", DOB, "CA-12345678", "555123456", "F1", "X").groupKey("f:2"));
        keys.add(row("SMITH,JOHN", DOB, "", "555123456", "F1", "X").groupKey("f:3"));
        keys.add(row("SMITH,JOHN", DOB, "", "000000000", "F1", "X").groupKey("f:4"));
        keys.add(row("SMITH,JOHN", null, "", "", "f1 ca", "X").groupKey("f:5"));
        keys.add(row("SMITH,JOHN", null, "", "", "", "X").groupKey("f:6"));
        assertThat(keys).containsExactly("C:12345678", "S:555123456", "N:SMITH,JOHN|1980-01-04", "D:F1", "R:f:6");
    }
}
