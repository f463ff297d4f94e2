package org.protect.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up of the case's schedule and the assessment recorded for it.
 *
 * @param overdue neither done nor waived, and past its day (the case raises its follow-up alert)
 * @param assessmentId the effective follow-up assessment recorded for it, or {@code null}
 */
public record FollowUpStatus(LocalDate dueOn, LocalDate doneOn, String waiverReason, boolean overdue,
		UUID assessmentId) {
}
