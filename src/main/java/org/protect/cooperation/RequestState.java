package org.protect.cooperation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a cross-border request stands, on either side, and the moves allowed between the states. Pure
 * Java: {@link #canMoveTo} is the whole state machine.
 */
public enum RequestState {

	/** Written, waiting for the central authority's approval before it leaves the node. */
	DRAFT,
	/** In the outbox (or, on the recipient, never: it arrives delivered). */
	SENT,
	/** The partner's signed receipt arrived; on the recipient, the request is in its queue. */
	DELIVERED,
	/** The recipient has opened it. */
	ACKNOWLEDGED,
	/** Answered (consent given, report sent). */
	ANSWERED,
	/** Refused or declined by the recipient. */
	DECLINED,
	/** Withdrawn by the sender. */
	WITHDRAWN,
	/** Could not be delivered within the retry window. */
	FAILED,
	/** Past its deadline without an answer; an answer may still come. */
	OVERDUE;

	private static final Map<RequestState, Set<RequestState>> NEXT = Map.of(
			DRAFT, EnumSet.of(SENT, WITHDRAWN),
			// An acknowledgement or an answer proves delivery even if it overtakes the receipt.
			SENT, EnumSet.of(DELIVERED, ACKNOWLEDGED, ANSWERED, DECLINED, FAILED, WITHDRAWN, OVERDUE),
			DELIVERED, EnumSet.of(ACKNOWLEDGED, ANSWERED, DECLINED, WITHDRAWN, OVERDUE),
			ACKNOWLEDGED, EnumSet.of(ANSWERED, DECLINED, WITHDRAWN, OVERDUE),
			OVERDUE, EnumSet.of(ACKNOWLEDGED, ANSWERED, DECLINED, WITHDRAWN),
			FAILED, EnumSet.of(WITHDRAWN),
			ANSWERED, EnumSet.noneOf(RequestState.class),
			DECLINED, EnumSet.noneOf(RequestState.class),
			WITHDRAWN, EnumSet.noneOf(RequestState.class));

	public boolean canMoveTo(RequestState next) {
		return NEXT.get(this).contains(next);
	}

	/** No move leaves this state. */
	public boolean isFinal() {
		return NEXT.get(this).isEmpty();
	}

	/** Waiting for the other side's answer, so the deadline runs. */
	public boolean awaitsAnswer() {
		return this == SENT || this == DELIVERED || this == ACKNOWLEDGED || this == OVERDUE;
	}

	/**
	 * The state after a move.
	 *
	 * @throws IllegalStateException when the move is not allowed
	 */
	public RequestState moveTo(RequestState next) {
		if (!canMoveTo(next)) {
			throw new IllegalStateException("a request cannot move from " + this + " to " + next);
		}
		return next;
	}

}
