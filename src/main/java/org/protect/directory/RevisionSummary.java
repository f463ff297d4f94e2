package org.protect.directory;

import java.time.Instant;

/**
 * One revision in an entry's history.
 */
public record RevisionSummary(int revision, String author, Instant createdAt, String status, String reviewer,
		Instant reviewedAt, String comment) {
}
