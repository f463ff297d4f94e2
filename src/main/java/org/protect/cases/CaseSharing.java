package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What of a case may leave this node for a partner node, and what a partner's answer records on it. The
 * cooperation module calls it; the cases module does not know cooperation.
 */
public interface CaseSharing {

	/**
	 * The minimised view of a case that a cross-border request may carry: the child's identity as the
	 * current facts say, and only the {@code parts} named. Only a member of the case team who may edit it
	 * gets it (anyone else: "not found", audited); a case whose risk assessment says disclosure would endanger
	 * the child or family is refused with {@link SharingRefusedException} (Hague 1996 art. 37), audited.
	 *
	 * @param purpose a short code-like reason for the audit (the request type), no personal data
	 */
	CaseExtract extract(UUID caseId, Set<CasePart> parts, String purpose);

	/**
	 * Checks again, when a drafted request is approved for sending by someone outside the case team (the
	 * central authority), that the case may still leave the node: refuses with
	 * {@link SharingRefusedException} (audited) if it has been flagged under Hague 1996 art. 37 since.
	 */
	void checkMayStillLeave(UUID caseId, String purpose);

	/**
	 * Whether the signed-in user may send the case's information abroad (on its team, with the right to change
	 * it), checked before anything they sent is looked at, so that someone else learns no more than "not
	 * found" (audited). Writes nothing when granted: {@link #extract} audits what leaves.
	 */
	void requireSender(UUID caseId, String purpose);

	/**
	 * Whether the signed-in user is on the case's team (and so may follow the case's requests); audited
	 * like a read. "Not found" for anyone else.
	 */
	void requireTeam(UUID caseId);

	/**
	 * Whether the signed-in user may read the case's content: its team, or a judge it is disclosed to
	 * (read-only). Audited like a read; "not found" for anyone else.
	 *
	 * @return {@link CaseAccess#TEAM} or {@link CaseAccess#DISCLOSED}
	 */
	CaseAccess requireReader(UUID caseId);

	/**
	 * Records the receiving State's consent to a placement as it arrived through cooperation: the only way
	 * a {@link ConsentSource#RECEIVED_THROUGH_COOPERATION} consent gets on a case (Hague 1996 art. 33,
	 * Brussels IIb art. 82). Not reachable from the web: the cooperation module calls it when a partner
	 * node's signed answer arrives. Writes the timeline and the audit log.
	 *
	 * @param reference the answer's message and conversation, traceable in both nodes' records
	 * @param actor who answered, e.g. {@code node:<id>}
	 */
	void recordPlacementConsentReceived(UUID caseId, String reference, LocalDate receivedOn, String actor);

	/** Records on the timeline that the receiving State refused the placement; nothing that clears a gate. */
	void recordPlacementConsentRefused(UUID caseId, String reference, String actor);

	/**
	 * Records a family or carer assessment made in the other country at this node's request, as its
	 * central authority answered: it becomes the case's family assessment (a new version; earlier ones are
	 * kept), which the gate {@code NO_FAMILY_ASSESSMENT} looks for. Called by the cooperation module only.
	 */
	void recordFamilyAssessmentReceived(UUID caseId, FamilyAssessment assessment, String reference, String actor);

	/**
	 * Records the receiving side's acceptance of a return or transfer, as it arrived through cooperation:
	 * the care plan accepted by the receiving agency it names, and the receiving guardian or authority's
	 * acceptance of responsibility for the child. These clear {@code CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY}
	 * and {@code NO_RECEIVING_GUARDIAN}. Called by the cooperation module only.
	 *
	 * @param receivingGuardian who took over the guardianship, as the receiving side named them
	 * @param country the receiving country (ISO 3166-1 alpha-2)
	 */
	void recordReturnAccepted(UUID caseId, String receivingGuardian, String country, LocalDate acceptedOn,
			String reference, String actor);

	/** Records the day the child was handed over to the receiving guardian or authority. */
	void recordHandover(UUID caseId, LocalDate handedOverOn, String reference, String actor);

	/**
	 * Records a follow-up report received from the other country: the follow-up due on {@code dueOn} is done
	 * on the day the child was seen (added to the schedule when it was not on it).
	 */
	void recordFollowUpReceived(UUID caseId, LocalDate dueOn, LocalDate seenOn, String reference, String actor);

	/**
	 * Writes a step of a cross-border conversation on the case's timeline, e.g. {@code INFORMATION_ANSWERED}.
	 *
	 * @param event the timeline event's code: the request type and what happened
	 */
	void recordCooperationStep(UUID caseId, String event, String reference, String actor);

	/**
	 * The child of a case as a privacy-preserving identity query encodes it: one record per name on file
	 * (with the sex, nationality and, when the case places it in one calendar year, the year of birth), at
	 * most ten. Only for a member of the case team who may edit it ("not found" for anyone else); refused
	 * with {@link SharingRefusedException} under Hague 1996 art. 37. Audited; the records never leave the
	 * node, only their encodings do.
	 */
	List<org.protect.identity.PersonRecord> identityForQuery(UUID caseId, String purpose);

	/**
	 * Every child on this node, by case, as {@link #identityForQuery} reads one, to answer a partner's
	 * privacy-preserving query: closed cases included (a child re-identified after a return is the
	 * re-trafficking signal). Called by the cooperation module's background worker, not from the web.
	 * Audited as one read of the register.
	 */
	List<RegisteredChild> identityRegister(String purpose, String actor);

	/**
	 * A child on this node as a partner's identity query is compared with.
	 *
	 * @param caseNumber for this node's central authority, to find the case a match points to
	 * @param names one record per name the child is known by
	 */
	record RegisteredChild(UUID caseId, String caseNumber, List<org.protect.identity.PersonRecord> names) {
	}

}
