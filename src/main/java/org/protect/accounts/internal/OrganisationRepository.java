package org.protect.accounts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Organisations (agencies using this node), in {@code accounts.organisation}.
 */
@Repository
class OrganisationRepository {

	private static final String SELECT = """
			SELECT o.id, o.name, o.type, o.country, o.active, o.updated_at, o.version,
			       (SELECT count(*) FROM accounts.app_user u WHERE u.organisation_id = o.id) AS users
			FROM accounts.organisation o
			""";

	private final JdbcClient jdbc;

	OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrganisationSummary> findAll() {
		return jdbc.sql(SELECT + " ORDER BY lower(o.name)").query(this::row).list();
	}

	Optional<OrganisationSummary> findById(UUID id) {
		return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(this::row).optional();
	}

	boolean nameTaken(String name, UUID except) {
		return jdbc.sql("SELECT count(*) FROM accounts.organisation WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?")
			.params(name, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(UUID id, String name, OrganisationType type, String country, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO accounts.organisation (id, name, type, country, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, type.name(), country, Timestamp.from(now), by, Timestamp.from(now), by)
			.update();
	}

	boolean update(UUID id, int version, String name, OrganisationType type, String country, Instant now, String by) {
		return jdbc.sql("""
				UPDATE accounts.organisation SET name = ?, type = ?, country = ?, version = version + 1, updated_at = ?,
				    updated_by = ?
				WHERE id = ? AND version = ?""")
			.params(name, type.name(), country, Timestamp.from(now), by, id, version)
			.update() == 1;
	}

	void setActive(UUID id, boolean active, Instant now, String by) {
		jdbc.sql("""
				UPDATE accounts.organisation SET active = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(active, Timestamp.from(now), by, id)
			.update();
	}

	private OrganisationSummary row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new OrganisationSummary(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), rs.getString("country"), rs.getBoolean("active"),
				rs.getLong("users"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

}
