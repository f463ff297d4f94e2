package org.protect.cases;

/** A person's part in a case team. */
public enum TeamPart {

	/** The caseworker responsible for the case. */
	OWNER,

	/** A caseworker assigned to help. */
	CASEWORKER,

	/** The child's guardian or representative (as a user of this node). */
	GUARDIAN,

	/** The supervisor who approves determinations, overrides and closure. */
	SUPERVISOR

}
