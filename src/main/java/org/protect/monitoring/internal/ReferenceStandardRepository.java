package org.protect.monitoring.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.protect.monitoring.Condition;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.StandardStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReferenceStandardRepository {

	private static final String COLUMNS = "id, country, condition, adequate, source, status, verified_on, version,"
			+ " updated_at, updated_by";

	private final JdbcClient jdbc;

	ReferenceStandardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReferenceStandard> of(String country) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring.reference_standard WHERE country = ?")
			.param(country)
			.query(ReferenceStandardRepository::standard)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(ReferenceStandard::condition))
			.toList();
	}

	Optional<ReferenceStandard> lock(String country, Condition condition) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring.reference_standard WHERE country = ? AND condition = ?"
				+ " FOR UPDATE")
			.params(country, condition.name())
			.query(ReferenceStandardRepository::standard)
			.optional();
	}

	List<String> countries() {
		return jdbc.sql("SELECT DISTINCT country FROM monitoring.reference_standard ORDER BY country")
			.query(String.class)
			.list();
	}

	void insert(String country, Condition condition, String adequate, String source, StandardStatus status,
			LocalDate verifiedOn, Instant at, String by) {
		jdbc.sql("""
				INSERT INTO monitoring.reference_standard (id, country, condition, adequate, source, status, verified_on,
				  version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), country, condition.name(), adequate, source, status.name(), date(verifiedOn),
					Timestamp.from(at), by, Timestamp.from(at), by)
			.update();
	}

	void update(UUID id, String adequate, String source, StandardStatus status, LocalDate verifiedOn, Instant at,
			String by) {
		jdbc.sql("""
				UPDATE monitoring.reference_standard SET adequate = ?, source = ?, status = ?, verified_on = ?,
				  version = version + 1, updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(adequate, source, status.name(), date(verifiedOn), Timestamp.from(at), by, id)
			.update();
	}

	private static ReferenceStandard standard(ResultSet rs, int n) throws SQLException {
		Date verified = rs.getDate("verified_on");
		return new ReferenceStandard(rs.getObject("id", UUID.class), rs.getString("country"),
				Condition.valueOf(rs.getString("condition")), rs.getString("adequate"), rs.getString("source"),
				StandardStatus.valueOf(rs.getString("status")), verified == null ? null : verified.toLocalDate(),
				rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

}
