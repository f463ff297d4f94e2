package org.protect.cases.internal;

import java.time.Instant;

import org.protect.cases.CasePart;

/** A row of {@code cases.case_part}: the document as JSON. */
record StoredPart(CasePart part, String json, int version, Instant updatedAt, String updatedBy) {
}
