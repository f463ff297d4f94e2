package org.protect.identity;

/**
 * A cryptographic long-term key: the Bloom-filter encoding of one record's identifying fields
 * under a secret shared by two partners. It is all that crosses a border in privacy-preserving
 * matching; without the secret the q-grams behind its bits cannot be tested.
 *
 * @param id the record's reference, opaque to the partner
 * @param bits the filter, {@link ClkEncoder#BITS} bits in longs
 * @param popcount the number of set bits, kept for pruning
 */
public record Clk(String id, long[] bits, int popcount) {

	public static Clk of(String id, long[] bits) {
		int popcount = 0;
		for (long word : bits) {
			popcount += Long.bitCount(word);
		}
		return new Clk(id, bits, popcount);
	}

}
