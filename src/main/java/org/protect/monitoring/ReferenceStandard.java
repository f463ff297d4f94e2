package org.protect.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What "adequate" means for one condition in one country: the local reference a rating is read against (the
 * law, the authorities' guidance, what services provide there). Shown next to the ratings of a situation in
 * that country.
 *
 * @param adequate what adequate means there, as written (in the language of whoever wrote it)
 * @param source the law, guidance or report it is taken from
 * @param verifiedOn when it was checked against the source, for {@link StandardStatus#VERIFIED}
 */
public record ReferenceStandard(UUID id, String country, Condition condition, String adequate, String source,
		StandardStatus status, LocalDate verifiedOn, int version, Instant updatedAt, String updatedBy) {
}
