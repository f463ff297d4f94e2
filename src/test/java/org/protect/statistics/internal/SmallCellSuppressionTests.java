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

	// --- countries in rows: the answer for one country against the answer for all ---

	@Test
	void theWithheldCountriesNeverAddUpToFewerThanFive() {
		// Each table alone: 2 and 1 are withheld and can be 1 and 2 as well; but 30 - 20 - 7 = 3, the other
		// countries added up, which the answers for all countries and for the two big ones give away.
		var alone = SmallCellSuppression.oneWay(new int[] { 20, 7, 2, 1 });
		assertThat(column(alone)).containsExactly(Count.of(20), Count.of(7), SMALL, SMALL);
		assertThat(new TableAttacker(alone, 4, 1, false, true, 36).possibleRests(0, Set.of(0, 1))).containsExactly(3);

		var result = SmallCellSuppression.byCountry(new int[] { 20, 7, 2, 1 });

		assertThat(column(result)).containsExactly(Count.of(20), COMPLEMENTARY, SMALL, SMALL);
		assertThat(result.columnTotals()).containsExactly(Count.of(30));
		var attacker = new TableAttacker(result, 4, 1, false, true, 36);
		assertThat(attacker.possibleRests(0, Set.of(0, 1))).hasSizeGreaterThan(1);
		assertThat(attacker.possibleSmallValues().values()).allSatisfy(values -> assertThat(values).hasSizeGreaterThan(1));
	}

	@Test
	void oneCountrysRowSubtractedFromAllCountriesGivesNoSmallCountAway() {
		// Ages 0-9, 14-15, 16-17. Wallis and Futuna: 5, 6, 9 of 20; the other countries: 6, 2, 2 of 10.
		int[][] table = { { 5, 6, 9 }, { 6, 2, 2 } };
		// Each answer suppressed alone: all countries 11, 8, 11 and Wallis and Futuna 5, 6, 9 are all published,
		// so 8 - 6 = 2 of the others are 14-15. (The others' row is not shown: the reader knows only its total.)
		Count unknown = Count.hidden(Count.Withheld.WITHHELD);
		var alone = new SmallCellSuppression.Result(
				new Count[][] { { Count.of(5), Count.of(6), Count.of(9) }, { unknown, unknown, unknown } },
				new Count[] { Count.of(20), Count.of(10) }, new Count[] { Count.of(11), Count.of(8), Count.of(11) },
				Count.of(30));
		assertThat(new TableAttacker(alone, 2, 3, true, true, 36).possibleRests(1, Set.of(0))).containsExactly(2);

		var result = SmallCellSuppression.byCountry(table, 3, true, true);

		assertThat(result.columnTotals()).containsExactly(Count.of(11), Count.of(8), Count.of(11));
		assertThat(result.cells()[0]).containsExactly(Count.of(5), COMPLEMENTARY, COMPLEMENTARY);
		assertThat(result.rowTotals()).containsExactly(Count.of(20), Count.of(10));
		var attacker = new TableAttacker(known(result, table, true, true), 2, 3, true, true, 36);
		assertThat(attacker.possibleRests(1, Set.of(0))).hasSizeGreaterThan(1);
		assertThat(attacker.possibleRests(2, Set.of(0))).hasSizeGreaterThan(1);
		assertThat(attacker.possibleSmallValues().values()).allSatisfy(values -> assertThat(values).hasSizeGreaterThan(1));
	}

	@Test
	void theWithheldCountriesRowIsShownNowhereSoASecondTableMayGiveItsCellsAnyValue() {
		// The withheld countries hold 1 and 5 of their 6. Were "<5" and "x" known of that row, 1 + 5 = 6 would pin
		// the 1 and the breakdown would be withheld for every country; but no answer shows the row.
		int[][] table = { { 3, 9 }, { 7, 5 }, { 1, 5 } };
		assertThat(SmallCellSuppression.byCountry(table, 2, true, false).withheld()).isTrue();

		var result = SmallCellSuppression.byCountry(table, 2, true, true);

		assertThat(result.withheld()).isFalse();
		assertThat(result.columnTotals()).containsExactly(Count.of(11), Count.of(19));
		var attacker = new TableAttacker(known(result, table, true, true), 3, 2, true, true, 40);
		assertThat(attacker.possibleRests(0, Set.of(0, 1))).hasSizeGreaterThan(1);
		assertThat(attacker.possibleSmallValues()).isNotEmpty()
			.allSatisfy((cell, values) -> assertThat(values).hasSizeGreaterThan(1));
	}

	@Test
	void randomTablesByCountryNeverGiveASmallCountOrTheOtherCountriesAway() {
		Random random = new Random(20261129L);
		for (int n = 0; n < 300; n++) {
			int rows = 1 + random.nextInt(6);
			int[][] table = randomTable(random, rows, 1);
			var result = SmallCellSuppression.byCountry(Arrays.stream(table).mapToInt(row -> row[0]).toArray());
			if (result.withheld()) {
				continue; // nothing shown (a country of 5 and one of 1 can only be shown as the total of 6)
			}
			assertNotWorkedOut(result, table, rows, 1, false, true);
			assertRestsNotWorkedOut(result, table, rows, 1, false);
		}
	}

	@Test
	void randomCountriesAgainstABreakdownNeverGiveASmallCountOrTheOtherCountriesAway() {
		Random random = new Random(20261130L);
		for (int n = 0; n < 300; n++) {
			int rows = 1 + random.nextInt(3);
			int columns = 1 + random.nextInt(3);
			boolean rowTotals = random.nextBoolean();
			boolean hiddenLastRow = random.nextBoolean();
			int[][] table = randomTable(random, rows, columns);
			var result = known(SmallCellSuppression.byCountry(table, columns, rowTotals, hiddenLastRow), table, rowTotals,
					hiddenLastRow);
			if (result.withheld()) {
				continue; // nothing shown; the service then withholds the row that could not be protected instead
			}
			assertNotWorkedOut(result, table, rows, columns, rowTotals, true);
			assertRestsNotWorkedOut(result, table, rows, columns, rowTotals);
		}
	}

	/**
	 * The result as a reader holding the table by country sees it: every row's total known (the withheld
	 * countries' added up too), and of the hidden last row (the withheld countries) only what they work out.
	 */
	private static SmallCellSuppression.Result known(SmallCellSuppression.Result result, int[][] table, boolean rowTotals,
			boolean hiddenLastRow) {
		if (result.withheld()) {
			return result;
		}
		Count[][] cells = Arrays.stream(result.cells()).map(Count[]::clone).toArray(Count[][]::new);
		if (hiddenLastRow) {
			Count[] last = cells[cells.length - 1];
			for (int j = 0; j < last.length; j++) {
				last[j] = last[j].published() ? last[j] : Count.hidden(Count.Withheld.WITHHELD);
			}
		}
		Count[] totals = !rowTotals ? null
				: Arrays.stream(table).map(row -> Count.of(Arrays.stream(row).sum())).toArray(Count[]::new);
		return new SmallCellSuppression.Result(cells, totals, result.columnTotals(), result.total());
	}

	/**
	 * For every set of rows (the countries a reader asked for one by one) whose column leaves 1 to 4 in the other
	 * rows: the total minus those rows is not worked out.
	 */
	private static void assertRestsNotWorkedOut(SmallCellSuppression.Result result, int[][] table, int rows, int columns,
			boolean rowTotals) {
		int total = Arrays.stream(table).flatMapToInt(Arrays::stream).sum();
		var attacker = new TableAttacker(result, rows, columns, rowTotals, true, total + 6);
		for (int j = 0; j < columns; j++) {
			for (int subset = 1; subset < 1 << rows; subset++) {
				Set<Integer> asked = new java.util.HashSet<>();
				int others = 0;
				for (int i = 0; i < rows; i++) {
					if ((subset & 1 << i) != 0) {
						asked.add(i);
					}
					else {
						others += table[i][j];
					}
				}
				if (others >= 1 && others <= 4) {
					assertThat(attacker.possibleRests(j, asked))
						.as("%s: column %d minus rows %s", Arrays.deepToString(table), j, asked)
						.hasSizeGreaterThan(1);
				}
			}
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
