package org.protect.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Organisations and users of this node: what administrators do, and what every user does to their own
 * account. Every change is audited; nobody can remove the last active administrator.
 */
public interface AccountManagement {

	List<OrganisationSummary> organisations();

	OrganisationSummary organisation(UUID id);

	UUID saveOrganisation(SaveOrganisationCommand command);

	void setOrganisationActive(UUID id, boolean active);

	List<UserSummary> users(String text, UUID organisationId);

	UserSummary user(UUID id);

	UUID createUser(CreateUserCommand command);

	void updateUser(UpdateUserCommand command);

	void setUserActive(UUID id, boolean active);

	/** Sets a new password chosen by the administrator and lifts any lock-out. */
	void resetPassword(UUID id, String newPassword);

	/** Removes the user's TOTP enrolment: they enrol again at their next sign-in where MFA is required. */
	void resetMfa(UUID id);

	void unlock(UUID id);

	/** What an administrator should look at: locked accounts and users yet to enrol in MFA where it is required. */
	AdministratorAttention attention();

	/** Whether users with these roles must use MFA on this node. */
	boolean mfaRequiredFor(Set<Role> roles);

	/** The signed-in user changes their own password, proving the current one. */
	void changeOwnPassword(String currentPassword, String newPassword);

	/** The signed-in user's interface language (a supported code, or null for the browser's choice). */
	void setOwnLanguage(String language);

}
