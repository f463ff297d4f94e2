package org.protect.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls in a test as a signed-in user with the given roles, so that the services'
 * permission checks and their record of who did what apply as in production.
 */
public final class AsUser {

	private AsUser() {
	}

	public static <T> T call(String username, Role role, Supplier<T> work) {
		var user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes()), username, "Synthetic " + username,
				UUID.randomUUID(), "Test organisation", EnumSet.of(role), null);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("USER"));
		authorities.add(new SimpleGrantedAuthority(role.authority()));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(String username, Role role, Runnable work) {
		call(username, role, () -> {
			work.run();
			return null;
		});
	}

}
