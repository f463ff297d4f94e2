package org.protect.cases;

import java.time.Instant;

/** A closed case was reopened. */
public record CaseReopened(CaseId caseId, CaseStage to, String reason, String actorId, Instant at)
		implements CaseEvent {
}
