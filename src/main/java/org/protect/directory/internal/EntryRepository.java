package org.protect.directory.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.protect.directory.DirectoryEntry;
import org.protect.directory.EditorialStatus;
import org.protect.directory.EntryDocument;
import org.protect.directory.EntryType;
import org.protect.directory.RevisionSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Directory entries and their revisions, in {@code directory.entry} and {@code directory.entry_revision}.
 */
@Repository
class EntryRepository {

	/** Which revision a query reads: the one the public sees, or the latest one editors work on. */
	enum View {

		PUBLISHED("e.published_revision"), LATEST("e.latest_revision");

		final String column;

		View(String column) {
			this.column = column;
		}

	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EntryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private String select(View view) {
		return """
				SELECT e.id, e.key, e.latest_revision, e.published_revision, e.latest_status, e.verified_at, e.verified_by,
				       e.verified_source, r.revision, r.document, coalesce(r.reviewed_at, r.created_at) AS changed_at,
				       coalesce(r.reviewer, r.author) AS changed_by
				FROM directory.entry e JOIN directory.entry_revision r ON r.entry_id = e.id AND r.revision = """ + view.column
				+ " ";
	}

	Optional<DirectoryEntry> find(String key, View view) {
		return jdbc.sql(select(view) + "WHERE e.key = ?").param(key).query(this::row).optional();
	}

	/** Entries matching a condition on {@code e} (the entry) and {@code r.document} (its content). */
	List<DirectoryEntry> findWhere(View view, String condition, Object... params) {
		return jdbc.sql(select(view) + "WHERE " + condition).params(params).query(this::row).list();
	}

	Optional<EntryType> typeOf(String key) {
		return jdbc.sql("SELECT type FROM directory.entry WHERE key = ?").param(key).query(String.class).optional()
			.map(EntryType::valueOf);
	}

	Map<String, EntryType> typesOf(List<String> keys) {
		Map<String, EntryType> types = new HashMap<>();
		jdbc.sql("SELECT key, type FROM directory.entry WHERE key = ANY(?)")
			.param(keys.toArray(String[]::new))
			.query((ResultSet rs) -> {
				types.put(rs.getString(1), EntryType.valueOf(rs.getString(2)));
			});
		return types;
	}

	Optional<UUID> idOf(String key) {
		return jdbc.sql("SELECT id FROM directory.entry WHERE key = ?").param(key).query(UUID.class).optional();
	}

	UUID insert(EntryDocument document, UUID parentId, EditorialStatus status, String author, Instant now, UUID importId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO directory.entry (id, key, type, parent_id, country, latest_revision, latest_status,
				    published_revision, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)""")
			.params(id, document.key(), document.type().name(), parentId, document.country(), status.name(),
					status == EditorialStatus.PUBLISHED ? 1 : null, Timestamp.from(now), author, Timestamp.from(now), author)
			.update();
		insertRevision(id, 1, document, status, author, now, importId);
		return id;
	}

	/** Adds a revision after the latest; false when someone else added one since {@code expectedLatest}. */
	boolean addRevision(UUID id, int expectedLatest, EntryDocument document, UUID parentId, EditorialStatus status,
			String author, Instant now, UUID importId) {
		int next = expectedLatest + 1;
		int updated = jdbc.sql("""
				UPDATE directory.entry SET latest_revision = ?, latest_status = ?, parent_id = ?, country = ?,
				    published_revision = CASE WHEN ? THEN ? ELSE published_revision END,
				    version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ? AND latest_revision = ?""")
			.params(next, status.name(), parentId, document.country(), status == EditorialStatus.PUBLISHED, next,
					Timestamp.from(now), author, id, expectedLatest)
			.update();
		if (updated == 0) {
			return false;
		}
		insertRevision(id, next, document, status, author, now, importId);
		return true;
	}

	private void insertRevision(UUID id, int revision, EntryDocument document, EditorialStatus status, String author,
			Instant now, UUID importId) {
		jdbc.sql("""
				INSERT INTO directory.entry_revision (entry_id, revision, document, author, created_at, status, import_id)
				VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""")
			.params(id, revision, json.writeValueAsString(withoutVerification(document)), author, Timestamp.from(now),
					status.name(), importId)
			.update();
	}

	void setLatestStatus(UUID id, int revision, EditorialStatus status, String actor, Instant now, String comment) {
		String revisionStatus = status == EditorialStatus.DRAFT && comment != null ? "RETURNED" : status.name();
		jdbc.sql("""
				UPDATE directory.entry_revision SET status = ?, reviewer = CASE WHEN ? THEN ? ELSE reviewer END,
				    reviewed_at = CASE WHEN ? THEN ? ELSE reviewed_at END, comment = coalesce(?, comment)
				WHERE entry_id = ? AND revision = ?""")
			.params(revisionStatus, status != EditorialStatus.IN_REVIEW, actor, status != EditorialStatus.IN_REVIEW,
					Timestamp.from(now), comment, id, revision)
			.update();
		if (status == EditorialStatus.PUBLISHED) {
			jdbc.sql("""
					UPDATE directory.entry_revision SET status = 'SUPERSEDED'
					WHERE entry_id = ? AND revision < ? AND status = 'PUBLISHED'""").params(id, revision).update();
		}
		jdbc.sql("""
				UPDATE directory.entry SET latest_status = ?,
				    published_revision = CASE WHEN ? THEN latest_revision ELSE published_revision END,
				    version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(status.name(), status == EditorialStatus.PUBLISHED, Timestamp.from(now), actor, id)
			.update();
	}

	void setVerification(UUID id, EntryDocument.Verification verification, String actor, Instant now) {
		jdbc.sql("""
				UPDATE directory.entry SET verified_at = ?, verified_by = ?, verified_source = ?, version = version + 1,
				    updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(verification == null ? null : Date.valueOf(verification.at()),
					verification == null ? null : verification.by(), verification == null ? null : verification.source(),
					Timestamp.from(now), actor, id)
			.update();
	}

	List<RevisionSummary> history(UUID id) {
		return jdbc.sql("""
				SELECT revision, author, created_at, status, reviewer, reviewed_at, comment
				FROM directory.entry_revision WHERE entry_id = ? ORDER BY revision DESC""")
			.param(id)
			.query((rs, n) -> new RevisionSummary(rs.getInt("revision"), rs.getString("author"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("status"), rs.getString("reviewer"),
					rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
					rs.getString("comment")))
			.list();
	}

	Optional<EntryDocument> revision(UUID id, int revision) {
		return jdbc.sql("SELECT document FROM directory.entry_revision WHERE entry_id = ? AND revision = ?")
			.params(id, revision)
			.query((rs, n) -> json.readValue(rs.getString(1), EntryDocument.class))
			.optional();
	}

	Optional<String> authorOf(UUID id, int revision) {
		return jdbc.sql("SELECT author FROM directory.entry_revision WHERE entry_id = ? AND revision = ?")
			.params(id, revision)
			.query(String.class)
			.optional();
	}

	/** Entries whose latest revision is in review and came from an import, for publishing them together. */
	List<UUID> entriesOfImport(UUID importId) {
		return jdbc.sql("""
				SELECT e.id FROM directory.entry e JOIN directory.entry_revision r
				  ON r.entry_id = e.id AND r.revision = e.latest_revision
				WHERE r.import_id = ? AND e.latest_status = 'IN_REVIEW'""").param(importId).query(UUID.class).list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM directory.entry").query(Long.class).single();
	}

	private DirectoryEntry row(ResultSet rs, int n) throws SQLException {
		EntryDocument document = json.readValue(rs.getString("document"), EntryDocument.class);
		Date verifiedAt = rs.getDate("verified_at");
		EntryDocument.Verification verification = verifiedAt == null ? null
				: new EntryDocument.Verification(verifiedAt.toLocalDate(), rs.getString("verified_by"),
						rs.getString("verified_source"));
		int published = rs.getInt("published_revision");
		Integer publishedRevision = rs.wasNull() ? null : published;
		EntryDocument withState = new EntryDocument(document.key(), document.type(), document.parent(),
				document.country(), document.scope(), EditorialStatus.valueOf(rs.getString("latest_status")), verification,
				document.sources(), document.attributes(), document.translations());
		return new DirectoryEntry(rs.getObject("id", UUID.class), withState, rs.getInt("revision"), publishedRevision,
				EditorialStatus.valueOf(rs.getString("latest_status")), verification,
				rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));
	}

	/** Verification belongs to the entry, not to a revision: it is kept in the entry's own columns. */
	private static EntryDocument withoutVerification(EntryDocument document) {
		return new EntryDocument(document.key(), document.type(), document.parent(), document.country(),
				document.scope(), null, null, document.sources(), document.attributes(), document.translations());
	}

}
