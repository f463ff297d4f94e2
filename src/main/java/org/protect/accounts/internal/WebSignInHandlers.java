package org.protect.accounts.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Where the sign-in page leads: to the next MFA step, or to the page first asked for; back to the form
 * on failure. Someone half signed in who asks for any other page is sent back to their next step.
 */
@Component
class WebSignInHandlers
		implements AuthenticationSuccessHandler, AuthenticationFailureHandler, AccessDeniedHandler, LogoutHandler {

	/** Session attribute: when the password was accepted, for the absolute session time-out. */
	public static final String AUTHENTICATED_AT = "protect.authenticatedAt";

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	private final AuditLog audit;

	WebSignInHandlers(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		HttpSession session = request.getSession();
		session.setAttribute(AUTHENTICATED_AT, Instant.now());
		if (Authorities.has(authentication, Authorities.MFA_PENDING)) {
			response.sendRedirect(request.getContextPath() + "/login/code");
		}
		else if (Authorities.has(authentication, Authorities.MFA_ENROLMENT_REQUIRED)) {
			response.sendRedirect(request.getContextPath() + "/account/mfa");
		}
		else {
			savedRequest.onAuthenticationSuccess(request, response, authentication);
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (Authorities.has(authentication, Authorities.MFA_PENDING)) {
			response.sendRedirect(request.getContextPath() + "/login/code");
		}
		else if (Authorities.has(authentication, Authorities.MFA_ENROLMENT_REQUIRED)) {
			response.sendRedirect(request.getContextPath() + "/account/mfa");
		}
		else {
			audit.record(AuditEvent.of("ACCESS_DENIED", org.protect.audit.AuditOutcome.DENIED)
				.withDetails(request.getMethod() + " " + request.getRequestURI()));
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof org.protect.accounts.CurrentUser user) {
			audit.record(AuditEvent.success("LOGOUT", "app_user", user.id()).by(user.username()));
		}
	}

}
