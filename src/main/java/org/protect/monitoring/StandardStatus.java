package org.protect.monitoring;

/** How far a reference standard can be relied on. */
public enum StandardStatus {

	/** Synthetic text of a demo node: never to be relied on. */
	DEMO,

	/** Written, but not checked against a source. */
	UNVERIFIED,

	/** Checked against the source named, on the day given. */
	VERIFIED;

	public String messageKey() {
		return "enum.StandardStatus." + name();
	}

}
