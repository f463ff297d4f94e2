package org.protect.accounts;

import java.util.Set;
import java.util.UUID;

/**
 * What an administrator gives to create a user.
 */
public record CreateUserCommand(String username, String displayName, String email, UUID organisationId,
		Set<Role> roles, String language, String password) {
}
