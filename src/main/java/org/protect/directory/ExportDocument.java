package org.protect.directory;

import java.time.Instant;
import java.util.List;

/**
 * The directory, or one country's part of it, in the exchange format {@code protect-directory/1}.
 */
public record ExportDocument(String format, Instant exportedAt, String node, List<ExportedEntry> entries) {

	public static final String FORMAT = "protect-directory/1";

	/**
	 * An entry with its history.
	 *
	 * @param entry the latest revision, in the exchange format
	 * @param revision its number
	 * @param revisions every revision, oldest first
	 */
	public record ExportedEntry(@com.fasterxml.jackson.annotation.JsonUnwrapped EntryDocument entry, int revision,
			List<ExportedRevision> revisions) {
	}

	/**
	 * One revision of an exported entry.
	 */
	public record ExportedRevision(int revision, String author, Instant createdAt, String status, String reviewer,
			Instant reviewedAt, String comment, EntryDocument document) {
	}

}
