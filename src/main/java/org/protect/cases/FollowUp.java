package org.protect.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agreed follow-up visit or report after the durable solution was implemented.
 *
 * @param dueOn when it is due
 * @param doneOn when it was done, or {@code null}
 * @param waiverReason why it was waived, or {@code null}; a waiver without a reason is no waiver
 */
public record FollowUp(LocalDate dueOn, LocalDate doneOn, String waiverReason) {

	public FollowUp {
		Objects.requireNonNull(dueOn, "dueOn");
		if (waiverReason != null && waiverReason.isBlank()) {
			waiverReason = null;
		}
	}

	public static FollowUp due(LocalDate dueOn) {
		return new FollowUp(dueOn, null, null);
	}

	public FollowUp doneOn(LocalDate date) {
		return new FollowUp(dueOn, date, waiverReason);
	}

	public FollowUp waived(String reason) {
		return new FollowUp(dueOn, doneOn, reason);
	}

	/** Done, or waived with a reason. */
	public boolean settled() {
		return doneOn != null || waiverReason != null;
	}

	/** Neither settled nor still in time: the due day has passed. */
	public boolean overdueOn(LocalDate today) {
		return !settled() && dueOn.isBefore(today);
	}

}
