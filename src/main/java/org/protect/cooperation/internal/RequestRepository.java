package org.protect.cooperation.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.cooperation.DeliveryState;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestType;
import org.protect.cooperation.SendRule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests of both directions and their messages. */
@Repository
class RequestRepository {

	private final JdbcClient jdbc;

	private final PayloadSeal seal;

	RequestRepository(JdbcClient jdbc, PayloadSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	record Row(UUID id, UUID conversationId, RequestType type, RequestDirection direction, UUID partnerNode,
			UUID caseId, String partnerCaseNumber, String legalBasis, RequestState state, SendRule sendRule,
			LocalDate deadline, String approvedBy, Instant approvedAt, Instant createdAt, String createdBy,
			Instant updatedAt, String updatedBy, int version) {
	}

	record MessageRow(UUID id, UUID requestId, UUID messageId, RequestDirection direction, String kind,
			String payload, Instant createdAt, String createdBy, DeliveryState delivery) {
	}

	void insert(Row row) {
		jdbc.sql("""
				INSERT INTO cooperation.request (id, conversation_id, type, direction, partner_node, case_id,
				  partner_case_number, legal_basis, state, send_rule, deadline, created_at, created_by, updated_at,
				  updated_by, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
			.params(row.id(), row.conversationId(), row.type().name(), row.direction().name(), row.partnerNode(),
					row.caseId(), row.partnerCaseNumber(), row.legalBasis(), row.state().name(), row.sendRule().name(),
					row.deadline() == null ? null : Date.valueOf(row.deadline()), ts(row.createdAt()), row.createdBy(),
					ts(row.createdAt()), row.createdBy())
			.update();
	}

	void insertMessage(UUID requestId, UUID messageId, RequestDirection direction, String kind, String payload,
			Instant at, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO cooperation.request_message (id, request_id, message_id, direction, kind, payload,
				  created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, requestId, messageId, direction.name(), kind,
					seal.seal(PayloadSeal.Place.REQUEST_MESSAGE, id, payload), ts(at), by)
			.update();
	}

	/** Links a draft's message to the outbox message it became. */
	void linkDraftMessage(UUID requestId, UUID messageId) {
		jdbc.sql("UPDATE cooperation.request_message SET message_id = ? WHERE request_id = ? AND message_id IS NULL")
			.params(messageId, requestId)
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM cooperation.request WHERE id = ?").param(id).query(RequestRepository::row).optional();
	}

	Optional<Row> lock(UUID id) {
		return jdbc.sql("SELECT * FROM cooperation.request WHERE id = ? FOR UPDATE")
			.param(id)
			.query(RequestRepository::row)
			.optional();
	}

	Optional<Row> lockByConversation(UUID conversationId) {
		return jdbc.sql("SELECT * FROM cooperation.request WHERE conversation_id = ? FOR UPDATE")
			.param(conversationId)
			.query(RequestRepository::row)
			.optional();
	}

	/** The request whose own (first) outgoing message this is, locked. */
	Optional<Row> lockByRequestMessage(UUID messageId) {
		return jdbc.sql("""
				SELECT r.* FROM cooperation.request r JOIN cooperation.request_message m ON m.request_id = r.id
				WHERE m.message_id = ? AND m.kind = 'REQUEST' AND m.direction = 'OUTGOING' FOR UPDATE OF r""")
			.param(messageId)
			.query(RequestRepository::row)
			.optional();
	}

	List<Row> list(RequestDirection direction, List<RequestState> states, int limit) {
		return jdbc.sql("""
				SELECT * FROM cooperation.request WHERE direction = ? AND state = ANY (?)
				ORDER BY created_at DESC LIMIT ?""")
			.params(direction.name(), states.stream().map(Enum::name).toArray(String[]::new), limit)
			.query(RequestRepository::row)
			.list();
	}

	List<Row> ofCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM cooperation.request WHERE case_id = ? ORDER BY created_at DESC")
			.param(caseId)
			.query(RequestRepository::row)
			.list();
	}

	/** Requests whose deadline has passed while they wait for an answer. */
	List<UUID> overdue(LocalDate today) {
		return jdbc.sql("""
				SELECT id FROM cooperation.request WHERE deadline < ? AND state IN ('SENT', 'DELIVERED', 'ACKNOWLEDGED')
				ORDER BY deadline LIMIT 500""")
			.param(Date.valueOf(today))
			.query(UUID.class)
			.list();
	}

	List<MessageRow> messages(UUID requestId) {
		return jdbc.sql("""
				SELECT m.*, o.state AS delivery FROM cooperation.request_message m
				LEFT JOIN cooperation.outbox o ON o.message_id = m.message_id AND m.direction = 'OUTGOING'
				WHERE m.request_id = ? ORDER BY m.created_at, m.kind DESC""")
			.param(requestId)
			.query((rs, n) -> new MessageRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
					rs.getObject("message_id", UUID.class), RequestDirection.valueOf(rs.getString("direction")),
					rs.getString("kind"),
					seal.open(PayloadSeal.Place.REQUEST_MESSAGE, rs.getObject("id", UUID.class), rs.getString("payload")),
					instant(rs, "created_at"), rs.getString("created_by"),
					rs.getString("delivery") == null ? null : DeliveryState.valueOf(rs.getString("delivery"))))
			.list();
	}

	void updateState(UUID id, RequestState state, Instant now, String by) {
		jdbc.sql("""
				UPDATE cooperation.request SET state = ?, updated_at = ?, updated_by = ?, version = version + 1
				WHERE id = ?""")
			.params(state.name(), ts(now), by, id)
			.update();
	}

	/** Marks a change to the conversation that does not move its state (a hand-over recorded). */
	void touch(UUID id, Instant now, String by) {
		jdbc.sql("UPDATE cooperation.request SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?")
			.params(ts(now), by, id)
			.update();
	}

	void approve(UUID id, Instant now, String by) {
		jdbc.sql("""
				UPDATE cooperation.request SET state = 'SENT', approved_by = ?, approved_at = ?, updated_at = ?,
				  updated_by = ?, version = version + 1
				WHERE id = ?""")
			.params(by, ts(now), ts(now), by, id)
			.update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Date deadline = rs.getDate("deadline");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
				RequestType.valueOf(rs.getString("type")), RequestDirection.valueOf(rs.getString("direction")),
				rs.getObject("partner_node", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("partner_case_number"), rs.getString("legal_basis"),
				RequestState.valueOf(rs.getString("state")), SendRule.valueOf(rs.getString("send_rule")),
				deadline == null ? null : deadline.toLocalDate(), rs.getString("approved_by"),
				instant(rs, "approved_at"), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
