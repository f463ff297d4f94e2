package org.protect.monitoring;

/**
 * The rating of one condition in an assessment.
 *
 * @param condition the condition
 * @param level the level's code, or {@link WellBeingScale#UNKNOWN}
 * @param score the level's score when it was recorded; {@code null} for unknown
 * @param justification why
 * @param sources what it rests on; may be empty for unknown
 * @param childLevel the child's own view on the same scale, or {@code null} when not given
 * @param childScore its score, {@code null} when not given or unknown
 */
public record Rating(Condition condition, String level, Integer score, String justification, String sources,
		String childLevel, Integer childScore) {

	public boolean known() {
		return score != null;
	}

}
