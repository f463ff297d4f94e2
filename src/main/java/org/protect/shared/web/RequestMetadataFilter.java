package org.protect.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (taken from {@code X-Correlation-Id} when it is well formed) and
 * keeps it and the client's address in the logging context, where the audit log and error pages find
 * them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMetadataFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Correlation-Id";

	private static final String ATTRIBUTE = RequestMetadataFilter.class.getName() + ".correlationId";

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error dispatch keeps the id of the request that failed.
		String correlationId = request.getAttribute(ATTRIBUTE) instanceof String known ? known : newId(request);
		request.setAttribute(ATTRIBUTE, correlationId);
		MDC.put(RequestMetadata.CORRELATION_ID, correlationId);
		MDC.put(RequestMetadata.REMOTE_ADDRESS, request.getRemoteAddr());
		response.setHeader(HEADER, correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestMetadata.CORRELATION_ID);
			MDC.remove(RequestMetadata.REMOTE_ADDRESS);
		}
	}

	private static String newId(HttpServletRequest request) {
		String incoming = request.getHeader(HEADER);
		return incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
