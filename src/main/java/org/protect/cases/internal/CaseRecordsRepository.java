package org.protect.cases.internal;

import static org.protect.cases.internal.CaseRepository.instant;
import static org.protect.cases.internal.CaseRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.protect.cases.ReferralBasis;
import org.protect.cases.ReferralStatus;
import org.protect.cases.TimelineEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity facts, timeline, referrals, notes and documents of cases. */
@Repository
class CaseRecordsRepository {

	private final JdbcClient jdbc;

	CaseRecordsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- identity facts ---

	record FactRow(UUID id, String json, Instant recordedAt, String recordedBy, Instant voidedAt, String voidReason) {
	}

	void insertFact(UUID id, UUID caseId, String kind, String json, String statedBy, String source,
			java.time.LocalDate statedOn, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cases.identity_fact (id, case_id, kind, value, stated_by, source, stated_on, recorded_at,
				  recorded_by)
				VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""")
			.params(id, caseId, kind, json, statedBy, source, CaseRepository.date(statedOn), ts(now), by)
			.update();
	}

	boolean voidFact(UUID caseId, UUID factId, String reason, Instant now, String by) {
		return jdbc.sql("""
				UPDATE cases.identity_fact SET voided_at = ?, voided_by = ?, void_reason = ?
				WHERE id = ? AND case_id = ? AND voided_at IS NULL""")
			.params(ts(now), by, reason, factId, caseId)
			.update() == 1;
	}

	List<FactRow> facts(UUID caseId) {
		return factsOf(List.of(caseId)).getOrDefault(caseId, List.of());
	}

	/** The facts of several cases at once, by case, each in the order recorded. */
	Map<UUID, List<FactRow>> factsOf(java.util.Collection<UUID> caseIds) {
		Map<UUID, List<FactRow>> facts = new java.util.HashMap<>();
		if (caseIds.isEmpty()) {
			return facts;
		}
		jdbc.sql("""
				SELECT case_id, id, value::text AS value, recorded_at, recorded_by, voided_at, void_reason
				FROM cases.identity_fact WHERE case_id IN (:ids) ORDER BY recorded_at, id""")
			.param("ids", caseIds)
			.query((rs, n) -> {
				FactRow row = new FactRow(rs.getObject("id", UUID.class), rs.getString("value"),
						instant(rs, "recorded_at"), rs.getString("recorded_by"), instant(rs, "voided_at"),
						rs.getString("void_reason"));
				facts.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new java.util.ArrayList<>()).add(row);
				return row;
			})
			.list();
		return facts;
	}

	// --- the timeline ---

	void appendEvent(UUID caseId, Instant at, String actor, String kind, String detail) {
		jdbc.sql("INSERT INTO cases.case_event (case_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)")
			.params(caseId, ts(at), actor, kind, detail)
			.update();
	}

	List<TimelineEntry> timeline(UUID caseId) {
		return jdbc.sql("SELECT at, actor, kind, detail FROM cases.case_event WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> new TimelineEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
					rs.getString("detail")))
			.list();
	}

	// --- referrals ---

	record ReferralRow(UUID id, UUID organisationId, String service, ReferralBasis basis, String basisDetail,
			ReferralStatus status, String statusNote, int version, Instant createdAt, String createdBy,
			Instant updatedAt, String updatedBy) {
	}

	void insertReferral(UUID id, UUID caseId, UUID organisationId, String service, ReferralBasis basis,
			String basisDetail, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cases.referral (id, case_id, organisation_id, service, basis, basis_detail, status,
				  created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)""")
			.params(id, caseId, organisationId, service, basis.name(), basisDetail, ts(now), by, ts(now), by)
			.update();
	}

	boolean updateReferral(UUID caseId, UUID id, ReferralStatus from, ReferralStatus to, String note, Instant now,
			String by) {
		return jdbc.sql("""
				UPDATE cases.referral SET status = ?, status_note = ?, version = version + 1, updated_at = ?,
				  updated_by = ?
				WHERE id = ? AND case_id = ? AND status = ?""")
			.params(to.name(), note, ts(now), by, id, caseId, from.name())
			.update() == 1;
	}

	List<ReferralRow> referrals(UUID caseId) {
		return jdbc.sql("SELECT * FROM cases.referral WHERE case_id = ? ORDER BY created_at, id")
			.param(caseId)
			.query((rs, n) -> new ReferralRow(rs.getObject("id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("service"),
					ReferralBasis.valueOf(rs.getString("basis")), rs.getString("basis_detail"),
					ReferralStatus.valueOf(rs.getString("status")), rs.getString("status_note"), rs.getInt("version"),
					instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
					rs.getString("updated_by")))
			.list();
	}

	// --- notes and documents (content encrypted by the caller) ---

	record NoteRow(UUID id, byte[] body, Instant createdAt, String createdBy) {
	}

	void insertNote(UUID id, UUID caseId, byte[] body, Instant now, String by) {
		jdbc.sql("INSERT INTO cases.case_note (id, case_id, body, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
			.params(id, caseId, body, ts(now), by)
			.update();
	}

	List<NoteRow> notes(UUID caseId) {
		return jdbc.sql("SELECT id, body, created_at, created_by FROM cases.case_note WHERE case_id = ? ORDER BY created_at DESC, id")
			.param(caseId)
			.query((rs, n) -> new NoteRow(rs.getObject("id", UUID.class), rs.getBytes("body"),
					instant(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	record DocumentRow(UUID id, String fileName, String contentType, long sizeBytes, String sha256,
			String description, Instant createdAt, String createdBy) {
	}

	void insertDocument(UUID id, UUID caseId, String fileName, String contentType, long size, String sha256,
			byte[] content, String description, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cases.case_document (id, case_id, file_name, content_type, size_bytes, sha256, content,
				  description, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, caseId, fileName, contentType, size, sha256, content, description, ts(now), by)
			.update();
	}

	List<DocumentRow> documents(UUID caseId) {
		return jdbc.sql("""
				SELECT id, file_name, content_type, size_bytes, sha256, description, created_at, created_by
				FROM cases.case_document WHERE case_id = ? ORDER BY created_at DESC, id""")
			.param(caseId)
			.query((rs, n) -> new DocumentRow(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
					rs.getString("description"), instant(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	Optional<byte[]> documentContent(UUID caseId, UUID id) {
		return jdbc.sql("SELECT content FROM cases.case_document WHERE id = ? AND case_id = ?")
			.params(id, caseId)
			.query((rs, n) -> rs.getBytes("content"))
			.optional();
	}

}
