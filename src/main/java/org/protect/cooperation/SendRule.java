package org.protect.cooperation;

/**
 * Who lets a request of a type leave the node; per type, set by
 * {@code protect.cooperation.send-rule.<TYPE>=TEAM|CENTRAL_AUTHORITY}.
 */
public enum SendRule {

	/** A member of the case team who may edit the case sends it. */
	TEAM,

	/** The case team drafts it; a central authority officer of the node, another person, approves and sends it. */
	CENTRAL_AUTHORITY

}
