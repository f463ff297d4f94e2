package org.protect.monitoring;

import java.util.List;
import java.util.Map;

/**
 * A follow-up's well-being ratings as they travel back in the answer to a cross-border follow-up report request:
 * the receiving country's agency rates the 14 conditions where the child now lives, and the node that asked
 * records them as the follow-up's assessment, from the partner ({@link PartnerFollowUps}).
 *
 * @param scale the codes of the scale the conditions were rated on, worst to best (the answering node's); the
 *        node that asked records the ratings only on the same scale
 * @param assessedBy who made the assessment: people, role, agency
 * @param ratings one rating per condition, keyed by the condition's code; all 14 are required
 * @param childViews the child's own views, in their words
 * @param childNotHeardReason why the child's views are not recorded (one of the two is required)
 */
public record FollowUpRatings(List<String> scale, String assessedBy, Map<String, RatingInput> ratings,
		String childViews, String childNotHeardReason) {

	/** The prefix of the fields of a follow-up report's ratings in an answer's form and in its problems. */
	public static final String FIELD = "wellBeing";

	public FollowUpRatings {
		scale = scale == null ? List.of() : List.copyOf(scale);
		ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
	}

}
