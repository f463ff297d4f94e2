package org.protect.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * An administrator's change to a user. {@code version} is the version the administrator saw, so that a
 * change made meanwhile by someone else is not silently overwritten.
 */
public record UpdateUserCommand(UUID id, int version, String displayName, String email, UUID organisationId,
		Set<Role> roles, String language) {
}
