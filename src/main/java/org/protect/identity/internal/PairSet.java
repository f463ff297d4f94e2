package org.protect.identity.internal;

import java.util.Arrays;

/**
 * A set of record index pairs packed into longs (left index in the high half). Pairs are
 * appended as blocking finds them, many times over (a true pair shares most keys), and sorted
 * and de-duplicated when the buffer fills or the set is read: at a million records a side this
 * needs a fraction of the memory of a hash set and no boxing.
 */
public final class PairSet {

	private long[] pairs = new long[1 << 12];

	private int size;

	private boolean compact = true;

	public static long pair(int left, int right) {
		return ((long) left << 32) | (right & 0xffffffffL);
	}

	public static int left(long pair) {
		return (int) (pair >>> 32);
	}

	public static int right(long pair) {
		return (int) pair;
	}

	public void add(long pair) {
		if (size == pairs.length) {
			compact();
			if (size > pairs.length / 2) {
				pairs = Arrays.copyOf(pairs, pairs.length * 2);
			}
		}
		pairs[size++] = pair;
		compact = false;
	}

	public boolean contains(long pair) {
		compact();
		return Arrays.binarySearch(pairs, 0, size, pair) >= 0;
	}

	/** Number of distinct pairs. */
	public int size() {
		compact();
		return size;
	}

	/** The distinct pairs in ascending order. */
	public long[] toSortedArray() {
		compact();
		return Arrays.copyOf(pairs, size);
	}

	private void compact() {
		if (compact) {
			return;
		}
		if (size > 1 << 20) {
			Arrays.parallelSort(pairs, 0, size);
		}
		else {
			Arrays.sort(pairs, 0, size);
		}
		int distinct = 0;
		for (int i = 0; i < size; i++) {
			if (distinct == 0 || pairs[i] != pairs[distinct - 1]) {
				pairs[distinct++] = pairs[i];
			}
		}
		size = distinct;
		compact = true;
	}

}
