package org.protect.cooperation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.cooperation.Cooperation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits a federation message whose declared size is over the limit. The shared body-limit filter, which
 * runs next, answers it with 413 before anything reads it; refused messages must all be on the audit log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 9)
class FederationBodySizeAuditFilter extends OncePerRequestFilter {

	private final Cooperation cooperation;

	private final long maxBytes;

	FederationBodySizeAuditFilter(Cooperation cooperation,
			@Value("${protect.api.max-body-bytes:1048576}") long maxBytes) {
		this.cooperation = cooperation;
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/federation/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			cooperation.refuseOversized(request.getContentLengthLong());
		}
		chain.doFilter(request, response);
	}

}
