package org.protect.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment as the case's list shows it.
 *
 * @param effective neither corrected nor voided
 */
public record AssessmentSummary(UUID id, AssessedSituation situation, String optionName, LocalDate followUpDueOn,
		String country, LocalDate assessedOn, String assessedBy, AssessmentSource source, UUID corrects,
		UUID correctedBy, boolean voided, boolean effective, Instant recordedAt, String recordedBy) {
}
