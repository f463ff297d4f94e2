package org.protect.cooperation.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for the created_by / updated_by columns: the signed-in user, or the system. */
final class Actors {

	private Actors() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() ? "system" : authentication.getName();
	}

}
