package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/** A court the case is disclosed to, why, by whom and when. */
public record Disclosure(UUID id, UUID organisationId, String organisationName, String reason, Instant disclosedAt,
		String disclosedBy) {
}
