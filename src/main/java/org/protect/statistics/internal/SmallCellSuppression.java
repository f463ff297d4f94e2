package org.protect.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.protect.statistics.Count;

/**
 * Small-cell suppression of a table of counts with its totals, so that no count of 1 to 4 children can be
 * read or worked out.
 * <p>
 * <b>The table.</b> {@code R × C} inner counts; with row totals each row is a line (its cells add up to its
 * total), with column totals each column is; with both, the column totals add up to the grand total and so
 * do the row totals. A one-way table is one column with its column total.
 * <p>
 * <b>What a reader knows.</b> Every published figure exactly; that a cell shown "&lt;5" holds 1 to 4; that a
 * cell withheld as complementary holds 5 or more (it is shown differently, so this must be assumed); that
 * counts are whole and not negative; and every line's sum.
 * <p>
 * <b>The algorithm.</b>
 * <ol>
 * <li>If the whole table stands for 1 to 4, it is withheld whole: its cells would only split a small number.</li>
 * <li>Primary suppression: every cell, totals included, holding 1 to 4 is withheld. Zeros are shown: they
 * describe nobody.</li>
 * <li>Line rule: a line with exactly one withheld cell would give it away (total minus the rest), so its
 * smallest published cell holding 5 or more is withheld too (a cell inside the table before its total).</li>
 * <li>Alternative rule: each cell withheld as small must have a second table, consistent with everything a
 * reader knows, in which it holds another value. It is sought as a cycle of withheld cells through the cell,
 * alternately +1 and −1 along its lines (a row's change balanced in a column, and so on), or a path that ends
 * in a row or column without a total, each cell staying within what the reader knows of it. Where none is
 * found, the smallest published cell of 5 or more in the cell's row or column (else anywhere) is withheld and
 * the rules run again. This catches what the line rule does not: two cells "&lt;5" in a line whose total
 * says they hold 8 together are both 4; and a withheld cell that a chain of lines pins down.</li>
 * <li>If nothing is left to withhold and a small cell is still exposed, the whole table is withheld.</li>
 * </ol>
 * Rules 3 and 4 repeat until nothing changes. The alternative table found in rule 4 is the proof that the
 * small cell cannot be worked out: an attacker with every equation of the table still has two candidates.
 * Complementary cells are not protected in their own right (they are 5 or more).
 * <p>
 * <b>Tables that share totals.</b> With fixed totals, the totals are never withheld as complementary
 * and a search never changes them: the totals are published elsewhere too (the number of children identified
 * is in every one-way table of children; each country's number is in the table by country), so an alternative
 * must leave them as they are, and a reader is taken to know them. A table whose grand total is small is
 * withheld whole (rule 1), which withholds a shared small total everywhere alike.
 * <p>
 * <b>Countries in rows</b> ({@link #byCountry}): the answer for one country is a row, the answer for all
 * countries the column totals, so a reader with both holds every column's total minus one row: the other
 * countries added up. Two more rules ({@link CountryRules}) protect that as if it were a cell. The search of
 * rule 4 is {@link AlternativeSearch}.
 * <p>
 * Differences between answers for nested periods (a quarter and its months) are {@link NestedPeriods}' part;
 * periods are fixed, so there are no others.
 */
final class SmallCellSuppression {

	/** Counts from 1 to {@code THRESHOLD - 1} are withheld. */
	static final int THRESHOLD = 5;

	private static final int PUBLISHED = 0;

	private static final int SMALL = 1;

	private static final int COMPLEMENTARY = 2;

	private final int rows;

	private final int columns;

	private final boolean rowTotals;

	private final boolean columnTotals;

	/** The row totals (and the grand total) are known from elsewhere: never withheld here, never changed. */
	private final boolean fixedRowTotals;

	/** The column totals (and the grand total) are known from elsewhere. */
	private final boolean fixedColumnTotals;

	/**
	 * A row no answer shows (the withheld countries added up), or -1. A reader works out what its cells hold
	 * where the rest of their column is published, and nothing else of them: not that a withheld one is 1 to 4
	 * or 5 and more. So a second table may give its cells any value from 0.
	 */
	private final int hiddenRow;

	/** A cell a search must leave as it is, or {@code null}. */
	private int[] frozen;


	/**
	 * The small cells found to have an alternative: withholding more never takes an alternative away (it only
	 * adds cells that may change), so they are not searched again.
	 */
	private final boolean[][] proven;

	/** The rules for countries in rows, or {@code null}. */
	private final CountryRules countryRules;

	/** The extended grid: {@code [rows + 1][columns + 1]}, the last row and column holding the totals. */
	private final int[][] value;

	private final boolean[][] exists;

	private final int[][] state;

	private final List<int[]> cells = new ArrayList<>();

	/** Rule 4's search, over this table. */
	private final AlternativeSearch search;

	private SmallCellSuppression(int[][] inner, int columns, boolean rowTotals, boolean columnTotals,
			boolean fixedRowTotals, boolean fixedColumnTotals, boolean countriesInRows, int hiddenRow) {
		this.rows = inner.length;
		this.columns = columns;
		this.rowTotals = rowTotals;
		this.columnTotals = columnTotals;
		this.fixedRowTotals = fixedRowTotals;
		this.fixedColumnTotals = fixedColumnTotals;
		this.hiddenRow = hiddenRow;
		this.value = new int[rows + 1][columns + 1];
		this.exists = new boolean[rows + 1][columns + 1];
		this.state = new int[rows + 1][columns + 1];
		this.proven = new boolean[rows + 1][columns + 1];
		for (int i = 0; i < rows; i++) {
			if (inner[i].length != columns) {
				throw new IllegalArgumentException("rows of different lengths");
			}
			for (int j = 0; j < columns; j++) {
				if (inner[i][j] < 0) {
					throw new IllegalArgumentException("a count cannot be negative");
				}
				value[i][j] = inner[i][j];
				value[i][columns] += inner[i][j];
				value[rows][j] += inner[i][j];
				value[rows][columns] += inner[i][j];
				exists[i][j] = true;
			}
		}
		for (int i = 0; i < rows; i++) {
			exists[i][columns] = rowTotals;
		}
		for (int j = 0; j < columns; j++) {
			exists[rows][j] = columnTotals;
		}
		exists[rows][columns] = rowTotals && columnTotals;
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				if (exists[i][j]) {
					cells.add(new int[] { i, j });
				}
			}
		}
		this.search = new AlternativeSearch(this, cells);
		this.countryRules = countriesInRows ? new CountryRules(this) : null;
	}

	/**
	 * The suppressed table.
	 *
	 * @param exposedRow when the table is withheld whole because a small count in it could not be protected, the
	 *        row of that count, else -1
	 */
	record Result(Count[][] cells, Count[] rowTotals, Count[] columnTotals, Count total, int exposedRow) {

		Result(Count[][] cells, Count[] rowTotals, Count[] columnTotals, Count total) {
			this(cells, rowTotals, columnTotals, total, -1);
		}

		boolean withheld() {
			Count all = total != null ? total : columnTotals != null && columnTotals.length == 1 ? columnTotals[0] : null;
			return all != null && all.withheld() == Count.Withheld.WITHHELD;
		}

	}

	/**
	 * Suppresses a table.
	 *
	 * @param inner the counts, {@code inner[row][column]}
	 * @param rowTotals the table publishes each row's total
	 * @param columnTotals the table publishes each column's total
	 * @param fixedTotals the totals are published elsewhere too: never withhold one as complementary
	 */
	static Result suppress(int[][] inner, boolean rowTotals, boolean columnTotals, boolean fixedTotals) {
		return new SmallCellSuppression(inner, inner.length == 0 ? 0 : inner[0].length, rowTotals, columnTotals,
				fixedTotals, fixedTotals, false, -1).run();
	}

	/** A one-way table: the counts and their total. */
	static Result oneWay(int[] counts) {
		int[][] inner = new int[counts.length][1];
		for (int i = 0; i < counts.length; i++) {
			inner[i][0] = counts[i];
		}
		return new SmallCellSuppression(inner, 1, false, true, true, true, false, -1).run();
	}

	/**
	 * The children by country of origin, each country a row of one column, with the number of children as the
	 * fixed total. The answer for one country is its row; so the answer for all countries minus one country's is
	 * the other countries added up, a count of children too. Beyond the rules above: the withheld rows of the
	 * column must not add up to 1 to 4 (its total minus the published rows would give that away), and where all
	 * rows but one add up to 1 to 4, that one must have a second table in which it holds another value, the total
	 * left as it is.
	 */
	static Result byCountry(int[] counts) {
		int[][] inner = new int[counts.length][1];
		for (int i = 0; i < counts.length; i++) {
			inner[i][0] = counts[i];
		}
		return new SmallCellSuppression(inner, 1, false, true, true, true, true, -1).run();
	}

	/**
	 * Country of origin (the rows) against a breakdown (the columns), with the column totals (the breakdown for
	 * all countries), protected as {@link #byCountry} says in every column.
	 *
	 * @param rowTotals the rows are lines whose totals are known from the table by country (each country's
	 *        number of children), and the grand total (all children) with them; {@code false} for a breakdown
	 *        in which a child may count in several columns, or in none
	 * @param hiddenLastRow the last row is the withheld countries added up, which no answer shows
	 */
	static Result byCountry(int[][] inner, int columns, boolean rowTotals, boolean hiddenLastRow) {
		return new SmallCellSuppression(inner, columns, rowTotals, true, rowTotals, false, true,
				hiddenLastRow ? inner.length - 1 : -1).run();
	}

	private Result run() {
		int all = value[rows][columns];
		if (all > 0 && all < THRESHOLD && (rowTotals || columnTotals)) {
			return result(true);
		}
		for (int[] cell : cells) {
			int v = value[cell[0]][cell[1]];
			if (v > 0 && v < THRESHOLD) {
				// A small fixed total (the countries withheld in the table by country, added up) is shown as such
				// wherever it is shown; here it is known, like every fixed total.
				state[cell[0]][cell[1]] = SMALL;
			}
		}
		while (true) {
			if (applyLineRule() || (countryRules != null && countryRules.applyGroupRule())) {
				continue;
			}
			if (countryRules != null && countryRules.exposedGroup()) {
				return result(true);
			}
			int[] exposed = firstExposedSmallCell();
			int row = exposed == null ? -1 : exposed[0];
			if (exposed != null && hopeless(exposed)) {
				Result withheld = result(true);
				return new Result(withheld.cells(), withheld.rowTotals(), withheld.columnTotals(), withheld.total(),
						row < rows ? row : -1);
			}
			if (exposed == null && countryRules != null) {
				exposed = countryRules.firstExposedRest();
				row = countryRules.exposedRestRow();
			}
			if (exposed == null) {
				return result(false);
			}
			int[] extra = complementFor(exposed);
			if (extra == null) {
				Result withheld = result(true);
				return new Result(withheld.cells(), withheld.rowTotals(), withheld.columnTotals(), withheld.total(),
						row < rows ? row : -1);
			}
			state[extra[0]][extra[1]] = COMPLEMENTARY;
		}
	}

	// --- the lines ---

	/** A row line exists for each row with row totals; the total row is a line when the table has both totals. */
	private boolean rowIsLine(int i) {
		return i < rows ? rowTotals : rowTotals && columnTotals;
	}

	boolean columnIsLine(int j) {
		return j < columns ? columnTotals : rowTotals && columnTotals;
	}

	private List<int[]> rowCells(int i) {
		List<int[]> line = new ArrayList<>();
		for (int j = 0; j <= columns; j++) {
			if (exists[i][j]) {
				line.add(new int[] { i, j });
			}
		}
		return line;
	}

	List<int[]> columnCells(int j) {
		List<int[]> line = new ArrayList<>();
		for (int i = 0; i <= rows; i++) {
			if (exists[i][j]) {
				line.add(new int[] { i, j });
			}
		}
		return line;
	}

	private List<List<int[]>> lines() {
		List<List<int[]>> lines = new ArrayList<>();
		for (int i = 0; i <= rows; i++) {
			if (rowIsLine(i)) {
				lines.add(rowCells(i));
			}
		}
		for (int j = 0; j <= columns; j++) {
			if (columnIsLine(j)) {
				lines.add(columnCells(j));
			}
		}
		return lines;
	}

	private boolean applyLineRule() {
		boolean changed = false;
		for (List<int[]> line : lines()) {
			long hidden = line.stream().filter(c -> state[c[0]][c[1]] != PUBLISHED && !isFixed(c)).count();
			if (hidden == 1) {
				int[] extra = smallestCandidate(line);
				if (extra != null) {
					state[extra[0]][extra[1]] = COMPLEMENTARY;
					changed = true;
				}
			}
		}
		return changed;
	}

	private boolean isTotal(int[] cell) {
		return cell[0] == rows || cell[1] == columns;
	}

	/** A total known from elsewhere: never withheld here as complementary, never changed by a search. */
	boolean isFixed(int[] cell) {
		return (fixedRowTotals && rowTotals && cell[1] == columns) || (fixedColumnTotals && columnTotals && cell[0] == rows);
	}

	/** The published cell of 5 or more to withhold next: inner cells before totals, then the smallest, then the first. */
	int[] smallestCandidate(List<int[]> among) {
		int[] best = null;
		for (int[] cell : among) {
			if (state[cell[0]][cell[1]] != PUBLISHED || value[cell[0]][cell[1]] < THRESHOLD || isFixed(cell)) {
				continue;
			}
			if (best == null || Boolean.compare(isTotal(cell), isTotal(best)) < 0
					|| (isTotal(cell) == isTotal(best) && value[cell[0]][cell[1]] < value[best[0]][best[1]])) {
				best = cell;
			}
		}
		return best;
	}

	private int[] complementFor(int[] cell) {
		List<int[]> near = new ArrayList<>();
		if (rowIsLine(cell[0])) {
			near.addAll(rowCells(cell[0]));
		}
		if (columnIsLine(cell[1])) {
			near.addAll(columnCells(cell[1]));
		}
		int[] extra = smallestCandidate(near);
		return extra != null ? extra : smallestCandidate(cells);
	}

	// --- the alternative rule ---

	private int[] firstExposedSmallCell() {
		for (int[] cell : cells) {
			if (state[cell[0]][cell[1]] == SMALL && !isFixed(cell) && !proven[cell[0]][cell[1]]) {
				if (!hasAlternative(cell)) {
					return cell;
				}
				proven[cell[0]][cell[1]] = true;
			}
		}
		return null;
	}

	/** Whether the cell has an alternative in which {@code kept} stays as it is. */
	boolean hasAlternativeKeeping(int[] cell, int[] kept) {
		frozen = kept;
		try {
			return hasAlternative(cell);
		}
		finally {
			frozen = null;
		}
	}

	// Rule 4's search walks between lines: a node per row line and column line, and one free node.

	/** The free node: every row or column that is not a line (its cells need not balance there). */
	int free() {
		return rows + columns + 2;
	}

	int rowNode(int i) {
		return rowIsLine(i) ? i : free();
	}

	int columnNode(int j) {
		return columnIsLine(j) ? rows + 1 + j : free();
	}

	int rows() {
		return rows;
	}

	int columns() {
		return columns;
	}

	/** Whether the cell is withheld (as small, complementary or whole). */
	boolean withheld(int[] cell) {
		return state[cell[0]][cell[1]] != PUBLISHED;
	}

	boolean small(int[] cell) {
		return state[cell[0]][cell[1]] == SMALL;
	}

	int value(int[] cell) {
		return value[cell[0]][cell[1]];
	}

	void withholdAsComplementary(int[] cell) {
		state[cell[0]][cell[1]] = COMPLEMENTARY;
	}

	private boolean hasAlternative(int[] cell) {
		return search.exists(cell);
	}

	/**
	 * In every line the inner cells count +1 and the totals −1 (the grand total +1 again in the total row and
	 * column), so that each line sums to 0; changes are made in these signed terms.
	 */
	private int sign(int[] cell) {
		boolean totalRow = cell[0] == rows;
		boolean totalColumn = cell[1] == columns;
		return totalRow == totalColumn ? 1 : -1;
	}

	/** Whether the cell may change by {@code signedChange} (in signed terms) and stay within what a reader knows of it. */
	boolean mayChange(int[] cell, int signedChange) {
		int s = state[cell[0]][cell[1]];
		if (s == PUBLISHED || isFixed(cell) || (frozen != null && frozen[0] == cell[0] && frozen[1] == cell[1])) {
			return false;
		}
		int next = value[cell[0]][cell[1]] + sign(cell) * signedChange;
		if (cell[0] == hiddenRow && cell[1] < columns) {
			return next >= 0;
		}
		return s == SMALL ? next >= 1 && next < THRESHOLD : next >= THRESHOLD;
	}

	/**
	 * Whether a small cell has no alternative even with every cell of 5 or more withheld: withholding more one by
	 * one cannot help (a country whose children are 1 in one column and 5 in another, its number known).
	 */
	private boolean hopeless(int[] cell) {
		List<int[]> tried = new ArrayList<>();
		for (int[] other : cells) {
			if (state[other[0]][other[1]] == PUBLISHED && value[other[0]][other[1]] >= THRESHOLD && !isFixed(other)) {
				state[other[0]][other[1]] = COMPLEMENTARY;
				tried.add(other);
			}
		}
		boolean hopeless = !hasAlternative(cell);
		tried.forEach(other -> state[other[0]][other[1]] = PUBLISHED);
		return hopeless;
	}

	// --- the result ---

	private Result result(boolean withheld) {
		Count[][] inner = new Count[rows][columns];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < columns; j++) {
				inner[i][j] = count(i, j, withheld);
			}
		}
		Count[] rowTotal = rowTotals ? new Count[rows] : null;
		if (rowTotal != null) {
			Arrays.setAll(rowTotal, i -> count(i, columns, withheld));
		}
		Count[] columnTotal = columnTotals ? new Count[columns] : null;
		if (columnTotal != null) {
			Arrays.setAll(columnTotal, j -> count(rows, j, withheld));
		}
		return new Result(inner, rowTotal, columnTotal,
				rowTotals && columnTotals ? count(rows, columns, withheld) : null);
	}

	private Count count(int i, int j, boolean withheld) {
		if (withheld) {
			return Count.hidden(Count.Withheld.WITHHELD);
		}
		return switch (state[i][j]) {
			case SMALL -> Count.hidden(Count.Withheld.SMALL_COUNT);
			case COMPLEMENTARY -> Count.hidden(Count.Withheld.COMPLEMENTARY);
			default -> Count.of(value[i][j]);
		};
	}

}
