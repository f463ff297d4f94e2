package org.protect.cooperation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A privacy-preserving identity query, as either side sees it. The asking side sees the partner's answer
 * only: a possible match with the partner's references (to quote to its central authority), or none. The
 * answering side's central authority also sees which of its own cases each reference points to.
 *
 * @param caseId the case asked about (asking side only)
 * @param state {@code SENT} until the answer comes; {@code RECEIVED}, then {@code ANSWERED}, on the answering side
 * @param outcome {@code POSSIBLE_MATCH} or {@code NO_MATCH}, once answered
 * @param references the partner's references of a possible match (asking side) or this node's (answering side)
 * @param matches on the answering side, the cases the references point to; empty on the asking side
 */
public record IdentityQuerySummary(UUID id, UUID conversationId, RequestDirection direction, UUID partnerNodeId,
		String partnerName, UUID caseId, String state, String outcome, List<String> references, List<Match> matches,
		Instant createdAt, String createdBy, Instant answeredAt) {

	/** A case of this node that a partner's query matched. */
	public record Match(String reference, UUID caseId, String caseNumber, double dice) {
	}

}
