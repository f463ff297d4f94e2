package org.protect.accounts.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session a fixed time after sign-in ({@code protect.security.absolute-session-timeout}),
 * however active it is; the idle time-out is the session's own. Not a bean, so that it runs only in the
 * pages' security chain.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final SecurityProperties properties;

	AbsoluteSessionTimeoutFilter(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(WebSignInHandlers.AUTHENTICATED_AT) instanceof Instant since
				&& since.plus(properties.absoluteSessionTimeout()).isBefore(Instant.now())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
