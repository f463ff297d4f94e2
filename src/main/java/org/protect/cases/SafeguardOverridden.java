package org.protect.cases;

import java.time.Instant;

/** A supervisor let a transition through although a safeguard was unmet. */
public record SafeguardOverridden(CaseId caseId, SafeguardOverride override) implements CaseEvent {

	@Override
	public Instant at() {
		return override.at();
	}

}
