package org.protect.cases;

import java.util.List;

/** The agreed follow-ups after the durable solution was implemented (e.g. after 1, 3, 6 and 12 months). */
public record FollowUpSchedule(List<FollowUp> followUps) {

	public FollowUpSchedule {
		followUps = followUps == null ? List.of() : List.copyOf(followUps);
	}

}
