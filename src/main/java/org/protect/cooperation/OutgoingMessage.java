package org.protect.cooperation;

import java.time.Instant;
import java.util.UUID;

/**
 * An outgoing message and its delivery.
 *
 * @param lastError why the last attempt failed (a problem code or a transport error, no personal data)
 */
public record OutgoingMessage(UUID messageId, UUID conversationId, String type, UUID recipientNode,
		DeliveryState state, int attempts, Instant createdAt, Instant deliveredAt, Instant failedAt, String lastError) {
}
