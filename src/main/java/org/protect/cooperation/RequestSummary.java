package org.protect.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cross-border request as a list shows it.
 *
 * @param partnerName the partner node's name and country as pinned, e.g. {@code Demo node (LV)}
 * @param caseId the case on this node (outgoing only)
 * @param partnerCaseNumber the partner's case number (incoming only), for reference
 * @param deadline when the answer is due, or {@code null} for a notice
 */
public record RequestSummary(UUID id, UUID conversationId, RequestType type, RequestDirection direction,
		UUID partnerNodeId, String partnerName, UUID caseId, String partnerCaseNumber, String legalBasis, RequestState state,
		SendRule sendRule, LocalDate deadline, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy, int version) {
}
