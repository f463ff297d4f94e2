package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The best-interests assessment (BIA).
 *
 * @param findings the findings on each element of General Comment 14
 * @param childViews the child's own views, in their words (CRC art. 12)
 * @param childChoseNotToGiveViews the child was heard and chose not to express views: recorded as heard
 * @param participants who took part (names and roles; the child, the guardian, the interpreter)
 * @param assessedOn when
 */
public record BestInterestsAssessment(Map<BiaElement, String> findings, String childViews,
		boolean childChoseNotToGiveViews, List<String> participants, LocalDate assessedOn) {

	public BestInterestsAssessment {
		findings = findings == null ? Map.of() : Map.copyOf(findings);
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

	/** The child's views are recorded, or it is recorded that the child chose not to give them. */
	public boolean childViewsRecorded() {
		return (childViews != null && !childViews.isBlank()) || childChoseNotToGiveViews;
	}

}
