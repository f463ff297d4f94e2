package org.protect.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user as administrators see them. Never carries the password hash or the MFA secret.
 */
public record UserSummary(UUID id, String username, String displayName, String email, UUID organisationId,
		String organisationName, Set<Role> roles, String language, boolean active, boolean mfaEnabled,
		Instant lockedUntil, Instant lastLoginAt, int version) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
