package org.protect.accounts.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.accounts.UserSummary;

/**
 * A user row with its secrets, for the accounts module's own use only.
 */
public record UserRecord(UUID id, int version, String username, String displayName, String email,
		UUID organisationId, String organisationName, boolean organisationActive, String passwordHash,
		String language, boolean active, int failedAttempts, Instant lockedUntil, String totpSecret,
		boolean totpEnabled, Long totpLastStep, Instant lastLoginAt, Set<Role> roles) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, organisationId, organisationName, roles, language);
	}

	public UserSummary toSummary() {
		return new UserSummary(id, username, displayName, email, organisationId, organisationName, roles, language,
				active, totpEnabled, lockedUntil, lastLoginAt, version);
	}

}
