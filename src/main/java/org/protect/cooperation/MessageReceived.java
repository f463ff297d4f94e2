package org.protect.cooperation;

import java.util.UUID;

/**
 * A partner's message was stored in the inbox, the first time it arrived (a repeat publishes nothing).
 * Published in the transaction that stored it.
 *
 * @param payload the payload as JSON text
 */
public record MessageReceived(UUID messageId, UUID conversationId, UUID inReplyTo, String type, UUID senderNode,
		String legalBasis, String payload) {
}
