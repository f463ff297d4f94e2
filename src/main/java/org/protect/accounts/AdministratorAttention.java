package org.protect.accounts;

import java.util.List;

/**
 * Accounts that need an administrator's eye.
 *
 * @param lockedUsers users locked out after repeated failures
 * @param usersWithoutRequiredMfa active users whose roles require MFA and who have not enrolled
 */
public record AdministratorAttention(List<UserSummary> lockedUsers, List<UserSummary> usersWithoutRequiredMfa) {

	public boolean isEmpty() {
		return lockedUsers.isEmpty() && usersWithoutRequiredMfa.isEmpty();
	}

}
