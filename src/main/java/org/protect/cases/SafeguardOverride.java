package org.protect.cases;

import java.time.Instant;

/**
 * A safeguard a supervisor overrode, kept on the case forever and shown with it. (Not named
 * {@code Override}, which would hide {@code java.lang.Override} in this package.)
 *
 * @param safeguard the safeguard overridden
 * @param reason the supervisor's written reason
 * @param supervisorId who overrode it
 * @param from the stage the case left
 * @param to the stage the case entered
 * @param at when
 */
public record SafeguardOverride(Safeguard safeguard, String reason, String supervisorId, CaseStage from, CaseStage to,
		Instant at) {
}
