package org.protect.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API tokens, kept only as SHA-256 hashes in {@code accounts.api_token}.
 */
@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
		jdbc.sql("""
				INSERT INTO accounts.api_token (id, user_id, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(id, userId, tokenHash, Timestamp.from(createdAt), Timestamp.from(expiresAt))
			.update();
	}

	/** The token's id and user when it is valid at {@code now}. */
	Optional<ValidToken> findValid(String tokenHash, Instant now) {
		return jdbc.sql("""
				SELECT id, user_id, last_used_at FROM accounts.api_token
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
			.params(tokenHash, Timestamp.from(now))
			.query((rs, n) -> new ValidToken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.optional();
	}

	void markUsed(UUID id, Instant now) {
		jdbc.sql("UPDATE accounts.api_token SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
	}

	Optional<UUID> revoke(String tokenHash, Instant now) {
		return jdbc.sql("""
				UPDATE accounts.api_token SET revoked_at = ?
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ? RETURNING id""")
			.params(Timestamp.from(now), tokenHash, Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	void revokeAllOf(UUID userId, Instant now) {
		jdbc.sql("UPDATE accounts.api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(now), userId)
			.update();
	}

	record ValidToken(UUID id, UUID userId, Instant lastUsedAt) {
	}

}
