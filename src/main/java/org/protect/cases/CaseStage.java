package org.protect.cases;

/**
 * The stages of a case, in the order a case normally moves through them. A case may jump ahead (every
 * gate on the way is checked) or loop back (with a reason, no gate).
 */
public enum CaseStage {

	/** First contact: the child is treated as a child first and screened for trafficking indicators. */
	IDENTIFIED,

	/** Safe accommodation, interpreter and an independent guardian or representative. */
	PROTECTED,

	/** Identity and nationality verified through safe channels; age assessed only where there is real doubt. */
	VERIFIED,

	/** Risk and safety assessment, best-interests assessment with the child's views, family assessment. */
	ASSESSED,

	/** The best-interests determination by a panel chose a durable solution. */
	DETERMINED,

	/** The care plan, and for a return or transfer the receiving side's acceptance and the hand-over. */
	PLANNED,

	/** Integration services started, or the return or transfer carried out with a signed hand-over. */
	IMPLEMENTED,

	/** Scheduled well-being monitoring, reported back by whoever now cares for the child. */
	FOLLOWED_UP,

	/** The durable solution confirmed or the case handed to another country's authority; read-only. */
	CLOSED;

	/** Whether this stage comes after {@code other}. */
	public boolean isAfter(CaseStage other) {
		return ordinal() > other.ordinal();
	}

}
