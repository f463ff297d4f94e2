package org.protect.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports that run in the background with their progress kept in the database, so that a large import
 * does not hold a request open and any instance can report on it.
 */
public interface DirectoryImports {

	/**
	 * Checks the entries at once and, when they are fine, starts importing them in the background.
	 *
	 * @throws ImportRefusedException with every problem when they are not
	 */
	UUID start(List<EntryDocument> entries);

	Optional<ImportJob> job(UUID id);

	/** Reads agencies and their contacts from CSV (see docs/directory-format.md); problems name the line. */
	List<EntryDocument> readAgenciesCsv(String csv);

}
