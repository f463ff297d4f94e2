package org.protect.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation as listed to administrators.
 */
public record OrganisationSummary(UUID id, String name, OrganisationType type, String country, boolean active,
		long users, Instant updatedAt, int version) {
}
