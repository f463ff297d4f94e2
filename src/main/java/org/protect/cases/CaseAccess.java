package org.protect.cases;

/**
 * How much of a case a user sees, decided by their role and their part in the case. Enforced in the
 * service, for pages and API alike.
 */
public enum CaseAccess {

	/** A member of the case team: the whole case; changes as their part allows. */
	TEAM,

	/** A judge whose court the case is disclosed to: the whole case, read-only. */
	DISCLOSED,

	/** The border officer who registered the child: the registration and the stage, read-only. */
	REGISTRATION,

	/**
	 * Caseworkers and supervisors of the owning organisation who are not on the team: that the case exists
	 * (its number, stage and team), so that work can be assigned and a child is not registered twice.
	 */
	EXISTENCE,

	/** Nothing: for this user the case does not exist. */
	NONE;

	/** Whether this access shows the child's identity and the case's content. */
	public boolean showsChild() {
		return this == TEAM || this == DISCLOSED || this == REGISTRATION;
	}

	public boolean showsContent() {
		return this == TEAM || this == DISCLOSED;
	}

}
