package org.protect.monitoring;

/** What an assessment is about. */
public enum AssessedSituation {

	/** The child's situation as it is now. */
	CURRENT,

	/**
	 * An option being considered for the child (staying here, a return, a placement elsewhere), named by the
	 * caseworker, so that the best-interests determination can compare the options side by side.
	 */
	OPTION,

	/** A follow-up of the case's schedule after a return or placement: the child's situation as found then. */
	FOLLOW_UP;

	public String messageKey() {
		return "enum.AssessedSituation." + name();
	}

}
