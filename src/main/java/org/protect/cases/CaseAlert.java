package org.protect.cases;

/** Something on a case that needs someone's attention now; shown on the home page of the people on the case. */
public enum CaseAlert {

	/** A return or transfer is chosen and the child turns 18 within the horizon (or already has). */
	TURNING_18_SOON,

	/** Still no independent guardian three working days after identification. */
	NO_GUARDIAN_AFTER_3_WORKING_DAYS,

	/** An agreed follow-up is past its due date, neither done nor waived. */
	FOLLOW_UP_OVERDUE,

	/** A review the determination or the care plan set is past its date, and the case is still open. */
	REVIEW_OVERDUE,

	/** The child is reported missing. */
	CHILD_MISSING;

	/** The message key of the sentence shown to people, e.g. {@code cases.alert.CHILD_MISSING}. */
	public String messageKey() {
		return "cases.alert." + name();
	}

}
