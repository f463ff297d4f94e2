package org.protect.shared.web;

import java.util.Optional;

import org.slf4j.MDC;

/**
 * Where the current request came from, as far as the audit log and error pages need it.
 */
public final class RequestMetadata {

	public static final String CORRELATION_ID = "correlationId";

	public static final String REMOTE_ADDRESS = "remoteAddress";

	private RequestMetadata() {
	}

	public static Optional<String> correlationId() {
		return Optional.ofNullable(MDC.get(CORRELATION_ID));
	}

	public static Optional<String> remoteAddress() {
		return Optional.ofNullable(MDC.get(REMOTE_ADDRESS));
	}

}
