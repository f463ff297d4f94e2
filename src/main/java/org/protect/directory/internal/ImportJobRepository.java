package org.protect.directory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.protect.directory.ImportJob;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Background imports and their progress, in {@code directory.import_job}.
 */
@Repository
class ImportJobRepository {

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(UUID id, String startedBy, int total) {
		jdbc.sql("""
				INSERT INTO directory.import_job (id, started_by, started_at, total, state)
				VALUES (?, ?, ?, ?, 'RUNNING')""").params(id, startedBy, Timestamp.from(Instant.now()), total).update();
	}

	void progress(UUID id, int processed) {
		jdbc.sql("UPDATE directory.import_job SET processed = ? WHERE id = ?").params(processed, id).update();
	}

	void finish(UUID id, int created, int revised, UUID importId) {
		jdbc.sql("""
				UPDATE directory.import_job SET state = 'DONE', processed = total, created = ?, revised = ?, import_id = ?,
				    finished_at = ?
				WHERE id = ?""").params(created, revised, importId, Timestamp.from(Instant.now()), id).update();
	}

	void fail(UUID id, String message) {
		jdbc.sql("UPDATE directory.import_job SET state = 'FAILED', message = ?, finished_at = ? WHERE id = ?")
			.params(message, Timestamp.from(Instant.now()), id)
			.update();
	}

	Optional<ImportJob> find(UUID id) {
		return jdbc.sql("SELECT * FROM directory.import_job WHERE id = ?")
			.param(id)
			.query((rs, n) -> new ImportJob(rs.getObject("id", UUID.class), rs.getString("started_by"),
					rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
					rs.getInt("total"), rs.getInt("processed"), rs.getString("state"), rs.getInt("created"),
					rs.getInt("revised"), rs.getObject("import_id", UUID.class), rs.getString("message")))
			.optional();
	}

}
