package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/** A referral on a case. */
public record Referral(UUID id, UUID organisationId, String organisationName, String service, ReferralBasis basis,
		String basisDetail, ReferralStatus status, String statusNote, Instant sentAt, String sentBy, Instant updatedAt,
		String updatedBy) {
}
