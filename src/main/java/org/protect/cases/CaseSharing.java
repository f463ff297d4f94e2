package org.protect.cases;

import java.time.LocalDate;
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
	 * Whether the signed-in user is on the case's team (and so may follow the case's requests); audited
	 * like a read. "Not found" for anyone else.
	 */
	void requireTeam(UUID caseId);

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

}
