package org.protect.cooperation;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A message to put in the outbox.
 *
 * @param recipientNode the partner node it goes to
 * @param type the message type's code (for example {@code PING})
 * @param conversationId the conversation it belongs to; a new one when null
 * @param inReplyTo the message it answers; may be null
 * @param legalBasis the legal basis it is sent under (for example "Hague 1996 art. 32"); may be null
 * @param payload the type's own content, valid for the type
 */
public record SendMessageCommand(UUID recipientNode, String type, UUID conversationId, UUID inReplyTo,
		String legalBasis, JsonNode payload) {
}
