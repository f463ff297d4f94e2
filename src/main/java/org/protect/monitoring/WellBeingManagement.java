package org.protect.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Well-being assessments of a case. The case team records them; a judge the case is disclosed to reads them;
 * for anyone else the case does not exist. Every read and every change is audited with the case's id. Pages
 * and API call the same methods.
 */
public interface WellBeingManagement {

	/** The scale the node rates on. */
	WellBeingScale scale();

	/** The case's assessments and its follow-up schedule. */
	CaseWellBeing overview(UUID caseId);

	/** One assessment, with the reference standards of its country. */
	Assessment assessment(UUID caseId, UUID assessmentId);

	/**
	 * Records an assessment. A follow-up assessment must name a follow-up of the case's schedule; recording it
	 * marks that follow-up done on the day of the assessment, unless it is settled already.
	 */
	Assessment record(UUID caseId, RecordAssessmentCommand command);

	/**
	 * Records a correction of an assessment: a new assessment that replaces it, with the reason. Only the
	 * newest version can be corrected, so that nobody's correction is silently lost.
	 */
	Assessment correct(UUID caseId, UUID assessmentId, RecordAssessmentCommand command);

	/** Voids an assessment recorded by mistake (e.g. on the wrong case), with the reason; it stays on record. */
	void voidAssessment(UUID caseId, UUID assessmentId, String reason);

	/** The current situation and the options side by side. */
	Comparison comparison(UUID caseId);

	/** The child's situation over the follow-ups. */
	Trend trend(UUID caseId);

	/**
	 * Puts the node's default follow-up schedule (by default 1, 3, 6 and 12 months) on a case that has none,
	 * counted from the day of the return or placement. The schedule is the case's own part: the team changes it
	 * there, per case.
	 */
	List<FollowUpStatus> scheduleFollowUps(UUID caseId, LocalDate from);

}
