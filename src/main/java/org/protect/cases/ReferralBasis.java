package org.protect.cases;

/** What allows the child's data to go to the organisation a referral is sent to. */
public enum ReferralBasis {

	/** The child (with the guardian) consented. */
	CHILD_CONSENT,

	/** A law requires or allows it; name it in the detail. */
	LEGAL_BASIS

}
