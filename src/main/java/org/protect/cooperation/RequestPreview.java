package org.protect.cooperation;

import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Exactly what a request would carry out of the node, and under which legal basis, before the sender
 * confirms it.
 *
 * @param payload the message's payload as it would leave, the minimised case extract included
 */
public record RequestPreview(RequestType type, UUID partnerNodeId, String partnerName, String partnerCountry,
		String legalBasis, SendRule sendRule, LocalDate deadline, JsonNode payload) {
}
