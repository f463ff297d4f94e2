package org.protect.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What directory editors do: draft, review and publish with four eyes, restore old revisions, record
 * verification, find stale entries, and exchange the directory as JSON. Every change is audited.
 */
public interface DirectoryEditing {

	/** The latest revision of an entry, whatever its status. */
	Optional<DirectoryEntry> working(String key);

	/** Entries whose latest revision is a draft or in review. */
	List<DirectoryEntry> inProgress();

	/** Creates an entry as a draft; returns its key. */
	String create(EntryDocument document);

	/** Saves a new draft revision; {@code expectedRevision} is the latest revision the editor saw. */
	void saveDraft(String key, int expectedRevision, EntryDocument document);

	void submitForReview(String key);

	/** Publishes the revision in review; refused to the editor who wrote it. */
	void publish(String key);

	/** Returns the revision in review to its author with a comment; refused to the editor who wrote it. */
	void sendBack(String key, String comment);

	/** Makes an old revision the new draft. */
	void restore(String key, int revision);

	/** Records that the published entry was checked today against {@code sourceUrl}. */
	void markVerified(String key, String sourceUrl);

	List<RevisionSummary> history(String key);

	/** What changed in a revision against the one before it. */
	List<FieldChange> changes(String key, int revision);

	/** Published entries of a country (or international ones, for null) verified more than 12 months ago. */
	List<DirectoryEntry> stale(String country);

	/** The whole directory, or one country's entries with their children, with every revision. */
	ExportDocument export(String country);

	/** Every problem of a document to import; empty when it can be imported. */
	List<ImportProblem> check(List<EntryDocument> entries);

	/**
	 * Imports all entries or none. New keys become entries, known keys get a new revision; all of it
	 * waits in review for a second editor, who may publish the whole import at once.
	 *
	 * @return the import's id and counts
	 * @throws org.protect.shared.InvalidInputException when {@link #check} finds problems
	 */
	ImportOutcome importEntries(List<EntryDocument> entries, ImportProgress progress);

	/** Publishes every revision of an import still in review; refused to the editor who imported it. */
	int publishImport(UUID importId);

	/**
	 * One changed field.
	 *
	 * @param field its path, such as {@code translations.en.summary}
	 * @param before the old value, or null
	 * @param after the new value, or null
	 */
	record FieldChange(String field, String before, String after) {
	}

	/**
	 * How an import ended.
	 *
	 * @param importId its id
	 * @param created entries created
	 * @param revised entries that got a new revision
	 */
	record ImportOutcome(UUID importId, int created, int revised) {
	}

	/** Told how far an import has come. */
	@FunctionalInterface
	interface ImportProgress {

		void processed(int done, int total);

		ImportProgress NONE = (done, total) -> {
		};

	}

}
