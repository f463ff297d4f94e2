package org.protect.cases;

import java.util.Objects;

/**
 * The best-interests determination as the gates see it.
 *
 * @param solution the durable solution the panel chose (or proposes, while not yet approved)
 * @param approvedBySupervisor whether a supervisor approved it
 * @param approverSatOnPanel whether that supervisor was a member of the panel
 */
public record Bid(DurableSolution solution, boolean approvedBySupervisor, boolean approverSatOnPanel) {

	public Bid {
		Objects.requireNonNull(solution, "solution");
	}

	/**
	 * Approved by a supervisor who was not on the panel: the approval is a second pair of eyes, which a
	 * panel member cannot be for their own decision (UNHCR BID guidelines; CRC General Comment 14 paras. 85-99).
	 */
	public boolean validlyApproved() {
		return approvedBySupervisor && !approverSatOnPanel;
	}

}
