package org.protect.cases;

/** Where a referral to another organisation stands. */
public enum ReferralStatus {

	SENT, ACCEPTED, DECLINED, DONE;

	/** The statuses a referral may move to from this one. */
	public boolean mayBecome(ReferralStatus next) {
		return switch (this) {
			case SENT -> next == ACCEPTED || next == DECLINED;
			case ACCEPTED -> next == DONE;
			case DECLINED, DONE -> false;
		};
	}

}
