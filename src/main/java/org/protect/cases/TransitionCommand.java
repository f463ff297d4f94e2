package org.protect.cases;

import java.util.List;

/**
 * Moves a case to another stage.
 *
 * @param to the stage asked for
 * @param reason why, in the actor's words
 * @param overrides the safeguards a supervisor overrides for this transition, each with its reason
 * @param closure how the case ends; required for {@link CaseStage#CLOSED}
 */
public record TransitionCommand(CaseStage to, String reason, List<OverrideRequest> overrides, Closure closure) {

	public TransitionCommand {
		overrides = overrides == null ? List.of() : List.copyOf(overrides);
	}

	public static TransitionCommand to(CaseStage to, String reason) {
		return new TransitionCommand(to, reason, List.of(), null);
	}

}
