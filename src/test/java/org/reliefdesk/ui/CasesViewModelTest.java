package org.reliefdesk.ui;

import org.junit.jupiter.api.Test;
import org.reliefdesk.app.CaseRow;
import org.reliefdesk.rules.Outcome;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.ui.UiFixtures.row;

/** The case grid's state: quick search, counts kept up to date by replaced rows, and "next unreviewed". */
final class CasesViewModelTest {
    private final CasesViewModel vm = new CasesViewModel();
    private final CaseRow smith = row(1, "SMITH,JOHN A", "A000000101", "CR 2015 0042", "11357(A) HS",
            Outcome.DISMISS);
    private final CaseRow doe = row(2, "DOE,JANE", "A000000202", "F15-777", "11359 HS", Outcome.NEEDS_REVIEW);
    private final CaseRow smithson = row(3, "SMITHSON,ANN", "A000000303", "M9001", "11360(A) HS",
            Outcome.NOT_ELIGIBLE);

    private static final java.util.function.Function<CaseRow, String> OUTCOME = r -> r.effectiveOutcome().label();
    private static final java.util.function.Function<CaseRow, String> SECTION = CaseRow::section;

    @Test
    void aColumnFilterKeepsOnlyTheTickedValuesAndCombinesWithOtherColumnsAndTheSearch() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.setColumnFilter("Outcome", OUTCOME, java.util.Set.of("Dismiss & seal", "Not eligible"));
        assertThat(vm.rows()).containsExactly(smith, smithson);
        assertThat(vm.isFiltered("Outcome")).isTrue();
        assertThat(vm.filteredColumnsProperty().get()).isEqualTo(1);
        vm.setColumnFilter("Section", SECTION, java.util.Set.of("11360(A) HS"));
        assertThat(vm.rows()).containsExactly(smithson);
        vm.setColumnFilter("Section", SECTION, null);
        vm.searchProperty().set("smithson");
        assertThat(vm.rows()).containsExactly(smithson);
        vm.searchProperty().set("");
        vm.clearColumnFilters();
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
        assertThat(vm.filteredColumnsProperty().get()).isZero();
    }

    @Test
    void aColumnOffersTheValuesOfTheRowsTheOtherFiltersKeepWithCounts() {
        CaseRow smith2 = row(4, "SMITH,JOHN A", "A000000101", "CR 2016 0001", "11357(A) HS", Outcome.DISMISS);
        vm.setRows(List.of(smith, doe, smithson, smith2));
        assertThat(vm.columnValues("Outcome", OUTCOME)).containsExactly(
                new CasesViewModel.ColumnValue("Dismiss & seal", 2), new CasesViewModel.ColumnValue("Needs review", 1),
                new CasesViewModel.ColumnValue("Not eligible", 1));
        vm.setColumnFilter("Section", SECTION, java.util.Set.of("11357(A) HS"));
        assertThat(vm.columnValues("Outcome", OUTCOME)).containsExactly(
                new CasesViewModel.ColumnValue("Dismiss & seal", 2));
        assertThat(vm.columnValues("Section", SECTION)).as("a column's own filter does not narrow its list")
                .hasSize(3);
    }

    @Test
    void anOrderSortsTheShownRowsKeepsThroughFiltersAndNullGoesBackToRunOrder() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.setOrder(null, false, java.util.Comparator.comparing(CaseRow::name).reversed());
        assertThat(vm.rows()).containsExactly(smithson, smith, doe);
        vm.setColumnFilter("Outcome", OUTCOME, java.util.Set.of("Dismiss & seal", "Not eligible"));
        assertThat(vm.rows()).containsExactly(smithson, smith);
        vm.clearColumnFilters();
        vm.setOrder(null, false, null);
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
    }

    @Test
    void aReadyColumnOrderGivesTheSameRowsAsSortingUpAndDownWithEqualValuesInRunOrder() {
        java.util.Random random = new java.util.Random(3);
        String[] sections = {"11357(A) HS", "11358 HS", "11359 HS", "11360(A) HS"};
        Outcome[] outcomes = Outcome.values();
        List<CaseRow> run = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            run.add(row(i, "NAME" + random.nextInt(40), "A" + i, "C" + random.nextInt(100),
                    sections[random.nextInt(sections.length)], outcomes[random.nextInt(outcomes.length)]));
        }
        java.util.Comparator<CaseRow> bySection = java.util.Comparator.comparing(CaseRow::section);
        vm.addFixedColumn("Section", bySection);
        vm.setRows(run);
        vm.setColumnFilter("Outcome", OUTCOME, java.util.Set.of("Dismiss & seal", "Needs review"));
        vm.searchProperty().set("name1");
        for (boolean down : new boolean[] {false, true}) {
            java.util.Comparator<CaseRow> order = down ? bySection.reversed() : bySection;
            vm.setOrder("Section", down, order);
            List<CaseRow> sorted = List.copyOf(vm.rows());
            assertThat(vm.hasReadyOrder("Section")).isFalse();

            vm.useOrders(vm.all(), CasesViewModel.orders(List.copyOf(vm.all()), vm.fixedColumns()));
            assertThat(vm.hasReadyOrder("Section")).isTrue();
            vm.setOrder("Section", down, order);
            assertThat(vm.rows()).as(down ? "downwards" : "upwards").containsExactlyElementsOf(sorted);
            assertThat(sorted).hasSizeGreaterThan(20).isSortedAccordingTo(order);
            // equal sections keep run order in both directions
            for (int k = 1; k < sorted.size(); k++) {
                if (sorted.get(k - 1).section().equals(sorted.get(k).section())) {
                    assertThat(sorted.get(k - 1).decisionId()).isLessThan(sorted.get(k).decisionId());
                }
            }
            vm.setRows(run); // a new run drops the orders made for the old one
            vm.setColumnFilter("Outcome", OUTCOME, java.util.Set.of("Dismiss & seal", "Needs review"));
            vm.searchProperty().set("");
            vm.searchProperty().set("name1");
        }
    }

    @Test
    void ordersMadeForAnotherRunAreNotUsed() {
        vm.addFixedColumn("Person", java.util.Comparator.comparing(CaseRow::name));
        vm.setRows(List.of(smith, doe));
        List<CaseRow> old = vm.all();
        var orders = CasesViewModel.orders(List.copyOf(old), vm.fixedColumns());
        vm.setRows(List.of(smith, doe, smithson));
        vm.useOrders(old, orders);
        assertThat(vm.hasReadyOrder("Person")).isFalse();
    }

    @Test
    void aNewRunClearsTheColumnFilters() {
        vm.setRows(List.of(smith, doe));
        vm.setColumnFilter("Outcome", OUTCOME, java.util.Set.of("Needs review"));
        vm.setRows(List.of(smith, doe, smithson));
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
        assertThat(vm.isFiltered("Outcome")).isFalse();
    }

    @Test
    void showsEveryRowWhenTheSearchIsEmpty() {
        vm.setRows(List.of(smith, doe, smithson));
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
        vm.searchProperty().set("  ");
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
    }

    @Test
    void searchesByAnyPartOfTheNameIgnoringCase() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("smith");
        assertThat(vm.rows()).containsExactly(smith, smithson);
        vm.searchProperty().set("jane");
        assertThat(vm.rows()).containsExactly(doe);
        vm.searchProperty().set("smith,j");
        assertThat(vm.rows()).containsExactly(smith);
    }

    @Test
    void searchesByCii() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("a000000202");
        assertThat(vm.rows()).containsExactly(doe);
    }

    @Test
    void searchesByCaseNumberIgnoringSpacesAndCase() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("cr20150042");
        assertThat(vm.rows()).containsExactly(smith);
        vm.searchProperty().set("f15-7 77");
        assertThat(vm.rows()).containsExactly(doe);
    }

    @Test
    void findsNothingForTextNoRowHasAndAllAgainWhenCleared() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("zzz");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.all()).hasSize(3);
        vm.searchProperty().set("");
        assertThat(vm.rows()).containsExactly(smith, doe, smithson);
    }

    @Test
    void newRowsKeepTheSearchAndDropTheSelection() {
        vm.setRows(List.of(smith, doe));
        vm.selectedProperty().set(doe);
        vm.searchProperty().set("smith");
        vm.setRows(List.of(smith, doe, smithson));
        assertThat(vm.rows()).containsExactly(smith, smithson);
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void countsTotalNeedsReviewOverriddenAndReviewed() {
        vm.setRows(List.of(smith, doe, smithson));
        assertThat(counts()).containsExactly(3, 1, 0, 0);

        vm.replace(smith.withOverride(Outcome.NEEDS_REVIEW, "ann"));
        assertThat(counts()).as("the override makes it need review").containsExactly(3, 2, 1, 0);

        vm.replace(doe.withOverride(Outcome.DISMISS, "ann").withReviewed(true));
        assertThat(counts()).as("effective outcome, not the engine's").containsExactly(3, 1, 2, 1);

        vm.replace(smithson.withReviewed(true));
        assertThat(counts()).containsExactly(3, 1, 2, 2);
        vm.replace(smithson.withReviewed(false));
        assertThat(counts()).containsExactly(3, 1, 2, 1);
    }

    @Test
    void aReplacedRowIsShownInPlaceAndStaysSelected() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("smith");
        vm.selectedProperty().set(smithson);
        CaseRow changed = smithson.withOverride(Outcome.DISMISS, "ann");
        vm.replace(changed);
        assertThat(vm.rows()).containsExactly(smith, changed);
        assertThat(vm.all()).containsExactly(smith, doe, changed);
        assertThat(vm.selectedProperty().get()).isSameAs(changed);
    }

    @Test
    void aReplacedRowHiddenByTheSearchIsCountedAndShownOnceTheSearchIsCleared() {
        vm.setRows(List.of(smith, doe, smithson));
        vm.searchProperty().set("jane");
        CaseRow changed = smith.withReviewed(true);
        vm.replace(changed);
        assertThat(vm.rows()).containsExactly(doe);
        assertThat(vm.reviewedProperty().get()).isEqualTo(1);
        vm.searchProperty().set("");
        assertThat(vm.rows()).containsExactly(changed, doe, smithson);
    }

    @Test
    void aRowOfAnotherRunIsIgnored() {
        vm.setRows(List.of(smith, doe));
        vm.replace(smithson.withReviewed(true));
        assertThat(vm.all()).containsExactly(smith, doe);
        assertThat(vm.reviewedProperty().get()).isZero();
    }

    @Test
    void nextUnreviewedGoesForwardAndWrapsAround() {
        List<CaseRow> shown = List.of(smith.withReviewed(true), doe, smithson.withReviewed(true),
                row(4, "ROE,RICHARD", "A4", "C4", "11357 HS", Outcome.DISMISS));
        assertThat(CasesViewModel.nextUnreviewed(shown, -1)).as("nothing selected: the first unreviewed")
                .isEqualTo(1);
        assertThat(CasesViewModel.nextUnreviewed(shown, 1)).isEqualTo(3);
        assertThat(CasesViewModel.nextUnreviewed(shown, 3)).as("wraps to the start").isEqualTo(1);
    }

    @Test
    void nextUnreviewedReturnsTheSameRowWhenItIsTheOnlyOneLeftAndMinusOneWhenNone() {
        List<CaseRow> one = List.of(smith.withReviewed(true), doe, smithson.withReviewed(true));
        assertThat(CasesViewModel.nextUnreviewed(one, 1)).isEqualTo(1);
        List<CaseRow> none = List.of(smith.withReviewed(true), doe.withReviewed(true));
        assertThat(CasesViewModel.nextUnreviewed(none, 0)).isEqualTo(-1);
        assertThat(CasesViewModel.nextUnreviewed(List.of(), -1)).isEqualTo(-1);
    }

    private List<Integer> counts() {
        return List.of(vm.totalProperty().get(), vm.needsReviewProperty().get(), vm.overriddenProperty().get(),
                vm.reviewedProperty().get());
    }
}
