package org.protect.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.cooperation.DeliveryState;
import org.protect.cooperation.OutgoingMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The transactional outbox, {@code cooperation.outbox}.
 */
@Repository
class OutboxRepository {

	private final JdbcClient jdbc;

	private final PayloadSeal seal;

	OutboxRepository(JdbcClient jdbc, PayloadSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	void insert(Queued message, Instant now, String actor) {
		jdbc.sql("""
				INSERT INTO cooperation.outbox (message_id, conversation_id, in_reply_to, type, recipient_node,
				    legal_basis, payload, state, next_attempt_at, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(message.messageId(), message.conversationId(), message.inReplyTo(), message.type(),
					message.recipientNode(), message.legalBasis(),
					seal.seal(PayloadSeal.Place.OUTBOX, message.messageId(), message.payload()), Timestamp.from(now),
					Timestamp.from(now), actor)
			.update();
	}

	/**
	 * Claims the next due message for the caller's transaction. {@code SKIP LOCKED} lets several instances
	 * dispatch at once, each taking other rows; the lock ends with the transaction, also when the instance
	 * dies, so a claimed row is never lost.
	 */
	Optional<Queued> claimDue(Instant now) {
		return jdbc.sql("""
				SELECT message_id, conversation_id, in_reply_to, type, recipient_node, legal_basis, payload, attempts,
				    created_at
				FROM cooperation.outbox
				WHERE state = 'PENDING' AND next_attempt_at <= ?
				ORDER BY next_attempt_at
				LIMIT 1
				FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now))
			.query((rs, n) -> new Queued(rs.getObject("message_id", UUID.class),
					rs.getObject("conversation_id", UUID.class), rs.getObject("in_reply_to", UUID.class),
					rs.getString("type"), rs.getObject("recipient_node", UUID.class), rs.getString("legal_basis"),
					seal.open(PayloadSeal.Place.OUTBOX, rs.getObject("message_id", UUID.class), rs.getString("payload")),
					rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	void delivered(UUID messageId, String receipt, Instant now) {
		jdbc.sql("""
				UPDATE cooperation.outbox SET state = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,
				    receipt = ?, last_error = NULL
				WHERE message_id = ?""")
			.params(Timestamp.from(now), receipt, messageId)
			.update();
	}

	void retryLater(UUID messageId, Instant next, String error) {
		jdbc.sql("""
				UPDATE cooperation.outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
				WHERE message_id = ?""")
			.params(Timestamp.from(next), error, messageId)
			.update();
	}

	void failed(UUID messageId, Instant now, String error, boolean attempted) {
		jdbc.sql("""
				UPDATE cooperation.outbox SET state = 'FAILED', attempts = attempts + ?, failed_at = ?, last_error = ?
				WHERE message_id = ?""")
			.params(attempted ? 1 : 0, Timestamp.from(now), error, messageId)
			.update();
	}

	/** Stops a message that has not been delivered; false when it was (or is being) delivered. */
	boolean withdraw(UUID messageId) {
		return jdbc.sql("""
				UPDATE cooperation.outbox SET state = 'WITHDRAWN', last_error = 'withdrawn'
				WHERE message_id = ? AND state IN ('PENDING', 'FAILED')""")
			.param(messageId)
			.update() == 1;
	}

	Optional<OutgoingMessage> find(UUID messageId) {
		return jdbc.sql("SELECT * FROM cooperation.outbox WHERE message_id = ?")
			.param(messageId)
			.query(OutboxRepository::map)
			.optional();
	}

	List<OutgoingMessage> failed() {
		return jdbc.sql("SELECT * FROM cooperation.outbox WHERE state = 'FAILED' ORDER BY failed_at DESC LIMIT 200")
			.query(OutboxRepository::map)
			.list();
	}

	private static OutgoingMessage map(ResultSet rs, int row) throws SQLException {
		return new OutgoingMessage(rs.getObject("message_id", UUID.class), rs.getObject("conversation_id", UUID.class),
				rs.getString("type"), rs.getObject("recipient_node", UUID.class),
				DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "delivered_at"), instant(rs, "failed_at"), rs.getString("last_error"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	record Queued(UUID messageId, UUID conversationId, UUID inReplyTo, String type, UUID recipientNode,
			String legalBasis, String payload, int attempts, Instant createdAt) {
	}

}
