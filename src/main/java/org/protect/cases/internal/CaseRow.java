package org.protect.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.protect.cases.CaseStage;

/** A row of {@code cases.child_case}. */
record CaseRow(UUID id, String caseNumber, UUID organisationId, CaseStage stage, LocalDate identifiedOn,
		UUID registeredBy, String displayName, String sex, LocalDate birthEarliest, LocalDate birthLatest,
		String nationalityClaimed, boolean childMissing, boolean disclosureEndangers, int version, Instant createdAt,
		String createdBy, Instant updatedAt, String updatedBy) {
}
