package org.protect.cooperation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.cooperation.PartnerStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Partner nodes and their pinned keys in {@code cooperation.partner}.
 */
@Repository
class PartnerRepository {

	private final JdbcClient jdbc;

	PartnerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Partner> all() {
		return jdbc.sql("SELECT * FROM cooperation.partner ORDER BY country, name").query(PartnerRepository::map).list();
	}

	Optional<Partner> find(UUID nodeId) {
		return jdbc.sql("SELECT * FROM cooperation.partner WHERE node_id = ?")
			.param(nodeId)
			.query(PartnerRepository::map)
			.optional();
	}

	boolean existsWithBaseUrl(String baseUrl) {
		return jdbc.sql("SELECT count(*) FROM cooperation.partner WHERE base_url = ?")
			.param(baseUrl)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Partner partner, Instant now, String actor) {
		jdbc.sql("""
				INSERT INTO cooperation.partner (node_id, country, name, base_url, fingerprint, keys, status,
				    created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partner.nodeId(), partner.country(), partner.name(), partner.baseUrl(), partner.fingerprint(),
					partner.keys(), partner.status().name(), Timestamp.from(now), actor, Timestamp.from(now), actor)
			.update();
	}

	boolean updateStatus(UUID nodeId, PartnerStatus status, Instant now, String actor) {
		return jdbc.sql("""
				UPDATE cooperation.partner SET status = ?, version = version + 1, updated_at = ?, updated_by = ?
				WHERE node_id = ?""")
			.params(status.name(), Timestamp.from(now), actor, nodeId)
			.update() == 1;
	}

	void updateKeys(UUID nodeId, String country, String name, String fingerprint, String keys, Instant now,
			String actor) {
		jdbc.sql("""
				UPDATE cooperation.partner SET country = ?, name = ?, fingerprint = ?, keys = ?, version = version + 1,
				    updated_at = ?, updated_by = ?
				WHERE node_id = ?""")
			.params(country, name, fingerprint, keys, Timestamp.from(now), actor, nodeId)
			.update();
	}

	private static Partner map(ResultSet rs, int row) throws SQLException {
		return new Partner(rs.getObject("node_id", UUID.class), rs.getString("country"), rs.getString("name"),
				rs.getString("base_url"), rs.getString("fingerprint"), rs.getString("keys"),
				PartnerStatus.valueOf(rs.getString("status")));
	}

}
