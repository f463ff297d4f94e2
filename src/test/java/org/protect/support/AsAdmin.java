package org.protect.support;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls in a test as a signed-in administrator, so that the services' own permission
 * checks apply as in production.
 */
public final class AsAdmin {

	private AsAdmin() {
	}

	public static <T> T call(Supplier<T> work) {
		var user = new CurrentUser(UUID.randomUUID(), "test-admin", "Test Administrator", UUID.randomUUID(),
				"Test organisation", Set.of(Role.ADMIN), null);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				java.util.List.of(new SimpleGrantedAuthority("USER"), new SimpleGrantedAuthority("ROLE_ADMIN")));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

}
