package org.protect.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.internal.Authorities;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Puts a fully signed-in user into the current request and its (database-backed) session: after the
 * second factor, after MFA enrolment, and when the user's own profile changes.
 */
final class SessionAuthentication {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SessionAuthentication() {
	}

	static void save(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(Authorities.full(user));
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** Signs the user in fully under a new session id, so that a half signed-in session cannot be fixed. */
	static void signInFully(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		save(user, request, response);
	}

}
