package org.protect.cooperation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.cooperation.IdentityQuerySummary;
import org.protect.cooperation.RequestDirection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Identity queries of both directions, and the matches of those this node answered. */
@Repository
class IdentityQueryRepository {

	private final JdbcClient jdbc;

	IdentityQueryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UUID id, UUID conversationId, RequestDirection direction, UUID partnerNode, UUID caseId,
			UUID messageId, String state, String outcome, List<String> references, Instant createdAt, String createdBy,
			Instant answeredAt) {
	}

	void insert(UUID id, UUID conversationId, RequestDirection direction, UUID partner, UUID caseId, UUID messageId,
			String state, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO cooperation.identity_query (id, conversation_id, direction, partner_node, case_id,
				  message_id, state, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, conversationId, direction.name(), partner, caseId, messageId, state, Timestamp.from(now), by)
			.update();
	}

	Optional<Row> lockByConversation(UUID conversationId) {
		return jdbc.sql("SELECT * FROM cooperation.identity_query WHERE conversation_id = ? FOR UPDATE")
			.param(conversationId)
			.query(IdentityQueryRepository::row)
			.optional();
	}

	/** One received query not answered yet, locked; others working on the queue skip it. */
	Optional<Row> claimReceived() {
		return jdbc.sql("""
				SELECT * FROM cooperation.identity_query WHERE state = 'RECEIVED' ORDER BY created_at
				LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.query(IdentityQueryRepository::row)
			.optional();
	}

	void answered(UUID id, String state, String outcome, List<String> references, Instant now) {
		jdbc.sql("""
				UPDATE cooperation.identity_query SET state = ?, outcome = ?, match_references = ?, answered_at = ?
				WHERE id = ?""")
			.params(state, outcome, references.toArray(String[]::new), Timestamp.from(now), id)
			.update();
	}

	void insertMatch(String reference, UUID queryId, UUID caseId, String caseNumber, double dice, Instant now) {
		jdbc.sql("""
				INSERT INTO cooperation.identity_query_match (reference, query_id, case_id, case_number, dice, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(reference, queryId, caseId, caseNumber, dice, Timestamp.from(now))
			.update();
	}

	List<Row> ofCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM cooperation.identity_query WHERE case_id = ? ORDER BY created_at DESC")
			.param(caseId)
			.query(IdentityQueryRepository::row)
			.list();
	}

	List<Row> incoming(int limit) {
		return jdbc.sql("""
				SELECT * FROM cooperation.identity_query WHERE direction = 'INCOMING' ORDER BY created_at DESC LIMIT ?""")
			.param(limit)
			.query(IdentityQueryRepository::row)
			.list();
	}

	List<IdentityQuerySummary.Match> matches(UUID queryId) {
		return jdbc.sql("""
				SELECT reference, case_id, case_number, dice FROM cooperation.identity_query_match WHERE query_id = ?
				ORDER BY dice DESC, reference""")
			.param(queryId)
			.query((rs, n) -> new IdentityQuerySummary.Match(rs.getString("reference"),
					rs.getObject("case_id", UUID.class), rs.getString("case_number"), rs.getDouble("dice")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array references = rs.getArray("match_references");
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
				RequestDirection.valueOf(rs.getString("direction")), rs.getObject("partner_node", UUID.class),
				rs.getObject("case_id", UUID.class), rs.getObject("message_id", UUID.class), rs.getString("state"),
				rs.getString("outcome"),
				references == null ? List.of() : Arrays.asList((String[]) references.getArray()),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				answered == null ? null : answered.toInstant());
	}

}
