package org.protect.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A request as a thread: its legal basis, deadline and state, and every message in and out, oldest first.
 */
public record RequestDetails(UUID id, UUID conversationId, RequestType type, RequestDirection direction,
		UUID partnerNodeId, String partnerName, String partnerCountry, UUID caseId, String partnerCaseNumber,
		String legalBasis, RequestState state, SendRule sendRule, LocalDate deadline, String approvedBy,
		Instant approvedAt, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version,
		List<Message> messages) {

	/**
	 * One message of the thread.
	 *
	 * @param messageId the outbox or inbox message id; {@code null} for a draft not sent yet
	 * @param kind {@code REQUEST} or {@code ANSWER}
	 * @param delivery for an outgoing message, its delivery; {@code null} for an incoming one or a draft
	 */
	public record Message(UUID id, UUID messageId, RequestDirection direction, String kind, JsonNode payload,
			Instant at, String by, DeliveryState delivery) {
	}

}
