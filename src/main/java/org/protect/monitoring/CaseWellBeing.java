package org.protect.monitoring;

import java.util.List;
import java.util.UUID;

/**
 * The well-being records of a case as one reader may see them.
 *
 * @param mayRecord whether the reader may record, correct and void assessments (a case team member who may
 *        edit the case, while it is open)
 * @param caseClosed a closed case takes no new assessment until it is reopened
 * @param assessments every assessment, newest first, corrected and voided ones included
 * @param followUps the case's follow-up schedule, each with its assessment
 */
public record CaseWellBeing(UUID caseId, String caseNumber, boolean mayRecord, boolean caseClosed,
		List<AssessmentSummary> assessments, List<FollowUpStatus> followUps) {
}
