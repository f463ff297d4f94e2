package org.protect.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.protect.statistics.Count;

class SmallCellSuppressionTests {

	private static final Count SMALL = Count.hidden(Count.Withheld.SMALL_COUNT);

	private static final Count COMPLEMENTARY = Count.hidden(Count.Withheld.COMPLEMENTARY);

	@Test
	void countsFromOneToFourAreWithheldAndZerosAreShown() {
		var result = SmallCellSuppression.oneWay(new int[] { 3, 0, 12, 20 });

		assertThat(column(result)).containsExactly(SMALL, Count.of(0), COMPLEMENTARY, Count.of(20));
		assertThat(result.columnTotals()).containsExactly(Count.of(35));
	}

	@Test
	void aLoneSmallCountGetsACompanionSoThatTheTotalDoesNotGiveItAway() {
		var result = SmallCellSuppression.oneWay(new int[] { 3, 12, 20 });
		var attacker = new TableAttacker(result, 3, 1, false, true, 50);

		assertThat(column(result)).containsExactly(SMALL, COMPLEMENTARY, Count.of(20));
		assertThat(attacker.subtract()).doesNotContainKey("0,0");
		assertThat(attacker.possibleSmallValues().get("0,0")).hasSizeGreaterThan(1);
	}

	@Test
	void theAttackerWorksOutASmallCountThatOnlyPrimarySuppressionHides() {
		// The check of the attacker itself: without the complementary cell, the total gives the 3 away.
		var primaryOnly = new SmallCellSuppression.Result(
				new Count[][] { { SMALL }, { Count.of(12) }, { Count.of(20) } }, null,
				new Count[] { Count.of(35) }, null);
		var attacker = new TableAttacker(primaryOnly, 3, 1, false, true, 50);

		assertThat(attacker.subtract()).containsEntry("0,0", 3);
		assertThat(attacker.possibleSmallValues().get("0,0")).containsExactly(3);
	}

	@Test
	void twoSmallCountsThatTheTotalSaysAreFourEachGetAThirdCompanion() {
		// 4 + 4 + 9 + 30 = 47: with only the two 4s withheld, 47 - 39 = 8 = 4 + 4, and "<5" leaves 4 and 4.
		var twoOnly = new SmallCellSuppression.Result(
				new Count[][] { { SMALL }, { SMALL }, { Count.of(9) }, { Count.of(30) } }, null,
				new Count[] { Count.of(47) }, null);
		assertThat(new TableAttacker(twoOnly, 4, 1, false, true, 60).possibleSmallValues())
			.containsEntry("0,0", Set.of(4))
			.containsEntry("1,0", Set.of(4));

		var result = SmallCellSuppression.oneWay(new int[] { 4, 4, 9, 30 });

		assertThat(column(result)).containsExactly(SMALL, SMALL, COMPLEMENTARY, Count.of(30));
		assertThat(new TableAttacker(result, 4, 1, false, true, 60).possibleSmallValues().values())
			.allSatisfy(values -> assertThat(values).hasSizeGreaterThan(1));
	}

	@Test
	void aSuppressedCellCannotBeRecoveredFromTheRowAndColumnTotals() {
		int[][] table = { { 3, 10, 12 }, { 8, 6, 15 }, { 11, 9, 2 } };
		var result = SmallCellSuppression.suppress(table, true, true, false);
		var attacker = new TableAttacker(result, 3, 3, true, true, 90);

		assertThat(result.cells()[0][0]).isEqualTo(SMALL);
		assertThat(result.cells()[2][2]).isEqualTo(SMALL);
		assertThat(result.total()).isEqualTo(Count.of(76));
		var subtracted = attacker.subtract();
		assertThat(subtracted).doesNotContainKeys("0,0", "2,2");
		Map<String, Set<Integer>> possible = attacker.possibleSmallValues();
		assertThat(possible.get("0,0")).hasSizeGreaterThan(1);
		assertThat(possible.get("2,2")).hasSizeGreaterThan(1);
	}

	@Test
	void aSmallRowTotalIsProtectedLikeAnyOtherCell() {
		int[][] table = { { 1, 2, 0 }, { 9, 14, 7 }, { 6, 8, 12 } };
		var result = SmallCellSuppression.suppress(table, true, true, false);

		assertThat(result.rowTotals()[0]).isEqualTo(SMALL);
		var possible = new TableAttacker(result, 3, 3, true, true, 80).possibleSmallValues();
		assertThat(possible).isNotEmpty().allSatisfy((cell, values) -> assertThat(values).as(cell).hasSizeGreaterThan(1));
	}

	@Test
	void aTableStandingForFewerThanFiveIsWithheldWhole() {
		var result = SmallCellSuppression.oneWay(new int[] { 1, 0, 2 });

		assertThat(column(result)).allMatch(count -> count.withheld() == Count.Withheld.WITHHELD);
		assertThat(result.columnTotals()[0].withheld()).isEqualTo(Count.Withheld.WITHHELD);
		assertThat(result.withheld()).isTrue();
	}

	@Test
	void anEmptyTableShowsItsZeros() {
		var result = SmallCellSuppression.oneWay(new int[] { 0, 0 });

		assertThat(column(result)).containsExactly(Count.of(0), Count.of(0));
		assertThat(result.withheld()).isFalse();
	}

	@Test
	void aOneWayTableWithoutRowsHasATotalOfZero() {
		var result = SmallCellSuppression.oneWay(new int[0]);

		assertThat(result.cells()).isEmpty();
		assertThat(result.columnTotals()).containsExactly(Count.of(0));
	}

	@Test
	void aTableWithoutTotalsWithholdsOnlyItsSmallCounts() {
		// Exploitation types: a child may count under several, so there is no total to subtract from.
		int[][] table = { { 3 }, { 12 }, { 0 }, { 7 } };
		var result = SmallCellSuppression.suppress(table, false, false, true);

		assertThat(Arrays.stream(result.cells()).map(row -> row[0]))
			.containsExactly(SMALL, Count.of(12), Count.of(0), Count.of(7));
	}

	@Test
	void theTotalsOfOneWayTablesAreNeverWithheldAsComplementary() {
		// The number of children is in every one-way table; withholding it in one would not hide it.
		var result = SmallCellSuppression.oneWay(new int[] { 4, 6 });

		assertThat(result.columnTotals()).containsExactly(Count.of(10));
		assertThat(column(result)).containsExactly(SMALL, COMPLEMENTARY);
	}

	@Test
	void randomTwoWayTablesNeverGiveASmallCountAway() {
		Random random = new Random(20261204L);
		for (int n = 0; n < 300; n++) {
			int rows = 1 + random.nextInt(3);
			int columns = 1 + random.nextInt(3);
			int[][] table = randomTable(random, rows, columns);
			var result = SmallCellSuppression.suppress(table, true, true, false);
			assertNotWorkedOut(result, table, rows, columns, true, true);
		}
	}

	@Test
	void randomOneWayTablesNeverGiveASmallCountAway() {
		Random random = new Random(20261205L);
		for (int n = 0; n < 300; n++) {
			int rows = 1 + random.nextInt(6);
			int[][] table = randomTable(random, rows, 1);
			int[] counts = Arrays.stream(table).mapToInt(row -> row[0]).toArray();
			var result = SmallCellSuppression.oneWay(counts);
			assertNotWorkedOut(result, table, rows, 1, false, true);
		}
	}

	private static void assertNotWorkedOut(SmallCellSuppression.Result result, int[][] table, int rows, int columns,
			boolean rowTotals, boolean columnTotals) {
		String described = Arrays.deepToString(table);
		int total = Arrays.stream(table).flatMapToInt(Arrays::stream).sum();
		// Published figures are the true ones.
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				Count count = result.cells()[i][j];
				if (count.published()) {
					assertThat(count.value()).as(described).isEqualTo(table[i][j]);
				}
				else if (count.withheld() == Count.Withheld.SMALL_COUNT) {
					assertThat(table[i][j]).as(described).isBetween(1, 4);
				}
			}
		}
		if (result.withheld()) {
			assertThat(total).as(described).isBetween(1, 4);
			return;
		}
		var attacker = new TableAttacker(result, rows, columns, rowTotals, columnTotals, total + 6);
		var subtracted = attacker.subtract();
		var possible = attacker.possibleSmallValues();
		possible.forEach((cell, values) -> {
			assertThat(subtracted).as("%s: %s by subtraction", described, cell).doesNotContainKey(cell);
			assertThat(values).as("%s: values cell %s could hold", described, cell).hasSizeGreaterThan(1);
		});
	}

	/** Mostly small counts and zeros, where suppression has the most to do. */
	private static int[][] randomTable(Random random, int rows, int columns) {
		int[][] table = new int[rows][columns];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				int kind = random.nextInt(10);
				table[i][j] = kind < 2 ? 0 : kind < 6 ? 1 + random.nextInt(4) : 5 + random.nextInt(8);
			}
		}
		return table;
	}

	private static Count[] column(SmallCellSuppression.Result result) {
		return Arrays.stream(result.cells()).map(row -> row[0]).toArray(Count[]::new);
	}

}
