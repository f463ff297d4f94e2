package org.protect.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A well-being assessment as recorded. Assessments are never changed: a mistake is put right by a correction
 * (a new assessment that {@code corrects} this one, with its reason), and one recorded on the wrong case is
 * voided with a reason; both stay on record.
 *
 * @param scaleMin the lowest score of the scale it was made on
 * @param scaleMax the highest score of the scale it was made on
 * @param correctedBy the correction that replaced this assessment, or {@code null}
 * @param referenceStandards what "adequate" means in the assessment's country, per condition, where set
 */
public record Assessment(UUID id, UUID caseId, AssessedSituation situation, String optionName,
		LocalDate followUpDueOn, String country, LocalDate assessedOn, String assessedBy, AssessmentSource source,
		String sourceReference, List<Rating> ratings, String childViews, String childNotHeardReason, int scaleMin,
		int scaleMax, UUID corrects, String correctionReason, UUID correctedBy, Voiding voided, Instant recordedAt,
		String recordedBy, Map<Condition, ReferenceStandard> referenceStandards) {

	/** Why and by whom an assessment was voided. */
	public record Voiding(String reason, Instant at, String by) {
	}

	/** Neither corrected nor voided: what comparisons and trends use. */
	public boolean effective() {
		return correctedBy == null && voided == null;
	}

	public Rating rating(Condition condition) {
		return ratings.stream().filter(rating -> rating.condition() == condition).findFirst().orElse(null);
	}

	/**
	 * A score's place on this assessment's scale, from just above 0 (the worst level) to 1 (the best), so that
	 * the worst level still shows as a short bar and ratings on scales of different lengths compare.
	 */
	public double fraction(Integer score) {
		if (score == null) {
			return 0;
		}
		return (score - scaleMin + 1) / (double) (scaleMax - scaleMin + 1);
	}

	public Assessment withReferenceStandards(Map<Condition, ReferenceStandard> standards) {
		return new Assessment(id, caseId, situation, optionName, followUpDueOn, country, assessedOn, assessedBy, source,
				sourceReference, ratings, childViews, childNotHeardReason, scaleMin, scaleMax, corrects, correctionReason,
				correctedBy, voided, recordedAt, recordedBy, Map.copyOf(standards));
	}

}
