package org.protect.statistics.internal;

import java.util.List;

/**
 * The two rules {@link SmallCellSuppression#byCountry} adds when the rows are countries of origin. The answer for
 * one country is a row and the answer for all countries the column totals, so a reader with both holds each
 * column's total minus that row: the other countries added up, a count of children too, protected here as if
 * it were a cell.
 * <ul>
 * <li>Group rule: in a column whose total is known (published, or withheld as complementary and so perhaps
 * worked out), the withheld rows added up are the total minus the published ones; they must not hold 1 to 4
 * together. Where they do, the smallest published cell of 5 or more in the column is withheld too.</li>
 * <li>Rest rule: where every row of a column but one adds up to 1 to 4, that row or the column's total must
 * have a second table in which it holds another value while the other stays.</li>
 * </ul>
 */
final class CountryRules {

	private final SmallCellSuppression table;

	/** The rows whose rest was found to have an alternative: withholding more never takes it away. */
	private final boolean[][] restProven;

	/** A group of withheld rows holds 1 to 4 together and nothing is left to withhold beside it. */
	private boolean exposedGroup;

	/** The row whose cell {@link #firstExposedRest()} found last. */
	private int exposedRestRow = -1;

	CountryRules(SmallCellSuppression table) {
		this.table = table;
		this.restProven = new boolean[table.rows() + 1][table.columns() + 1];
	}

	/** The group rule, over every column; whether it withheld anything. */
	boolean applyGroupRule() {
		int rows = table.rows();
		boolean changed = false;
		for (int j = 0; j < table.columns(); j++) {
			int[] total = { rows, j };
			if (!table.columnIsLine(j) || table.small(total) && !table.isFixed(total)) {
				continue;
			}
			int withheld = 0;
			for (int i = 0; i < rows; i++) {
				int[] cell = { i, j };
				if (table.withheld(cell)) {
					withheld += table.value(cell);
				}
			}
			if (withheld > 0 && withheld < SmallCellSuppression.THRESHOLD) {
				int[] extra = table.smallestCandidate(table.columnCells(j).stream().filter(c -> c[0] < rows).toList());
				if (extra == null) {
					extra = table.smallestCandidate(List.of(total));
				}
				if (extra == null) {
					// Not reached (a known total of 5 or more holds a published cell of 5 or more), but never publish
					// what cannot be protected.
					exposedGroup = true;
					return false;
				}
				table.withholdAsComplementary(extra);
				changed = true;
			}
		}
		return changed;
	}

	/** The group rule found a group it could not protect: the table is to be withheld whole. */
	boolean exposedGroup() {
		return exposedGroup;
	}

	/**
	 * The rest rule: the withheld one of a row and its column's total that has no alternative (the total, when
	 * the row is published), else {@code null}.
	 */
	int[] firstExposedRest() {
		int rows = table.rows();
		for (int j = 0; j < table.columns(); j++) {
			int[] total = { rows, j };
			if (!table.columnIsLine(j)) {
				continue;
			}
			for (int i = 0; i < rows; i++) {
				int[] row = { i, j };
				int others = table.value(total) - table.value(row);
				if (others < 1 || others >= SmallCellSuppression.THRESHOLD || restProven[i][j]) {
					continue;
				}
				boolean rowKnown = !table.withheld(row);
				boolean totalKnown = !table.withheld(total) || table.isFixed(total);
				if (rowKnown && totalKnown) {
					exposedRestRow = i;
					return row; // not reached: the group rule withholds one of them first
				}
				if (!(!rowKnown && table.hasAlternativeKeeping(row, total))
						&& !(!totalKnown && table.hasAlternativeKeeping(total, row))) {
					exposedRestRow = i;
					return rowKnown ? total : row;
				}
				restProven[i][j] = true;
			}
		}
		return null;
	}

	/** The row of the cell {@link #firstExposedRest()} returned. */
	int exposedRestRow() {
		return exposedRestRow;
	}

}
