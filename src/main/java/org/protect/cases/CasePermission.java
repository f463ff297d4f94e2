package org.protect.cases;

/** What a reader may do with a case, as the service decides it; pages show only the actions allowed. */
public enum CasePermission {

	/** Record facts, assessments, plans, referrals, notes and documents; move the case. */
	EDIT,

	/** Record the child's views and notes (the guardian). */
	EDIT_CHILD_VIEWS,

	/** Approve the determination, override an overridable safeguard, close, manage the team, disclose. */
	SUPERVISE,

	/** Download documents. */
	DOWNLOAD,

	/** Manage the team (supervisors of the owning organisation, on the team or not: they assign the work). */
	ASSIGN

}
