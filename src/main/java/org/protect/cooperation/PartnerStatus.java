package org.protect.cooperation;

/**
 * Whether a partner's messages are accepted and messages are sent to it.
 */
public enum PartnerStatus {

	/** Messages flow both ways. */
	ACTIVE,
	/** An administrator suspended the partnership: its messages are refused, ours wait in the outbox. */
	SUSPENDED

}
