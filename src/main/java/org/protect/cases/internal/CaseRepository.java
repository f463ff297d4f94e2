package org.protect.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.protect.cases.CasePart;
import org.protect.cases.CaseStage;
import org.protect.cases.TeamPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case row, its team, disclosures, parts and transitions, in the {@code cases} schema. Identity facts,
 * the timeline, referrals, notes and documents are in {@link CaseRecordsRepository}.
 */
@Repository
class CaseRepository {

	static final String CASE_COLUMNS = """
			c.id, c.case_number, c.organisation_id, c.stage, c.identified_on, c.registered_by, c.display_name, c.sex,
			c.birth_earliest, c.birth_latest, c.nationality_claimed, c.child_missing, c.disclosure_endangers,
			c.version, c.created_at, c.created_by, c.updated_at, c.updated_by""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next case number of the node, e.g. {@code SE-2026-000042}: country, year, a node-wide sequence. */
	String nextCaseNumber(String country, int year) {
		long next = jdbc.sql("SELECT nextval('cases.case_number_seq')").query(Long.class).single();
		return "%s-%d-%06d".formatted(country, year, next);
	}

	void insert(CaseRow row, String searchKeys) {
		jdbc.sql("""
				INSERT INTO cases.child_case (id, case_number, organisation_id, stage, identified_on, registered_by,
				  display_name, sex, birth_earliest, birth_latest, nationality_claimed, search_keys, child_missing,
				  disclosure_endangers, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(row.id(), row.caseNumber(), row.organisationId(), row.stage().name(), date(row.identifiedOn()),
					row.registeredBy(), row.displayName(), row.sex(), date(row.birthEarliest()),
					date(row.birthLatest()), row.nationalityClaimed(), searchKeys, row.childMissing(),
					row.disclosureEndangers(), ts(row.createdAt()), row.createdBy(), ts(row.updatedAt()),
					row.updatedBy())
			.update();
	}

	Optional<CaseRow> find(UUID id) {
		return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases.child_case c WHERE c.id = ?")
			.param(id)
			.query(CaseRepository::caseRow)
			.optional();
	}

	/** The ids of every case on the node, oldest first. */
	List<UUID> allIds() {
		return jdbc.sql("SELECT id FROM cases.child_case ORDER BY created_at, id").query(UUID.class).list();
	}

	/** Several cases at once. */
	List<CaseRow> findAll(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases.child_case c WHERE c.id IN (:ids)")
			.param("ids", ids)
			.query(CaseRepository::caseRow)
			.list();
	}

	/** The case, locked until the transaction ends: changes to one case are made one after the other. */
	Optional<CaseRow> lock(UUID id) {
		return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM cases.child_case c WHERE c.id = ? FOR UPDATE")
			.param(id)
			.query(CaseRepository::caseRow)
			.optional();
	}

	/** Writes what lists and search need about the child, derived from the facts and parts. */
	void updateChild(UUID id, String displayName, String sex, LocalDate birthEarliest, LocalDate birthLatest,
			String nationality, String searchKeys, boolean missing, boolean disclosureEndangers, Instant now,
			String by) {
		jdbc.sql("""
				UPDATE cases.child_case SET display_name = ?, sex = ?, birth_earliest = ?, birth_latest = ?,
				  nationality_claimed = ?, search_keys = ?, child_missing = ?, disclosure_endangers = ?,
				  version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(displayName, sex, date(birthEarliest), date(birthLatest), nationality, searchKeys, missing,
					disclosureEndangers, ts(now), by, id)
			.update();
	}

	void touch(UUID id, Instant now, String by) {
		jdbc.sql("UPDATE cases.child_case SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
			.params(ts(now), by, id)
			.update();
	}

	void updateStage(UUID id, CaseStage stage, Instant now, String by) {
		jdbc.sql("""
				UPDATE cases.child_case SET stage = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ?""").params(stage.name(), ts(now), by, id).update();
	}

	// --- the team ---

	record MemberRow(UUID id, UUID userId, TeamPart part, Instant addedAt, String addedBy) {
	}

	void insertMember(UUID caseId, UUID userId, TeamPart part, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cases.case_member (id, case_id, user_id, part, added_at, added_by)
				VALUES (?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), caseId, userId, part.name(), ts(now), by).update();
	}

	boolean endMember(UUID caseId, UUID memberId, Instant now, String by) {
		return jdbc.sql("""
				UPDATE cases.case_member SET removed_at = ?, removed_by = ?
				WHERE id = ? AND case_id = ? AND removed_at IS NULL""").params(ts(now), by, memberId, caseId).update() == 1;
	}

	List<MemberRow> members(UUID caseId) {
		return jdbc.sql("""
				SELECT id, user_id, part, added_at, added_by FROM cases.case_member
				WHERE case_id = ? AND removed_at IS NULL ORDER BY added_at, part""")
			.param(caseId)
			.query((rs, n) -> new MemberRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					TeamPart.valueOf(rs.getString("part")), instant(rs, "added_at"), rs.getString("added_by")))
			.list();
	}

	// --- disclosures to courts ---

	record DisclosureRow(UUID id, UUID organisationId, String reason, Instant disclosedAt, String disclosedBy) {
	}

	void insertDisclosure(UUID id, UUID caseId, UUID organisationId, String reason, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cases.case_disclosure (id, case_id, organisation_id, reason, disclosed_at, disclosed_by)
				VALUES (?, ?, ?, ?, ?, ?)""").params(id, caseId, organisationId, reason, ts(now), by).update();
	}

	boolean revokeDisclosure(UUID caseId, UUID id, Instant now, String by) {
		return jdbc.sql("""
				UPDATE cases.case_disclosure SET revoked_at = ?, revoked_by = ?
				WHERE id = ? AND case_id = ? AND revoked_at IS NULL""").params(ts(now), by, id, caseId).update() == 1;
	}

	List<DisclosureRow> disclosures(UUID caseId) {
		return jdbc.sql("""
				SELECT id, organisation_id, reason, disclosed_at, disclosed_by FROM cases.case_disclosure
				WHERE case_id = ? AND revoked_at IS NULL ORDER BY disclosed_at""")
			.param(caseId)
			.query((rs, n) -> new DisclosureRow(rs.getObject("id", UUID.class),
					rs.getObject("organisation_id", UUID.class), rs.getString("reason"), instant(rs, "disclosed_at"),
					rs.getString("disclosed_by")))
			.list();
	}

	// --- the parts ---

	Map<CasePart, StoredPart> parts(UUID caseId) {
		return partsOf(List.of(caseId)).getOrDefault(caseId, new EnumMap<>(CasePart.class));
	}

	/** The parts of several cases at once (for lists that compute alerts). */
	Map<UUID, Map<CasePart, StoredPart>> partsOf(java.util.Collection<UUID> caseIds) {
		Map<UUID, Map<CasePart, StoredPart>> parts = new java.util.HashMap<>();
		if (caseIds.isEmpty()) {
			return parts;
		}
		jdbc.sql("""
				SELECT case_id, part, document::text AS document, version, updated_at, updated_by
				FROM cases.case_part WHERE case_id IN (:ids)""")
			.param("ids", caseIds)
			.query((rs, n) -> {
				StoredPart part = new StoredPart(CasePart.valueOf(rs.getString("part")), rs.getString("document"),
						rs.getInt("version"), instant(rs, "updated_at"), rs.getString("updated_by"));
				parts.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new EnumMap<>(CasePart.class))
					.put(part.part(), part);
				return part;
			})
			.list();
		return parts;
	}

	/**
	 * Saves a part as its next version and keeps the version in the history. Call with the case locked.
	 *
	 * @return the new version
	 */
	int savePart(UUID caseId, CasePart part, String json, int currentVersion, Instant now, String by) {
		int next = currentVersion + 1;
		if (currentVersion == 0) {
			jdbc.sql("""
					INSERT INTO cases.case_part (case_id, part, document, version, created_at, created_by, updated_at,
					  updated_by)
					VALUES (?, ?, ?::jsonb, 1, ?, ?, ?, ?)""")
				.params(caseId, part.name(), json, ts(now), by, ts(now), by)
				.update();
		}
		else {
			jdbc.sql("""
					UPDATE cases.case_part SET document = ?::jsonb, version = ?, updated_at = ?, updated_by = ?
					WHERE case_id = ? AND part = ? AND version = ?""")
				.params(json, next, ts(now), by, caseId, part.name(), currentVersion)
				.update();
		}
		jdbc.sql("""
				INSERT INTO cases.case_part_revision (case_id, part, version, document, changed_at, changed_by)
				VALUES (?, ?, ?, ?::jsonb, ?, ?)""").params(caseId, part.name(), next, json, ts(now), by).update();
		return next;
	}

	// --- transitions ---

	void insertTransition(UUID caseId, CaseStage from, CaseStage to, String reason, String actor, Instant at,
			String overridesJson) {
		jdbc.sql("""
				INSERT INTO cases.case_transition (id, case_id, from_stage, to_stage, reason, actor, at, overrides)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(UUID.randomUUID(), caseId, from.name(), to.name(), reason, actor, ts(at), overridesJson)
			.update();
	}

	record TransitionRow(CaseStage from, CaseStage to, String reason, String actor, Instant at, String overridesJson) {
	}

	List<TransitionRow> transitions(UUID caseId) {
		return jdbc.sql("""
				SELECT from_stage, to_stage, reason, actor, at, overrides::text AS overrides
				FROM cases.case_transition WHERE case_id = ? ORDER BY seq""")
			.param(caseId)
			.query((rs, n) -> new TransitionRow(CaseStage.valueOf(rs.getString("from_stage")),
					CaseStage.valueOf(rs.getString("to_stage")), rs.getString("reason"), rs.getString("actor"),
					instant(rs, "at"), rs.getString("overrides")))
			.list();
	}

	static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
		return new CaseRow(rs.getObject("id", UUID.class), rs.getString("case_number"),
				rs.getObject("organisation_id", UUID.class), CaseStage.valueOf(rs.getString("stage")),
				localDate(rs, "identified_on"), rs.getObject("registered_by", UUID.class),
				rs.getString("display_name"), rs.getString("sex"), localDate(rs, "birth_earliest"),
				localDate(rs, "birth_latest"), rs.getString("nationality_claimed"), rs.getBoolean("child_missing"),
				rs.getBoolean("disclosure_endangers"), rs.getInt("version"), instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

}
