package org.protect.cases;

import java.time.Instant;

/** A case moved from one stage to another. */
public record CaseTransitioned(CaseId caseId, CaseStage from, CaseStage to, String reason, String actorId, Instant at)
		implements CaseEvent {
}
