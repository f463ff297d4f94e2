package org.protect.cases;

import java.time.Instant;

/**
 * One part of a case file as it stands, with its version for optimistic locking.
 *
 * @param part which part
 * @param document its document (the record type of {@link CasePart#documentType()})
 * @param version its version; give it back when saving, so that nobody's change is silently lost
 * @param updatedAt when it last changed
 * @param updatedBy who changed it (user name)
 */
public record PartVersion(CasePart part, Object document, int version, Instant updatedAt, String updatedBy) {
}
