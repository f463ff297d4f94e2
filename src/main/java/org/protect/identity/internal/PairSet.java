package org.protect.identity.internal;

import java.util.Arrays;

/**
 * A set of record index pairs packed into longs (left index in the high half), with open
 * addressing: blocking produces hundreds of thousands of pairs and boxing them would cost more
 * than comparing them.
 */
public final class PairSet {

	private static final long EMPTY = -1L;

	private long[] slots = new long[1 << 16];

	private int size;

	public static long pair(int left, int right) {
		return ((long) left << 32) | (right & 0xffffffffL);
	}

	public static int left(long pair) {
		return (int) (pair >>> 32);
	}

	public static int right(long pair) {
		return (int) pair;
	}

	public PairSet() {
		Arrays.fill(slots, EMPTY);
	}

	public boolean add(long pair) {
		if (size * 2 >= slots.length) {
			grow();
		}
		int mask = slots.length - 1;
		int i = mix(pair) & mask;
		while (slots[i] != EMPTY) {
			if (slots[i] == pair) {
				return false;
			}
			i = (i + 1) & mask;
		}
		slots[i] = pair;
		size++;
		return true;
	}

	public boolean contains(long pair) {
		int mask = slots.length - 1;
		int i = mix(pair) & mask;
		while (slots[i] != EMPTY) {
			if (slots[i] == pair) {
				return true;
			}
			i = (i + 1) & mask;
		}
		return false;
	}

	public int size() {
		return size;
	}

	/** The pairs in ascending order. */
	public long[] toSortedArray() {
		long[] out = new long[size];
		int n = 0;
		for (long slot : slots) {
			if (slot != EMPTY) {
				out[n++] = slot;
			}
		}
		Arrays.sort(out);
		return out;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		Arrays.fill(slots, EMPTY);
		size = 0;
		for (long pair : old) {
			if (pair != EMPTY) {
				add(pair);
			}
		}
	}

	private static int mix(long pair) {
		long h = pair * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 29));
	}

}
