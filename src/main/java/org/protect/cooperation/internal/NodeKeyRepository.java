package org.protect.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This node's id and key pairs in {@code cooperation.node_identity} and {@code cooperation.node_key}.
 */
@Repository
class NodeKeyRepository {

	/** Arbitrary constant naming the advisory lock that serialises key creation and rotation. */
	private static final long KEY_LOCK = 0x434f4f504b455953L;

	private final JdbcClient jdbc;

	NodeKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises key changes between the node's instances until the transaction ends. */
	void lockKeys() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY_LOCK).query((rs, n) -> 1).list();
	}

	Optional<UUID> nodeId() {
		return jdbc.sql("SELECT node_id FROM cooperation.node_identity").query(UUID.class).optional();
	}

	void insertNodeId(UUID nodeId) {
		jdbc.sql("INSERT INTO cooperation.node_identity (node_id) VALUES (?) ON CONFLICT DO NOTHING")
			.param(nodeId)
			.update();
	}

	Optional<StoredKey> current(String use) {
		return jdbc.sql("SELECT * FROM cooperation.node_key WHERE key_use = ? AND retired_at IS NULL")
			.param(use)
			.query(NodeKeyRepository::map)
			.optional();
	}

	/** Current keys and those retired after {@code retiredAfter}, newest first. */
	List<StoredKey> published(Instant retiredAfter) {
		return jdbc.sql("""
				SELECT * FROM cooperation.node_key
				WHERE retired_at IS NULL OR retired_at > ?
				ORDER BY key_use DESC, created_at DESC""")
			.param(Timestamp.from(retiredAfter))
			.query(NodeKeyRepository::map)
			.list();
	}

	Optional<StoredKey> find(String kid) {
		return jdbc.sql("SELECT * FROM cooperation.node_key WHERE kid = ?").param(kid).query(NodeKeyRepository::map)
			.optional();
	}

	void insert(StoredKey key) {
		jdbc.sql("""
				INSERT INTO cooperation.node_key (kid, key_use, algorithm, public_jwk, private_jwk_encrypted,
				    created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(key.kid(), key.use(), key.algorithm(), key.publicJwk(), key.privateEncrypted(),
					Timestamp.from(key.createdAt()), key.createdBy())
			.update();
	}

	void retireCurrent(String use, Instant at) {
		jdbc.sql("UPDATE cooperation.node_key SET retired_at = ? WHERE key_use = ? AND retired_at IS NULL")
			.params(Timestamp.from(at), use)
			.update();
	}

	private static StoredKey map(ResultSet rs, int row) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new StoredKey(rs.getString("kid"), rs.getString("key_use"), rs.getString("algorithm"),
				rs.getString("public_jwk"), rs.getBytes("private_jwk_encrypted"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("created_by"), retired == null ? null : retired.toInstant());
	}

	record StoredKey(String kid, String use, String algorithm, String publicJwk, byte[] privateEncrypted,
			Instant createdAt, String createdBy, Instant retiredAt) {
	}

}
