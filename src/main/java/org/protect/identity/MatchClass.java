package org.protect.identity;

/**
 * What a score means to a caseworker, by the thresholds in {@code identity/matching.properties}.
 */
public enum MatchClass {

	/** Very probably the same person: show first, ask for confirmation. */
	LIKELY,

	/** Could be the same person: show for review. */
	POSSIBLE,

	/** Not worth a caseworker's attention. */
	UNLIKELY

}
