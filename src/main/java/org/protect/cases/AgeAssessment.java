package org.protect.cases;

import java.time.LocalDate;

/**
 * An age assessment, made only where there is real doubt about the child's age. While it is pending the
 * child is presumed a minor; its result is a range, and the benefit of the doubt reads the lower end.
 *
 * @param status pending or completed
 * @param doubtReason why the stated age is doubted; required (no assessment without a reason)
 * @param method how the age was assessed (a holistic, multidisciplinary assessment; documents; interview)
 * @param assessedBy who assessed it (names and professions)
 * @param minimumAge the youngest age the result allows, in years
 * @param maximumAge the oldest age the result allows, in years
 * @param assessedOn the day of the assessment, to which the ages refer
 * @param benefitOfDoubtApplied the assessor confirms the benefit of the doubt was given
 * @param appeal an appeal lodged against the result, and its outcome; may be empty
 */
public record AgeAssessment(AgeAssessmentStatus status, String doubtReason, String method, String assessedBy,
		Integer minimumAge, Integer maximumAge, LocalDate assessedOn, boolean benefitOfDoubtApplied, String appeal) {

	public boolean completed() {
		return status == AgeAssessmentStatus.COMPLETED;
	}

	/**
	 * The birth dates the result allows: born at most {@code maximumAge + 1} years (less a day) and at
	 * least {@code minimumAge} years before the assessment.
	 */
	public BirthDate birthDate() {
		if (!completed() || minimumAge == null || maximumAge == null || assessedOn == null) {
			return BirthDate.unknown();
		}
		return BirthDate.between(assessedOn.minusYears(maximumAge + 1L).plusDays(1), assessedOn.minusYears(minimumAge));
	}

}
