package org.protect.monitoring;

/** Who made an assessment. */
public enum AssessmentSource {

	/** This node's case team. */
	LOCAL,

	/**
	 * Another country's agency, e.g. the receiving country after a return, whose report arrived through
	 * cross-border cooperation (a follow-up report request) or by letter; the case team records it with the
	 * reference of the answer.
	 */
	PARTNER;

	public String messageKey() {
		return "enum.AssessmentSource." + name();
	}

}
