package org.protect.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4 of {@link SmallCellSuppression}: whether a withheld cell holds another value in a second table that fits
 * everything a reader knows. The change is balanced along the cell's row and column by other withheld cells,
 * alternately +1 and −1, until the path closes or ends in a row or column without a total (the free node), each
 * cell staying within what the reader knows of it. Finding one is the proof; missing one only withholds more.
 */
final class AlternativeSearch {

	/** Search steps per cell before it is treated as exposed (and more is withheld). */
	private static final int SEARCH_BUDGET = 200_000;

	private final SmallCellSuppression table;

	/** The cells at each node (a line, or the free node): the two nodes each cell joins. */
	private final List<List<int[]>> atNode = new ArrayList<>();

	private int budget;

	/** The nodes a search has left without reaching its target, by node and change (-1, either, +1). */
	private boolean[][] dead;

	AlternativeSearch(SmallCellSuppression table, List<int[]> cells) {
		this.table = table;
		for (int node = 0; node <= table.free(); node++) {
			atNode.add(new ArrayList<>());
		}
		for (int[] cell : cells) {
			int r = table.rowNode(cell[0]);
			int c = table.columnNode(cell[1]);
			if (r != c) {
				atNode.get(r).add(cell);
				atNode.get(c).add(cell);
			}
		}
	}

	/** Whether the cell has an alternative, one more or one less. */
	boolean exists(int[] cell) {
		return exists(cell, 1) || exists(cell, -1);
	}

	private boolean exists(int[] cell, int change) {
		if (!table.mayChange(cell, change)) {
			return false;
		}
		int free = table.free();
		int a = table.rowNode(cell[0]);
		int b = table.columnNode(cell[1]);
		if (a == free && b == free) {
			return true;
		}
		if (!canLeave(b, b == free ? 0 : -change, cell) || !canLeave(a, a == free ? 0 : -change, cell)) {
			return false; // a dead end: nothing else in the cell's row or column can balance the change
		}
		budget = SEARCH_BUDGET;
		boolean[][] used = new boolean[table.rows() + 1][table.columns() + 1];
		used[cell[0]][cell[1]] = true;
		dead = new boolean[free + 1][3];
		// From the column's end back to the row's end; where an end is a line, the change must be balanced there.
		return walk(b, b == free ? 0 : -change, a, a == free ? 0 : -change, used);
	}

	/** Whether some withheld cell at the node, other than {@code except}, may take the change. */
	private boolean canLeave(int node, int change, int[] except) {
		if (node == table.free()) {
			return true;
		}
		for (int[] cell : atNode.get(node)) {
			if ((cell[0] != except[0] || cell[1] != except[1])
					&& (change == 0 ? table.mayChange(cell, 1) || table.mayChange(cell, -1) : table.mayChange(cell, change))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Depth-first search for a path of withheld cells, each used once, from {@code node} to {@code target}.
	 *
	 * @param leave the change the next cell must take (0: either, at the free node)
	 * @param arrive the change the last cell must take at the target (0: either)
	 */
	private boolean walk(int node, int leave, int target, int arrive, boolean[][] used) {
		int way = leave + 1;
		if (budget-- <= 0 || dead[node][way]) {
			return false;
		}
		// A node left with a change once without reaching the target is not tried again: this may miss a path
		// (the cells used differ), which only withholds more; it keeps the search short on big tables.
		dead[node][way] = true;
		for (int[] cell : atNode.get(node)) {
			if (used[cell[0]][cell[1]] || !table.withheld(cell)) {
				continue;
			}
			int r = table.rowNode(cell[0]);
			int c = table.columnNode(cell[1]);
			int other = r == node ? c : r;
			for (int change : leave == 0 ? new int[] { 1, -1 } : new int[] { leave }) {
				if (!table.mayChange(cell, change)) {
					continue;
				}
				if (other == target && (arrive == 0 || arrive == change)) {
					return true;
				}
				used[cell[0]][cell[1]] = true;
				if (walk(other, other == table.free() ? 0 : -change, target, arrive, used)) {
					return true;
				}
				used[cell[0]][cell[1]] = false;
			}
		}
		return false;
	}

}
