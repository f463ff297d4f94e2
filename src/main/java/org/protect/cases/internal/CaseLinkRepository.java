package org.protect.cases.internal;

import static org.protect.cases.internal.CaseRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.cases.MatchDecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions that two cases are, or are not, about the same child; and the candidates to compare. */
@Repository
class CaseLinkRepository {

	private final JdbcClient jdbc;

	CaseLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record LinkRow(UUID id, UUID otherCaseId, MatchDecision decision) {
	}

	/** The decisions in force that involve the case, each with the other case of the pair. */
	List<LinkRow> decisions(UUID caseId) {
		return jdbc.sql("""
				SELECT id, CASE WHEN case_id = :id THEN other_case_id ELSE case_id END AS other, decision
				FROM cases.case_link WHERE (case_id = :id OR other_case_id = :id) AND undone_at IS NULL""")
			.param("id", caseId)
			.query((rs, n) -> new LinkRow(rs.getObject("id", UUID.class), rs.getObject("other", UUID.class),
					MatchDecision.valueOf(rs.getString("decision"))))
			.list();
	}

	void insert(UUID id, UUID one, UUID other, MatchDecision decision, String reason, Instant now, String by) {
		// PostgreSQL orders uuids byte by byte, as their hex text sorts; UUID.compareTo compares signed longs.
		boolean ordered = one.toString().compareTo(other.toString()) < 0;
		jdbc.sql("""
				INSERT INTO cases.case_link (id, case_id, other_case_id, decision, reason, decided_at, decided_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, ordered ? one : other, ordered ? other : one, decision.name(), reason, ts(now), by)
			.update();
	}

	boolean undo(UUID caseId, UUID linkId, Instant now, String by) {
		return jdbc.sql("""
				UPDATE cases.case_link SET undone_at = ?, undone_by = ?
				WHERE id = ? AND (case_id = ? OR other_case_id = ?) AND undone_at IS NULL""")
			.params(ts(now), by, linkId, caseId, caseId)
			.update() == 1;
	}

	/**
	 * Blocking: the other cases that share a search key (a folded or canonical name part) with the child,
	 * at most {@code limit}. Only these are scored.
	 */
	List<CaseRow> candidates(UUID caseId, List<String> keys, int limit) {
		if (keys.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new java.util.HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			where.append(i == 0 ? "" : " OR ").append("c.search_keys LIKE :k").append(i);
			params.put("k" + i, "% " + keys.get(i) + " %");
		}
		params.put("id", caseId);
		params.put("limit", limit);
		return jdbc.sql("SELECT " + CaseRepository.CASE_COLUMNS + " FROM cases.child_case c WHERE c.id <> :id AND ("
				+ where + ") LIMIT :limit").params(params).query(CaseRepository::caseRow).list();
	}

}
