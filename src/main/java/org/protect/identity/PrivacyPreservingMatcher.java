package org.protect.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.protect.identity.internal.Dice;

/**
 * Compares CLKs by Dice coefficient, and nothing else: a partner node can run it on encodings
 * alone. Exact popcount pruning skips every pair whose popcounts alone rule out the threshold,
 * so the result equals that of comparing all pairs.
 */
public final class PrivacyPreservingMatcher {

	private final double threshold;

	private final AtomicLong comparisons = new AtomicLong();

	public PrivacyPreservingMatcher(double threshold) {
		if (threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("a Dice threshold lies in (0, 1]");
		}
		this.threshold = threshold;
	}

	/** Pairs of the two lists with Dice at least the threshold, best first. */
	public List<ClkMatch> link(List<Clk> left, List<Clk> right) {
		return run(left, right, false);
	}

	/** Pairs within one list with Dice at least the threshold, best first. */
	public List<ClkMatch> deduplicate(List<Clk> records) {
		return run(records, records, true);
	}

	/** Pairs whose Dice was computed since this matcher was made (those not pruned). */
	public long comparisons() {
		return comparisons.get();
	}

	/** Whether popcount pruning lets a pair be compared at all. */
	public boolean mayMatch(Clk a, Clk b) {
		return b.popcount() >= Dice.lowestPartner(a.popcount(), threshold)
				&& b.popcount() <= Dice.highestPartner(a.popcount(), threshold);
	}

	/** Keeps each record in at most one pair, best first (see {@link LinkageResult#oneToOne()}). */
	public static List<ClkMatch> oneToOne(List<ClkMatch> matches) {
		Set<String> usedLeft = new HashSet<>();
		Set<String> usedRight = new HashSet<>();
		List<ClkMatch> kept = new ArrayList<>();
		for (ClkMatch match : matches) {
			if (!usedLeft.contains(match.leftId()) && !usedRight.contains(match.rightId())) {
				usedLeft.add(match.leftId());
				usedRight.add(match.rightId());
				kept.add(match);
			}
		}
		return kept;
	}

	private List<ClkMatch> run(List<Clk> left, List<Clk> right, boolean sameList) {
		Sorted r = Sorted.of(right);
		long[] leftBits = flatten(left);
		List<List<ClkMatch>> found = new ArrayList<>();
		for (int i = 0; i < left.size(); i++) {
			found.add(null);
		}
		IntStream.range(0, left.size()).parallel().forEach(i -> {
			int p = left.get(i).popcount();
			int from = r.firstWithPopcountAtLeast(Dice.lowestPartner(p, threshold));
			int highest = Dice.highestPartner(p, threshold);
			int[] least = Dice.leastIntersections(p, threshold, ClkEncoder.BITS);
			List<ClkMatch> mine = new ArrayList<>(2);
			long compared = 0;
			for (int n = from; n < r.popcounts.length && r.popcounts[n] <= highest; n++) {
				int j = r.order[n];
				if (sameList && j <= i) {
					continue;
				}
				compared++;
				int common = Dice.intersection1024(leftBits, i, r.bits, n);
				if (common >= least[r.popcounts[n]]) {
					mine.add(new ClkMatch(left.get(i).id(), right.get(j).id(), Dice.dice(common, p, r.popcounts[n])));
				}
			}
			comparisons.addAndGet(compared);
			found.set(i, mine);
		});
		List<ClkMatch> matches = new ArrayList<>();
		found.forEach(matches::addAll);
		matches.sort(Comparator.comparingDouble(ClkMatch::dice).reversed());
		return matches;
	}

	private static long[] flatten(List<Clk> clks) {
		long[] bits = new long[clks.size() * ClkEncoder.WORDS];
		for (int i = 0; i < clks.size(); i++) {
			System.arraycopy(clks.get(i).bits(), 0, bits, i * ClkEncoder.WORDS, ClkEncoder.WORDS);
		}
		return bits;
	}

	/** The right-hand encodings sorted by popcount, so that pruning is a range of the array. */
	private record Sorted(int[] order, int[] popcounts, long[] bits) {

		static Sorted of(List<Clk> clks) {
			Integer[] boxed = IntStream.range(0, clks.size()).boxed().toArray(Integer[]::new);
			Arrays.sort(boxed, Comparator.comparingInt(i -> clks.get(i).popcount()));
			int[] order = new int[boxed.length];
			int[] popcounts = new int[boxed.length];
			long[] bits = new long[boxed.length * ClkEncoder.WORDS];
			for (int n = 0; n < boxed.length; n++) {
				order[n] = boxed[n];
				popcounts[n] = clks.get(boxed[n]).popcount();
				System.arraycopy(clks.get(boxed[n]).bits(), 0, bits, n * ClkEncoder.WORDS, ClkEncoder.WORDS);
			}
			return new Sorted(order, popcounts, bits);
		}

		int firstWithPopcountAtLeast(int popcount) {
			int low = 0;
			int high = popcounts.length;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (popcounts[mid] < popcount) {
					low = mid + 1;
				}
				else {
					high = mid;
				}
			}
			return low;
		}

	}

}
