package org.protect.identity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The outcome of linking two lists or deduplicating one: every pair scored at least "possible",
 * best first, and the candidate pairs that blocking let through to comparison.
 */
public final class LinkageResult {

	private final List<MatchResult> matches;

	// Candidate pairs as packed index pairs with the ids they point to: at a million records a
	// side, one object per candidate pair would not fit in memory.
	private final long[] candidates;

	private final List<String> leftIds;

	private final List<String> rightIds;

	LinkageResult(List<MatchResult> matches, long[] candidates, List<String> leftIds, List<String> rightIds) {
		this.matches = List.copyOf(matches);
		this.candidates = candidates;
		this.leftIds = leftIds;
		this.rightIds = rightIds;
	}

	public List<MatchResult> matches() {
		return matches;
	}

	public long candidatePairs() {
		return candidates.length;
	}

	/** How many candidate pairs satisfy a test, such as "is a true pair" in an evaluation. */
	public long candidatePairsWhere(BiPredicate<String, String> test) {
		long count = 0;
		for (long pair : candidates) {
			if (test.test(leftIds.get((int) (pair >>> 32)), rightIds.get((int) pair))) {
				count++;
			}
		}
		return count;
	}

	/** The pairs at or above a score. */
	public List<MatchResult> atLeast(double score) {
		return matches.stream().filter(m -> m.score() >= score).toList();
	}

	/**
	 * Keeps each record in at most one pair, taking pairs greedily best first: for two lists known
	 * to hold each person at most once (one register against another).
	 */
	public LinkageResult oneToOne() {
		Set<String> usedLeft = new HashSet<>();
		Set<String> usedRight = new HashSet<>();
		List<MatchResult> kept = new ArrayList<>();
		for (MatchResult match : matches) {
			if (!usedLeft.contains(match.leftId()) && !usedRight.contains(match.rightId())) {
				usedLeft.add(match.leftId());
				usedRight.add(match.rightId());
				kept.add(match);
			}
		}
		return new LinkageResult(kept, candidates, leftIds, rightIds);
	}

}
