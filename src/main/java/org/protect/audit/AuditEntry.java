package org.protect.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log as an auditor reads it.
 */
public record AuditEntry(UUID id, long seq, Instant occurredAt, String actor, String action, String recordType,
		String recordId, AuditOutcome outcome, String remoteAddress, String correlationId, String details) {
}
