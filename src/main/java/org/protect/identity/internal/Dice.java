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
