package org.protect.cooperation;

/**
 * Where an outgoing message stands.
 */
public enum DeliveryState {

	/** In the outbox, waiting for its next attempt. */
	PENDING,
	/** The partner's signed receipt arrived and verified. */
	DELIVERED,
	/** Not delivered within the retry window, or refused for good by the partner: administrators are alerted. */
	FAILED,
	/** Not sent any more: the request it carried was withdrawn before it was delivered. */
	WITHDRAWN

}
