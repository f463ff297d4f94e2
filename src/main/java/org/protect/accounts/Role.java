package org.protect.accounts;

/**
 * What a user may do on this node. A user's roles decide which kinds of pages and actions they reach;
 * which children's cases they see also depends on their part in each case.
 */
public enum Role {

	ADMIN, CASEWORKER, SUPERVISOR, GUARDIAN, BORDER_OFFICER, CENTRAL_AUTHORITY, JUDGE, SERVICE_PROVIDER,
	DIRECTORY_EDITOR, ANALYST;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
