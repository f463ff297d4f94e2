package org.protect.monitoring.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.Condition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments and their ratings, in the {@code monitoring} schema. Texts come and go sealed. */
@Repository
class AssessmentRepository {

	private static final String COLUMNS = """
			a.id, a.case_id, a.situation, a.option_name, a.follow_up_due_on, a.country, a.assessed_on, a.assessed_by,
			a.source, a.source_reference, a.child_views, a.child_not_heard_reason, a.scale_min, a.scale_max,
			a.corrects, a.correction_reason, a.voided_at, a.voided_by, a.void_reason, a.version, a.created_at,
			a.created_by, (SELECT c.id FROM monitoring.assessment c WHERE c.corrects = a.id) AS corrected_by""";

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An assessment row; the texts sealed. */
	record AssessmentRow(UUID id, UUID caseId, AssessedSituation situation, String optionName, LocalDate followUpDueOn,
			String country, LocalDate assessedOn, String assessedBy, AssessmentSource source, String sourceReference,
			byte[] childViews, byte[] childNotHeardReason, int scaleMin, int scaleMax, UUID corrects,
			String correctionReason, Instant voidedAt, String voidedBy, String voidReason, int version,
			Instant createdAt, String createdBy, UUID correctedBy) {
	}

	record RatingRow(UUID assessmentId, Condition condition, String level, Integer score, byte[] justification,
			byte[] sources, String childLevel, Integer childScore) {
	}

	void insert(AssessmentRow row, List<RatingRow> ratings) {
		jdbc.sql("""
				INSERT INTO monitoring.assessment (id, case_id, situation, option_name, follow_up_due_on, country,
				  assessed_on, assessed_by, source, source_reference, child_views, child_not_heard_reason, scale_min,
				  scale_max, corrects, correction_reason, version, created_at, created_by, updated_at, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
			.params(row.id(), row.caseId(), row.situation().name(), row.optionName(), date(row.followUpDueOn()),
					row.country(), date(row.assessedOn()), row.assessedBy(), row.source().name(), row.sourceReference(),
					row.childViews(), row.childNotHeardReason(), row.scaleMin(), row.scaleMax(), row.corrects(),
					row.correctionReason(), Timestamp.from(row.createdAt()), row.createdBy(),
					Timestamp.from(row.createdAt()), row.createdBy())
			.update();
		for (RatingRow rating : ratings) {
			jdbc.sql("""
					INSERT INTO monitoring.rating (assessment_id, condition, level, score, justification, sources,
					  child_level, child_score)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(rating.assessmentId(), rating.condition().name(), rating.level(), rating.score(),
						rating.justification(), rating.sources(), rating.childLevel(), rating.childScore())
				.update();
		}
	}

	/** Every assessment of a case, newest first. */
	List<AssessmentRow> ofCase(UUID caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring.assessment a WHERE a.case_id = ?"
				+ " ORDER BY a.assessed_on DESC, a.created_at DESC")
			.param(caseId)
			.query(AssessmentRepository::row)
			.list();
	}

	/** One assessment of a case; {@code lock} holds it until the transaction ends (to correct or void it). */
	Optional<AssessmentRow> find(UUID caseId, UUID id, boolean lock) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM monitoring.assessment a WHERE a.case_id = ? AND a.id = ?"
				+ (lock ? " FOR UPDATE OF a" : ""))
			.params(caseId, id)
			.query(AssessmentRepository::row)
			.optional();
	}

	Map<UUID, List<RatingRow>> ratings(Collection<UUID> assessmentIds) {
		Map<UUID, List<RatingRow>> ratings = new LinkedHashMap<>();
		if (assessmentIds.isEmpty()) {
			return ratings;
		}
		jdbc.sql("""
				SELECT assessment_id, condition, level, score, justification, sources, child_level, child_score
				FROM monitoring.rating WHERE assessment_id IN (:ids)""")
			.param("ids", assessmentIds)
			.query((rs, n) -> new RatingRow(rs.getObject("assessment_id", UUID.class),
					Condition.valueOf(rs.getString("condition")), rs.getString("level"), integer(rs, "score"),
					rs.getBytes("justification"), rs.getBytes("sources"), rs.getString("child_level"),
					integer(rs, "child_score")))
			.list()
			.forEach(row -> ratings.computeIfAbsent(row.assessmentId(), id -> new ArrayList<>()).add(row));
		return ratings;
	}

	void markVoided(UUID id, Instant at, String by, String reason) {
		jdbc.sql("""
				UPDATE monitoring.assessment SET voided_at = ?, voided_by = ?, void_reason = ?, version = version + 1,
				  updated_at = ?, updated_by = ?
				WHERE id = ?""")
			.params(Timestamp.from(at), by, reason, Timestamp.from(at), by, id)
			.update();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM monitoring.assessment").query(Long.class).single();
	}

	private static AssessmentRow row(ResultSet rs, int n) throws SQLException {
		Timestamp voided = rs.getTimestamp("voided_at");
		return new AssessmentRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				AssessedSituation.valueOf(rs.getString("situation")), rs.getString("option_name"),
				localDate(rs.getDate("follow_up_due_on")), rs.getString("country"),
				localDate(rs.getDate("assessed_on")), rs.getString("assessed_by"),
				AssessmentSource.valueOf(rs.getString("source")), rs.getString("source_reference"),
				rs.getBytes("child_views"), rs.getBytes("child_not_heard_reason"), rs.getInt("scale_min"),
				rs.getInt("scale_max"), rs.getObject("corrects", UUID.class), rs.getString("correction_reason"),
				voided == null ? null : voided.toInstant(), rs.getString("voided_by"), rs.getString("void_reason"),
				rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				rs.getObject("corrected_by", UUID.class));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static LocalDate localDate(Date day) {
		return day == null ? null : day.toLocalDate();
	}

}
