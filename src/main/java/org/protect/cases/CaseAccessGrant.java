package org.protect.cases;

import java.util.UUID;

/**
 * What {@link CaseAccessCheck} grants the signed-in user on one case.
 *
 * @param caseId the case
 * @param caseNumber its number, e.g. {@code SE-2026-000042}
 * @param stage its stage; a closed case takes no change until it is reopened
 * @param access {@link CaseAccess#TEAM} or {@link CaseAccess#DISCLOSED}
 * @param mayEdit whether the reader may record on the case ({@link CasePermission#EDIT})
 * @param followUps the case's follow-up schedule with its version (for
 *        {@link CaseFileEditing#savePart}), or {@code null} when there is none
 */
public record CaseAccessGrant(UUID caseId, String caseNumber, CaseStage stage, CaseAccess access, boolean mayEdit,
		PartVersion followUps) {

	/** The agreed follow-ups, empty when there is no schedule. */
	public java.util.List<FollowUp> followUpList() {
		return followUps == null ? java.util.List.of() : ((FollowUpSchedule) followUps.document()).followUps();
	}

}
