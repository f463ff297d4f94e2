package org.protect.cooperation.internal;

import java.util.UUID;

/** What the dispatcher tells the request conversations about their outgoing messages, in its transaction. */
final class RequestDeliveryEvents {

	private RequestDeliveryEvents() {
	}

	/** The partner's signed receipt for the message arrived. */
	record MessageDelivered(UUID messageId) {
	}

	/** The message will not be delivered. */
	record MessageFailed(UUID messageId) {
	}

}
