package org.protect.monitoring;

import java.time.LocalDate;
import java.util.Map;

/**
 * A well-being assessment to record, or a correction of one.
 *
 * @param situation what is assessed
 * @param optionName the option's name, e.g. "Return to the mother in Tirana" (required for an option)
 * @param followUpDueOn for a follow-up: the due day of the follow-up of the case's schedule it belongs to
 * @param country where the situation is (ISO 3166-1 alpha-2): its reference standards apply; this node's
 *        country when not given
 * @param assessedOn when it was made (not in the future)
 * @param assessedBy who made it: people, role, agency
 * @param source this node's team, or a partner's report ({@link AssessmentSource#LOCAL} when not given)
 * @param sourceReference for a partner's report: the reference of the answer or letter it came in
 * @param ratings one rating per condition, keyed by the condition's code; all 14 are required
 * @param childViews the child's own views, in their words
 * @param childNotHeardReason why the child's views are not recorded (one of the two is required)
 * @param correctionReason for a correction: what was wrong (required then, ignored otherwise)
 */
public record RecordAssessmentCommand(AssessedSituation situation, String optionName, LocalDate followUpDueOn,
		String country, LocalDate assessedOn, String assessedBy, AssessmentSource source, String sourceReference,
		Map<String, RatingInput> ratings, String childViews, String childNotHeardReason, String correctionReason) {

	public RecordAssessmentCommand {
		ratings = ratings == null ? Map.of() : ratings;
	}

}
