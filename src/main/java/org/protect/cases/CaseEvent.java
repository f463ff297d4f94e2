package org.protect.cases;

import java.time.Instant;

/** Something that happened to a case, in the past tense, for the audit log and other modules. */
public sealed interface CaseEvent permits CaseTransitioned, SafeguardOverridden, CaseReopened {

	CaseId caseId();

	Instant at();

}
