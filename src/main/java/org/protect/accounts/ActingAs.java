package org.protect.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.protect.accounts.Colleagues.Colleague;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work a node does in a user's name without a request of theirs, e.g. writing demo data through the same
 * services (and so the same checks and audit) as the user's own requests would.
 */
public final class ActingAs {

	private ActingAs() {
	}

	/**
	 * Runs {@code work} signed in as {@code who}, as a request of theirs would; {@code null} signs in a system
	 * principal without roles, enough to look colleagues up. The caller's own security context is restored.
	 */
	public static <T> T colleague(Colleague who, Supplier<T> work) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("USER"));
		Object principal = "demo-data";
		if (who != null) {
			who.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
			principal = new CurrentUser(who.id(), who.username(), who.displayName(), who.organisationId(),
					who.organisationName(), who.roles(), null);
		}
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
