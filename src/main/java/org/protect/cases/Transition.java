package org.protect.cases;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's stage history.
 *
 * @param from the stage the case left
 * @param to the stage it entered
 * @param reason why, in the actor's words
 * @param actorId who moved it
 * @param at when
 * @param overrides the safeguards a supervisor overrode to let it through; usually none
 */
public record Transition(CaseStage from, CaseStage to, String reason, String actorId, Instant at,
		List<SafeguardOverride> overrides) {

	public Transition {
		overrides = List.copyOf(overrides);
	}

	/** Whether the case went back to an earlier stage (a loop, or a reopening). */
	public boolean backwards() {
		return from.isAfter(to);
	}

}
