package org.protect.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answers to a missing or bad token (401) and to a forbidden request (403), as problem JSON.
 */
@Component
class ApiSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String INVALID_TOKEN = "invalid-token";

	private final ProblemResponses problems;

	private final AuditLog audit;

	ApiSecurityHandlers(ProblemResponses problems, AuditLog audit) {
		this.problems = problems;
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		String code = INVALID_TOKEN.equals(exception.getMessage()) ? INVALID_TOKEN : "unauthorized";
		problems.write(response, HttpStatus.UNAUTHORIZED, code, null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (Authorities.has(authentication, Authorities.MFA_ENROLMENT_REQUIRED)) {
			problems.write(response, HttpStatus.FORBIDDEN, "mfa-enrolment-required", null);
			return;
		}
		audit.record(AuditEvent.of("ACCESS_DENIED", AuditOutcome.DENIED)
			.withDetails(request.getMethod() + " " + request.getRequestURI()));
		problems.write(response, HttpStatus.FORBIDDEN, "forbidden", null);
	}

}
