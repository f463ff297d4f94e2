package org.protect.cases;

import java.time.Instant;
import java.util.UUID;

/** A note on a case (stored encrypted). */
public record CaseNote(UUID id, String body, Instant createdAt, String createdBy) {
}
