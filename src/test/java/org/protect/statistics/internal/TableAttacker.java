package org.protect.statistics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.protect.statistics.Count;

/**
 * Someone who wants the children behind a suppressed table: they know every published figure, every total,
 * that "&lt;5" means 1 to 4, that a complementary cell is 0 or 5 and more, and that counts are whole and not
 * negative. Two attacks: subtracting along lines, as anyone with the totals would; and trying every table that
 * fits everything published, which finds whatever can be worked out at all.
 */
final class TableAttacker {

	private final int rows;

	private final int columns;

	private final boolean rowTotals;

	private final boolean columnTotals;

	/** The cells of the extended grid in reading order: {row, column}. */
	private final List<int[]> cells = new ArrayList<>();

	private final Map<Integer, Count> shown = new HashMap<>();

	private final List<List<int[]>> lines = new ArrayList<>();

	private final int bound;

	/**
	 * @param bound the largest value any withheld cell is tried with (generous: the attacker's guess)
	 */
	TableAttacker(SmallCellSuppression.Result result, int rows, int columns, boolean rowTotals, boolean columnTotals,
			int bound) {
		this.rows = rows;
		this.columns = columns;
		this.rowTotals = rowTotals;
		this.columnTotals = columnTotals;
		this.bound = bound;
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= columns; j++) {
				Count count = i < rows && j < columns ? result.cells()[i][j]
						: i < rows ? (rowTotals ? result.rowTotals()[i] : null)
								: j < columns ? (columnTotals ? result.columnTotals()[j] : null) : result.total();
				if (count != null) {
					cells.add(new int[] { i, j });
					shown.put(key(i, j), count);
				}
			}
		}
		for (int i = 0; i <= rows; i++) {
			int row = i;
			if (i < rows ? rowTotals : rowTotals && columnTotals) {
				lines.add(cells.stream().filter(c -> c[0] == row).toList());
			}
		}
		for (int j = 0; j <= columns; j++) {
			int column = j;
			if (j < columns ? columnTotals : rowTotals && columnTotals) {
				lines.add(cells.stream().filter(c -> c[1] == column).toList());
			}
		}
	}

	private int key(int i, int j) {
		return i * (columns + 1) + j;
	}

	private int sign(int[] cell) {
		return (cell[0] == rows) == (cell[1] == columns) ? 1 : -1;
	}

	/** Subtraction along lines, repeated while it learns something: the cells it works out, by {row, column}. */
	Map<String, Integer> subtract() {
		Map<Integer, Integer> known = new HashMap<>();
		shown.forEach((k, count) -> {
			if (count.published()) {
				known.put(k, count.value());
			}
		});
		Map<String, Integer> learnt = new HashMap<>();
		boolean progress = true;
		while (progress) {
			progress = false;
			for (List<int[]> line : lines) {
				List<int[]> unknown = line.stream().filter(c -> !known.containsKey(key(c[0], c[1]))).toList();
				if (unknown.size() == 1) {
					int[] cell = unknown.get(0);
					int sum = line.stream()
						.filter(c -> c != cell)
						.mapToInt(c -> sign(c) * known.get(key(c[0], c[1])))
						.sum();
					int value = -sum * sign(cell);
					known.put(key(cell[0], cell[1]), value);
					learnt.put(cell[0] + "," + cell[1], value);
					progress = true;
				}
			}
		}
		return learnt;
	}

	/**
	 * Every value each cell shown "&lt;5" can hold in some table that fits everything published, by
	 * {row, column}. A cell with one value has been worked out.
	 */
	Map<String, Set<Integer>> possibleSmallValues() {
		List<int[]> hidden = cells.stream().filter(c -> !shown.get(key(c[0], c[1])).published()).toList();
		Map<Integer, Integer> assigned = new HashMap<>();
		shown.forEach((k, count) -> {
			if (count.published()) {
				assigned.put(k, count.value());
			}
		});
		Map<String, Set<Integer>> seen = new HashMap<>();
		for (int[] cell : hidden) {
			if (shown.get(key(cell[0], cell[1])).withheld() == Count.Withheld.SMALL_COUNT) {
				seen.put(cell[0] + "," + cell[1], new TreeSet<>());
			}
		}
		search(hidden, 0, assigned, seen, fitting -> {
			for (int[] cell : hidden) {
				Set<Integer> values = seen.get(cell[0] + "," + cell[1]);
				if (values != null) {
					values.add(fitting.get(key(cell[0], cell[1])));
				}
			}
		});
		return seen;
	}

	/**
	 * Every value a column's total minus some of its inner cells can take in some table that fits everything
	 * published: with countries in rows, the countries left out of those rows added up, which a reader with the
	 * answer for all countries and the answers for those rows can subtract. One value: worked out.
	 *
	 * @param column the column
	 * @param rows the rows subtracted from its total
	 */
	Set<Integer> possibleRests(int column, Set<Integer> rows) {
		List<int[]> hidden = cells.stream().filter(c -> !shown.get(key(c[0], c[1])).published()).toList();
		Map<Integer, Integer> assigned = new HashMap<>();
		shown.forEach((k, count) -> {
			if (count.published()) {
				assigned.put(k, count.value());
			}
		});
		Set<Integer> values = new TreeSet<>();
		// The search stops once a value has been seen twice over; this marker asks it to go on until then.
		Map<String, Set<Integer>> seen = new HashMap<>();
		seen.put("rest", values);
		search(hidden, 0, assigned, seen, fitting -> {
			int rest = fitting.get(key(this.rows, column));
			for (int row : rows) {
				rest -= fitting.get(key(row, column));
			}
			values.add(rest);
		});
		return values;
	}

	private List<Integer> domain(int[] cell) {
		List<Integer> values = new ArrayList<>();
		Count.Withheld why = shown.get(key(cell[0], cell[1])).withheld();
		for (int v = 0; v <= bound; v++) {
			boolean small = v >= 1 && v <= 4;
			if (why == Count.Withheld.SMALL_COUNT ? small : why == Count.Withheld.COMPLEMENTARY ? !small : true) {
				values.add(v);
			}
		}
		return values;
	}

	private void search(List<int[]> hidden, int next, Map<Integer, Integer> assigned, Map<String, Set<Integer>> seen,
			Consumer<Map<Integer, Integer>> fits) {
		if (done(seen) || !consistent(assigned)) {
			return;
		}
		List<int[]> open = hidden.stream().filter(c -> !assigned.containsKey(key(c[0], c[1]))).toList();
		if (open.isEmpty()) {
			fits.accept(assigned);
			return;
		}
		// A line with one cell left decides it: no need to try every value.
		for (List<int[]> line : lines) {
			List<int[]> left = line.stream().filter(c -> !assigned.containsKey(key(c[0], c[1]))).toList();
			if (left.size() == 1) {
				int[] cell = left.get(0);
				int sum = line.stream().filter(c -> c != cell).mapToInt(c -> sign(c) * assigned.get(key(c[0], c[1]))).sum();
				int forced = -sum * sign(cell);
				if (domain(cell).contains(forced)) {
					assigned.put(key(cell[0], cell[1]), forced);
					search(hidden, next, assigned, seen, fits);
					assigned.remove(key(cell[0], cell[1]));
				}
				return;
			}
		}
		int[] cell = open.get(0);
		for (int v : domain(cell)) {
			assigned.put(key(cell[0], cell[1]), v);
			search(hidden, next, assigned, seen, fits);
		}
		assigned.remove(key(cell[0], cell[1]));
	}

	/** Every cell shown "<5" could hold two values already: the attack has failed, no need to go on. */
	private static boolean done(Map<String, Set<Integer>> seen) {
		return seen.values().stream().allMatch(values -> values.size() > 1);
	}

	/** Every complete line sums to 0; an incomplete one can still be completed within the bound. */
	private boolean consistent(Map<Integer, Integer> assigned) {
		for (List<int[]> line : lines) {
			int sum = 0;
			int open = 0;
			for (int[] c : line) {
				Integer v = assigned.get(key(c[0], c[1]));
				if (v == null) {
					open++;
				}
				else {
					sum += sign(c) * v;
				}
			}
			if (open == 0 && sum != 0) {
				return false;
			}
			if (open > 0 && Math.abs(sum) > (long) open * bound * 2) {
				return false;
			}
		}
		return true;
	}

}
