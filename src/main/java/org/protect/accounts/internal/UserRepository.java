package org.protect.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.protect.accounts.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users and their roles, in {@code accounts.app_user} and {@code accounts.user_role}.
 */
@Repository
class UserRepository {

	private static final String SELECT = """
			SELECT u.id, u.version, u.username, u.display_name, u.email, u.organisation_id, o.name AS organisation_name,
			       o.active AS organisation_active, u.password_hash, u.language, u.active, u.failed_attempts,
			       u.locked_until, u.totp_secret, u.totp_enabled, u.totp_last_step, u.last_login_at
			FROM accounts.app_user u JOIN accounts.organisation o ON o.id = u.organisation_id
			""";

	private final JdbcClient jdbc;

	private final TotpSecretSealer totpSecrets;

	UserRepository(JdbcClient jdbc, TotpSecretSealer totpSecrets) {
		this.jdbc = jdbc;
		this.totpSecrets = totpSecrets;
	}

	Optional<UserRecord> findByUsername(String username) {
		return withRoles(jdbc.sql(SELECT + " WHERE lower(u.username) = lower(?)").param(username).query(this::row).list())
			.stream()
			.findFirst();
	}

	Optional<UserRecord> findById(UUID id) {
		return withRoles(jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(this::row).list()).stream().findFirst();
	}

	/** Several users at once, by id (in no particular order). */
	List<UserRecord> findByIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withRoles(jdbc.sql(SELECT + " WHERE u.id = ANY(?)").param(ids.toArray(UUID[]::new)).query(this::row).list());
	}

	List<UserRecord> findAll(String text, UUID organisationId) {
		StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			sql.append(" AND (u.username ILIKE ? OR u.display_name ILIKE ?)");
			String like = "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
		}
		if (organisationId != null) {
			sql.append(" AND u.organisation_id = ?");
			params.add(organisationId);
		}
		sql.append(" ORDER BY lower(u.username)");
		return withRoles(jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	boolean existsByUsername(String username) {
		return jdbc.sql("SELECT count(*) FROM accounts.app_user WHERE lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM accounts.app_user").query(Long.class).single();
	}

	/**
	 * Active users of active organisations holding a role, other than one user or one organisation's users;
	 * the rows are locked so that two administrators cannot each remove the other at the same moment.
	 */
	long countActiveWithRoleExcluding(Role role, UUID exceptUser, UUID exceptOrganisation) {
		return jdbc.sql("""
				SELECT u.id FROM accounts.app_user u
				JOIN accounts.user_role r ON r.user_id = u.id
				JOIN accounts.organisation o ON o.id = u.organisation_id
				WHERE r.role = ? AND u.active AND o.active AND u.id IS DISTINCT FROM ?
				  AND u.organisation_id IS DISTINCT FROM ?
				FOR UPDATE OF u""")
			.params(role.name(), exceptUser, exceptOrganisation)
			.query(UUID.class)
			.list()
			.size();
	}

	void insert(UUID id, String username, String displayName, String email, UUID organisationId, String passwordHash,
			String language, Set<Role> roles, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO accounts.app_user (id, username, display_name, email, organisation_id, password_hash, language,
				    password_changed_at, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, username, displayName, email, organisationId, passwordHash, language, ts(now), ts(now), by, ts(now),
					by)
			.update();
		replaceRoles(id, roles);
	}

	/** Updates the profile; false when the row changed since {@code version} was read. */
	boolean update(UUID id, int version, String displayName, String email, UUID organisationId, String language,
			Set<Role> roles, Instant now, String by) {
		int rows = jdbc.sql("""
				UPDATE accounts.app_user SET display_name = ?, email = ?, organisation_id = ?, language = ?,
				    version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ? AND version = ?""")
			.params(displayName, email, organisationId, language, ts(now), by, id, version)
			.update();
		if (rows == 1) {
			replaceRoles(id, roles);
		}
		return rows == 1;
	}

	void setActive(UUID id, boolean active, Instant now, String by) {
		touch("active = ?", id, now, by, active);
	}

	void setPassword(UUID id, String hash, Instant now, String by) {
		touch("password_hash = ?, password_changed_at = ?, failed_attempts = 0, locked_until = NULL", id, now, by, hash,
				ts(now));
	}

	void setLanguage(UUID id, String language, Instant now, String by) {
		touch("language = ?", id, now, by, language);
	}

	void enableTotp(UUID id, String secret, long step, Instant now, String by) {
		touch("totp_secret = ?, totp_enabled = true, totp_last_step = ?", id, now, by, totpSecrets.seal(id, secret),
				step);
	}

	void resetTotp(UUID id, Instant now, String by) {
		touch("totp_secret = NULL, totp_enabled = false, totp_last_step = NULL", id, now, by);
	}

	/** Records an accepted TOTP step; false when that step (or a later one) was already used. */
	boolean acceptTotpStep(UUID id, long step) {
		return jdbc.sql("""
				UPDATE accounts.app_user SET totp_last_step = ?
				WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)""")
			.params(step, id, step)
			.update() == 1;
	}

	/** Counts a failed attempt and locks the account once {@code maxFailures} is reached; returns whether it locked. */
	boolean recordFailure(UUID id, int maxFailures, Instant lockUntil) {
		Integer failures = jdbc.sql("""
				UPDATE accounts.app_user SET failed_attempts = failed_attempts + 1
				WHERE id = ? RETURNING failed_attempts""").param(id).query(Integer.class).single();
		if (failures >= maxFailures) {
			jdbc.sql("UPDATE accounts.app_user SET failed_attempts = 0, locked_until = ? WHERE id = ?")
				.params(ts(lockUntil), id)
				.update();
			return true;
		}
		return false;
	}

	void recordSuccess(UUID id, Instant now) {
		jdbc.sql("UPDATE accounts.app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
			.params(ts(now), id)
			.update();
	}

	void unlock(UUID id, Instant now, String by) {
		touch("failed_attempts = 0, locked_until = NULL", id, now, by);
	}

	private void touch(String assignments, UUID id, Instant now, String by, Object... values) {
		// Arrays.asList, not List.of: a value may be NULL (a language reset to the browser's).
		List<Object> params = new ArrayList<>(Arrays.asList(values));
		params.add(ts(now));
		params.add(by);
		params.add(id);
		jdbc.sql("UPDATE accounts.app_user SET " + assignments
				+ ", version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
			.params(params)
			.update();
	}

	private void replaceRoles(UUID id, Set<Role> roles) {
		jdbc.sql("DELETE FROM accounts.user_role WHERE user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO accounts.user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
	}

	private List<UserRecord> withRoles(List<UserRecord> users) {
		if (users.isEmpty()) {
			return users;
		}
		Map<UUID, Set<Role>> roles = new HashMap<>();
		jdbc.sql("SELECT user_id, role FROM accounts.user_role WHERE user_id = ANY(?)")
			.param(users.stream().map(UserRecord::id).toArray(UUID[]::new))
			.query((ResultSet rs) -> {
				roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString(2)));
			});
		return users.stream()
			.map(u -> new UserRecord(u.id(), u.version(), u.username(), u.displayName(), u.email(), u.organisationId(),
					u.organisationName(), u.organisationActive(), u.passwordHash(), u.language(), u.active(),
					u.failedAttempts(), u.lockedUntil(), u.totpSecret(), u.totpEnabled(), u.totpLastStep(),
					u.lastLoginAt(), roles.getOrDefault(u.id(), Set.of())))
			.toList();
	}

	private UserRecord row(ResultSet rs, int n) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		long step = rs.getLong("totp_last_step");
		Long lastStep = rs.wasNull() ? null : step;
		UUID id = rs.getObject("id", UUID.class);
		return new UserRecord(id, rs.getInt("version"), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getBoolean("organisation_active"), rs.getString("password_hash"),
				rs.getString("language"), rs.getBoolean("active"), rs.getInt("failed_attempts"),
				locked == null ? null : locked.toInstant(), totpSecrets.open(id, rs.getString("totp_secret")),
				rs.getBoolean("totp_enabled"),
				lastStep, lastLogin == null ? null : lastLogin.toInstant(), Set.of());
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
