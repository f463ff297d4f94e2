package org.protect.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.ImportProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference content shipped with Protect (instruments, countries, agencies, generic
 * procedures; {@code src/main/resources/directory/reference}) at start-up. Only keys the directory does
 * not have yet are added, published as shipped: what editors changed is never overwritten, and a newer
 * release's additions arrive on its first start.
 */
@Component
@Order(20)
class ReferenceContentLoader implements ApplicationRunner {

	static final List<String> FILES = List.of("countries.json", "instruments.json", "agencies.json", "procedures.json");

	static final String AUTHOR = "reference";

	private static final Logger log = LoggerFactory.getLogger(ReferenceContentLoader.class);

	private final EntryRepository entries;

	private final SearchIndexing indexing;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	ReferenceContentLoader(EntryRepository entries, SearchIndexing indexing, JsonMapper json,
			TransactionTemplate transaction, AuditLog audit) {
		this.entries = entries;
		this.indexing = indexing;
		this.json = json;
		this.transaction = transaction;
		this.audit = audit;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<EntryDocument> shipped = read();
		transaction.executeWithoutResult(tx -> load(shipped));
	}

	List<EntryDocument> read() {
		List<EntryDocument> documents = new ArrayList<>();
		for (String file : FILES) {
			ClassPathResource resource = new ClassPathResource("directory/reference/" + file);
			if (!resource.exists()) {
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				documents.addAll(json.readValue(in, DirectoryFile.class).entries());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read reference content " + file, ex);
			}
		}
		return documents;
	}

	private void load(List<EntryDocument> shipped) {
		Map<String, EntryType> existing = entries.typesOf(shipped.stream().map(EntryDocument::key).toList());
		List<EntryDocument> missing = shipped.stream().filter(d -> !existing.containsKey(d.key())).toList();
		if (missing.isEmpty()) {
			return;
		}
		List<ImportProblem> problems = EntryValidator.validate(shipped, key -> null);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the reference content shipped with Protect is invalid: " + problems);
		}
		Instant now = Instant.now();
		List<String> keys = new ArrayList<>();
		for (EntryDocument document : DirectoryEditor.parentsFirst(missing)) {
			UUID parent = document.parent() == null ? null : entries.idOf(document.parent()).orElseThrow();
			UUID id = entries.insert(document, parent, EditorialStatus.PUBLISHED, AUTHOR, now, null);
			if (document.verified() != null) {
				entries.setVerification(id, document.verified(), AUTHOR, now);
			}
			keys.add(document.key());
		}
		indexing.reindex(keys);
		audit.record(AuditEvent.success("DIRECTORY_REFERENCE_LOADED", "directory", null)
			.withDetails(keys.size() + " entries")
			.by("system"));
		log.info("Loaded {} directory reference entries", keys.size());
	}

	/** A directory document: {@code {"format": "protect-directory/1", "entries": [...]}}. */
	record DirectoryFile(String format, List<EntryDocument> entries) {
	}

}
