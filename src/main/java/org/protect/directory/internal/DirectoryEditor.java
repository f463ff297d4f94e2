package org.protect.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.directory.DirectoryEditing;
import org.protect.directory.DirectoryEntry;
import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.ExportDocument;
import org.protect.directory.ImportProblem;
import org.protect.directory.ImportRefusedException;
import org.protect.directory.RevisionSummary;
import org.protect.directory.internal.EntryRepository.View;
import org.protect.shared.ConflictException;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize("hasRole('DIRECTORY_EDITOR')")
class DirectoryEditor implements DirectoryEditing {

	private final EntryRepository entries;

	private final SearchIndexing indexing;

	private final AuditLog audit;

	private final JsonMapper json;

	private final NodeProperties node;

	DirectoryEditor(EntryRepository entries, SearchIndexing indexing, AuditLog audit, JsonMapper json,
			NodeProperties node) {
		this.entries = entries;
		this.indexing = indexing;
		this.audit = audit;
		this.json = json;
		this.node = node;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DirectoryEntry> working(String key) {
		return entries.find(key, View.LATEST);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DirectoryEntry> inProgress() {
		return entries.findWhere(View.LATEST, "e.latest_status <> 'PUBLISHED' ORDER BY e.updated_at DESC");
	}

	@Override
	public String create(EntryDocument document) {
		EntryDocument draft = as(document, EditorialStatus.DRAFT);
		validate(List.of(draft));
		UUID parent = draft.parent() == null ? null : entries.idOf(draft.parent()).orElseThrow();
		UUID id = entries.insert(draft, parent, EditorialStatus.DRAFT, actor(), Instant.now(), null);
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_CREATED", "directory_entry", id).withDetails(draft.key()));
		return draft.key();
	}

	@Override
	public void saveDraft(String key, int expectedRevision, EntryDocument document) {
		DirectoryEntry current = latest(key);
		if (!key.equals(document.key()) || current.type() != document.type()) {
			throw new DomainException("directory.edit.keyChanged");
		}
		EntryDocument draft = as(document, EditorialStatus.DRAFT);
		validate(List.of(draft));
		UUID parent = draft.parent() == null ? null : entries.idOf(draft.parent()).orElseThrow();
		if (!entries.addRevision(current.id(), expectedRevision, draft, parent, EditorialStatus.DRAFT, actor(),
				Instant.now(), null)) {
			throw new ConflictException("directory.edit.changedMeanwhile");
		}
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_REVISED", "directory_entry", current.id())
			.withDetails(key + " r" + (expectedRevision + 1)));
	}

	@Override
	public void submitForReview(String key) {
		DirectoryEntry current = latest(key);
		if (current.latestStatus() != EditorialStatus.DRAFT) {
			throw new DomainException("directory.edit.notADraft");
		}
		entries.setLatestStatus(current.id(), current.revision(), EditorialStatus.IN_REVIEW, actor(), Instant.now(), null);
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_SUBMITTED", "directory_entry", current.id()).withDetails(key));
	}

	@Override
	public void publish(String key) {
		DirectoryEntry current = inReviewByAnother(key);
		publish(current, false);
		indexing.reindex(List.of(key));
	}

	/**
	 * Publishes the latest revision. An editor's new revision states facts nobody has checked yet, so the
	 * old verification no longer covers them; an imported revision keeps the verification it came with.
	 */
	private void publish(DirectoryEntry current, boolean keepVerification) {
		entries.setLatestStatus(current.id(), current.revision(), EditorialStatus.PUBLISHED, actor(), Instant.now(), null);
		if (!keepVerification && current.verification() != null) {
			entries.setVerification(current.id(), null, actor(), Instant.now());
		}
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_PUBLISHED", "directory_entry", current.id())
			.withDetails(current.key() + " r" + current.revision()));
	}

	@Override
	public void sendBack(String key, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("comment", "validation.required")));
		}
		DirectoryEntry current = inReviewByAnother(key);
		entries.setLatestStatus(current.id(), current.revision(), EditorialStatus.DRAFT, actor(), Instant.now(),
				comment.trim());
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_RETURNED", "directory_entry", current.id()).withDetails(key));
	}

	@Override
	public void restore(String key, int revision) {
		DirectoryEntry current = latest(key);
		EntryDocument old = entries.revision(current.id(), revision)
			.orElseThrow(() -> new NotFoundException("directory.edit.noSuchRevision"));
		UUID parent = old.parent() == null ? null : entries.idOf(old.parent()).orElse(null);
		if (!entries.addRevision(current.id(), current.revision(), as(old, EditorialStatus.DRAFT), parent,
				EditorialStatus.DRAFT, actor(), Instant.now(), null)) {
			throw new ConflictException("directory.edit.changedMeanwhile");
		}
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_RESTORED", "directory_entry", current.id())
			.withDetails(key + " r" + revision));
	}

	@Override
	public void markVerified(String key, String sourceUrl) {
		DirectoryEntry current = latest(key);
		if (current.publishedRevision() == null) {
			throw new DomainException("directory.edit.verifyUnpublished");
		}
		if (!EntryValidator.isUrl(sourceUrl)) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("source", "directory.import.url")));
		}
		entries.setVerification(current.id(), new EntryDocument.Verification(LocalDate.now(), actor(), sourceUrl.trim()),
				actor(), Instant.now());
		audit.record(AuditEvent.success("DIRECTORY_ENTRY_VERIFIED", "directory_entry", current.id())
			.withDetails(key + " against " + sourceUrl.trim()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RevisionSummary> history(String key) {
		return entries.history(latest(key).id());
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldChange> changes(String key, int revision) {
		DirectoryEntry current = latest(key);
		EntryDocument after = entries.revision(current.id(), revision)
			.orElseThrow(() -> new NotFoundException("directory.edit.noSuchRevision"));
		Map<String, String> before = revision > 1 ? flatten(entries.revision(current.id(), revision - 1).orElseThrow())
				: Map.of();
		Map<String, String> now = flatten(after);
		List<FieldChange> changes = new ArrayList<>();
		TreeMap<String, Boolean> fields = new TreeMap<>();
		before.keySet().forEach(f -> fields.put(f, true));
		now.keySet().forEach(f -> fields.put(f, true));
		for (String field : fields.keySet()) {
			if (!Objects.equals(before.get(field), now.get(field))) {
				changes.add(new FieldChange(field, before.get(field), now.get(field)));
			}
		}
		return changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DirectoryEntry> stale(String country) {
		LocalDate limit = LocalDate.now().minusMonths(DirectoryEntry.STALE_AFTER_MONTHS);
		return country == null
				? entries.findWhere(View.PUBLISHED, "e.published_revision IS NOT NULL AND e.country IS NULL "
						+ "AND e.verified_at < ? ORDER BY e.verified_at", java.sql.Date.valueOf(limit))
				: entries.findWhere(View.PUBLISHED, "e.published_revision IS NOT NULL AND e.country = ? "
						+ "AND e.verified_at < ? ORDER BY e.verified_at", country, java.sql.Date.valueOf(limit));
	}

	@Override
	public ExportDocument export(String country) {
		List<DirectoryEntry> selected = country == null ? entries.findWhere(View.LATEST, "true ORDER BY e.type, e.key")
				: entries.findWhere(View.LATEST, """
						(e.country = ? OR e.parent_id IN (SELECT id FROM directory.entry WHERE country = ?))
						ORDER BY e.type, e.key""", country, country);
		List<ExportDocument.ExportedEntry> exported = new ArrayList<>();
		for (DirectoryEntry entry : selected) {
			List<ExportDocument.ExportedRevision> revisions = new ArrayList<>();
			List<RevisionSummary> history = entries.history(entry.id());
			for (int i = history.size() - 1; i >= 0; i--) {
				RevisionSummary revision = history.get(i);
				revisions.add(new ExportDocument.ExportedRevision(revision.revision(), revision.author(),
						revision.createdAt(), revision.status(), revision.reviewer(), revision.reviewedAt(),
						revision.comment(), entries.revision(entry.id(), revision.revision()).orElseThrow()));
			}
			exported.add(new ExportDocument.ExportedEntry(entry.document(), entry.revision(), revisions));
		}
		audit.record(AuditEvent.success("DIRECTORY_EXPORTED", "directory", country == null ? "all" : country)
			.withDetails(exported.size() + " entries"));
		return new ExportDocument(ExportDocument.FORMAT, Instant.now(), node.name(), exported);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ImportProblem> check(List<EntryDocument> documents) {
		List<String> referenced = new ArrayList<>();
		for (EntryDocument document : documents) {
			if (document.parent() != null) {
				referenced.add(document.parent());
			}
			for (Object value : document.attributes().values()) {
				if (value instanceof String text) {
					referenced.add(text);
				}
				else if (value instanceof List<?> list) {
					list.forEach(item -> referenced.add(String.valueOf(item)));
				}
			}
		}
		Map<String, org.protect.directory.EntryType> existing = entries.typesOf(referenced);
		return EntryValidator.validate(documents, existing::get);
	}

	@Override
	public ImportOutcome importEntries(List<EntryDocument> documents, ImportProgress progress) {
		List<ImportProblem> problems = check(documents);
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
		UUID importId = UUID.randomUUID();
		Instant now = Instant.now();
		documents = parentsFirst(documents);
		int created = 0;
		int revised = 0;
		for (int i = 0; i < documents.size(); i++) {
			EntryDocument document = as(documents.get(i), EditorialStatus.IN_REVIEW);
			UUID parent = document.parent() == null ? null : entries.idOf(document.parent()).orElseThrow();
			Optional<DirectoryEntry> current = entries.find(document.key(), View.LATEST);
			UUID id;
			if (current.isEmpty()) {
				id = entries.insert(document, parent, EditorialStatus.IN_REVIEW, actor(), now, importId);
				created++;
			}
			else if (!entries.addRevision(current.get().id(), current.get().revision(), document, parent,
					EditorialStatus.IN_REVIEW, actor(), now, importId)) {
				throw new ConflictException("directory.edit.changedMeanwhile");
			}
			else {
				id = current.get().id();
				revised++;
			}
			if (document.verified() != null) {
				entries.setVerification(id, document.verified(), actor(), now);
			}
			progress.processed(i + 1, documents.size());
		}
		audit.record(AuditEvent.success("DIRECTORY_IMPORTED", "directory_import", importId)
			.withDetails(created + " created, " + revised + " revised"));
		return new ImportOutcome(importId, created, revised);
	}

	@Override
	public int publishImport(UUID importId) {
		List<String> keys = new ArrayList<>();
		for (UUID id : entries.entriesOfImport(importId)) {
			DirectoryEntry entry = entries.findWhere(View.LATEST, "e.id = ?", id).get(0);
			ensureNotAuthor(entry);
			publish(entry, true);
			keys.add(entry.key());
		}
		indexing.reindex(keys);
		return keys.size();
	}

	/** Articles, bindings, contacts and steps come after the entries they belong to. */
	static List<EntryDocument> parentsFirst(List<EntryDocument> documents) {
		List<EntryDocument> ordered = new ArrayList<>(documents);
		ordered.sort(java.util.Comparator.comparingInt(d -> d.parent() == null ? 0 : 1));
		return ordered;
	}

	private DirectoryEntry inReviewByAnother(String key) {
		DirectoryEntry current = latest(key);
		if (current.latestStatus() != EditorialStatus.IN_REVIEW) {
			throw new DomainException("directory.edit.notInReview");
		}
		ensureNotAuthor(current);
		return current;
	}

	/** Four eyes: whoever wrote a revision may not be the one who publishes or returns it. */
	private void ensureNotAuthor(DirectoryEntry entry) {
		String author = entries.authorOf(entry.id(), entry.revision()).orElse("");
		if (author.equals(actor())) {
			throw new DomainException("directory.edit.ownRevision");
		}
	}

	private void validate(List<EntryDocument> documents) {
		List<ImportProblem> problems = check(documents);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream()
				.map(p -> new InvalidInputException.FieldProblem(p.field(), p.messageKey(), p.arguments()))
				.toList());
		}
	}

	private DirectoryEntry latest(String key) {
		return entries.find(key, View.LATEST).orElseThrow(() -> new NotFoundException("directory.entry.notFound"));
	}

	private Map<String, String> flatten(EntryDocument document) {
		Map<String, String> flat = new TreeMap<>();
		flatten("", json.valueToTree(as(document, null)), flat);
		return flat;
	}

	private static void flatten(String path, tools.jackson.databind.JsonNode node, Map<String, String> flat) {
		if (node.isObject()) {
			for (var field : node.properties()) {
				flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), flat);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), flat);
			}
		}
		else if (!node.isNull()) {
			flat.put(path, node.asString());
		}
	}

	private static EntryDocument as(EntryDocument document, EditorialStatus status) {
		return new EntryDocument(document.key(), document.type(), document.parent(), document.country(),
				document.scope(), status, document.verified(), document.sources(), document.attributes(),
				document.translations());
	}

	static String actor() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
