package org.protect.identity.internal;

/**
 * Dice coefficient of bit sets stored back to back in one long array, which keeps the inner loop
 * to popcounts over contiguous memory.
 */
public final class Dice {

	private Dice() {
	}

	/** Number of bits set in both filters {@code a} and {@code b}, each {@code words} longs long. */
	public static int intersection(long[] x, int a, long[] y, int b, int words) {
		int common = 0;
		int i = a * words;
		int j = b * words;
		for (int w = 0; w < words; w++) {
			common += Long.bitCount(x[i + w] & y[j + w]);
		}
		return common;
	}

	/**
	 * {@link #intersection} for 1024-bit filters, written out: the loop over sixteen words is the
	 * whole cost of a comparison, and unrolled it runs without loop or bounds-check overhead.
	 */
	public static int intersection1024(long[] x, int a, long[] y, int b) {
		int i = a << 4;
		int j = b << 4;
		return Long.bitCount(x[i] & y[j]) + Long.bitCount(x[i + 1] & y[j + 1])
				+ Long.bitCount(x[i + 2] & y[j + 2]) + Long.bitCount(x[i + 3] & y[j + 3])
				+ Long.bitCount(x[i + 4] & y[j + 4]) + Long.bitCount(x[i + 5] & y[j + 5])
				+ Long.bitCount(x[i + 6] & y[j + 6]) + Long.bitCount(x[i + 7] & y[j + 7])
				+ Long.bitCount(x[i + 8] & y[j + 8]) + Long.bitCount(x[i + 9] & y[j + 9])
				+ Long.bitCount(x[i + 10] & y[j + 10]) + Long.bitCount(x[i + 11] & y[j + 11])
				+ Long.bitCount(x[i + 12] & y[j + 12]) + Long.bitCount(x[i + 13] & y[j + 13])
				+ Long.bitCount(x[i + 14] & y[j + 14]) + Long.bitCount(x[i + 15] & y[j + 15]);
	}

	/**
	 * Whether filters with these popcounts and this intersection reach the threshold, without a
	 * division: 2 c / (p + q) >= t exactly when 2 c >= t (p + q).
	 */
	public static boolean reaches(int intersection, int popcountA, int popcountB, double threshold) {
		return 2.0 * intersection >= threshold * (popcountA + popcountB);
	}

	/**
	 * For a filter of popcount {@code p}, the least intersection that reaches the threshold with a
	 * filter of each popcount q (index): one integer comparison per pair then decides.
	 */
	public static int[] leastIntersections(int p, double threshold, int bits) {
		int[] least = new int[bits + 1];
		for (int q = 0; q <= bits; q++) {
			int c = (int) Math.ceil(threshold * (p + q) / 2.0 - 1e-9);
			while (c > 0 && reaches(c - 1, p, q, threshold)) {
				c--;
			}
			while (!reaches(c, p, q, threshold)) {
				c++;
			}
			least[q] = c;
		}
		return least;
	}

	public static double dice(int intersection, int popcountA, int popcountB) {
		int total = popcountA + popcountB;
		return total == 0 ? 0.0 : 2.0 * intersection / total;
	}

	/**
	 * The range of popcounts a filter may have to reach the threshold with one of popcount
	 * {@code p}: Dice is at most 2 min(p, q) / (p + q), so q must lie in [p t / (2 - t), p (2 - t) / t].
	 */
	public static int lowestPartner(int p, double threshold) {
		return (int) Math.ceil(p * threshold / (2 - threshold) - 1e-9);
	}

	public static int highestPartner(int p, double threshold) {
		return (int) Math.floor(p * (2 - threshold) / threshold + 1e-9);
	}

}
