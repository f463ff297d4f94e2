package org.protect.identity;

/**
 * One compared pair: the two record ids, the score (sum of field weights, in bits), its class
 * and the explanation.
 */
public record MatchResult(String leftId, String rightId, double score, MatchClass matchClass,
		MatchExplanation explanation) {
}
