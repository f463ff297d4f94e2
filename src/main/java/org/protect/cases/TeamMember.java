package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/** A member of a case team. */
public record TeamMember(UUID id, UUID userId, String username, String displayName, String organisationName,
		TeamPart part, Instant addedAt, String addedBy) {
}
