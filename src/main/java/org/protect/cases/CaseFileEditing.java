package org.protect.cases;

import java.util.UUID;

/**
 * Recording what is on a case file: identity facts, the parts (screening to follow-ups), referrals,
 * notes and documents. Access is checked and every change audited as in {@link CaseManagement}; a closed
 * case refuses every change until it is reopened.
 */
public interface CaseFileEditing {

	/** Records a fact about the child's identity. */
	IdentityFact addIdentityFact(UUID caseId, IdentityFactInput fact);

	/** Voids a fact (wrong or superseded), with a reason; the fact stays on file, marked void. */
	void voidIdentityFact(UUID caseId, UUID factId, String reason);

	/**
	 * Saves one part of the file.
	 *
	 * @param expectedVersion the version the change was made on (0 for a new part), or {@code null} to
	 *        overwrite whatever is there; a stale version is refused, so nobody's change is silently lost
	 * @return the part as saved
	 */
	PartVersion savePart(UUID caseId, CasePart part, Object document, Integer expectedVersion);

	/** A supervisor who was not on the panel approves the best-interests determination. */
	PartVersion approveDetermination(UUID caseId);

	/** Records the receiving agency's acceptance of the care plan as it stands. */
	PartVersion recordCarePlanAcceptance(UUID caseId, CarePlan.Acceptance acceptance);

	Referral refer(UUID caseId, ReferralCommand command);

	Referral updateReferral(UUID caseId, UUID referralId, ReferralStatus status, String note);

	CaseNote addNote(UUID caseId, String body);

	/** Attaches a document; its type and size are checked and it is scanned before it is stored. */
	CaseDocument attach(UUID caseId, String fileName, String contentType, byte[] content, String description);

	/** A document's content; every download is audited. */
	DocumentContent download(UUID caseId, UUID documentId);

}
