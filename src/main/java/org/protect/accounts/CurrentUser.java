package org.protect.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.protect.shared.i18n.LanguagePreference;

/**
 * The authenticated user, as every module sees them. Kept in the (database-backed) session, hence
 * serialisable and small.
 */
public record CurrentUser(UUID id, String username, String displayName, UUID organisationId,
		String organisationName, Set<Role> roles, String language) implements Serializable, LanguagePreference {

	@Serial
	private static final long serialVersionUID = 1L;

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/** The signed-in user of the current request, if there is one. */
	public static Optional<CurrentUser> current() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user)
				: Optional.empty();
	}

	public CurrentUser withLanguage(String newLanguage) {
		return new CurrentUser(id, username, displayName, organisationId, organisationName, roles, newLanguage);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	@Override
	public Optional<String> preferredLanguage() {
		return Optional.ofNullable(language);
	}

	@Override
	public String toString() {
		return username;
	}

}
