package org.protect.cooperation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Received messages in {@code cooperation.inbox}, each stored once.
 */
@Repository
class InboxRepository {

	private final JdbcClient jdbc;

	private final PayloadSeal seal;

	InboxRepository(JdbcClient jdbc, PayloadSeal seal) {
		this.jdbc = jdbc;
		this.seal = seal;
	}

	/** Stores the message unless its id is already there; true when this call stored it. */
	boolean insertOnce(Envelope envelope, String payload, Instant receivedAt, String receipt) {
		return jdbc.sql("""
				INSERT INTO cooperation.inbox (message_id, conversation_id, in_reply_to, type, sender_node, legal_basis,
				    payload, sent_at, received_at, receipt)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (message_id) DO NOTHING""")
			.params(envelope.messageId(), envelope.conversationId(), envelope.inReplyTo(), envelope.type(),
					envelope.senderNode(), envelope.legalBasis(),
					seal.seal(PayloadSeal.Place.INBOX, envelope.messageId(), payload), Timestamp.from(envelope.sentAt()),
					Timestamp.from(receivedAt), receipt)
			.update() == 1;
	}

	/** The sender and receipt of a stored message, counting one more delivery of it. */
	Optional<Stored> repeated(UUID messageId) {
		return jdbc.sql("""
				UPDATE cooperation.inbox SET deliveries = deliveries + 1 WHERE message_id = ?
				RETURNING sender_node, receipt""")
			.param(messageId)
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional();
	}

	/** The payload of a stored message. */
	Optional<String> payload(UUID messageId) {
		return jdbc.sql("SELECT payload FROM cooperation.inbox WHERE message_id = ?")
			.param(messageId)
			.query(String.class)
			.optional()
			.map(stored -> seal.open(PayloadSeal.Place.INBOX, messageId, stored));
	}

	long count(UUID sender) {
		return jdbc.sql("SELECT count(*) FROM cooperation.inbox WHERE sender_node = ?")
			.param(sender)
			.query(Long.class)
			.single();
	}

	record Stored(UUID senderNode, String receipt) {
	}

}
