package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a case (its content stored encrypted, fetched separately and audited). */
public record CaseDocument(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
		String description, Instant createdAt, String createdBy) {
}
