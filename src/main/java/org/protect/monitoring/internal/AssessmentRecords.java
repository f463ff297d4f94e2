package org.protect.monitoring.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.AssessmentSummary;
import org.protect.monitoring.Condition;
import org.protect.monitoring.Rating;
import org.protect.monitoring.RatingInput;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.WellBeingScale;

import org.springframework.stereotype.Component;

/**
 * Turns assessments into rows and back: seals and opens their texts, scores the levels on the configured scale,
 * and attaches the reference standards of each assessment's country.
 */
@Component
class AssessmentRecords {

	private final AssessmentRepository assessments;

	private final ReferenceStandardRepository standards;

	private final MonitoringCipher cipher;

	private final WellBeingScale scale;

	AssessmentRecords(AssessmentRepository assessments, ReferenceStandardRepository standards, MonitoringCipher cipher,
			WellBeingScale scale) {
		this.assessments = assessments;
		this.standards = standards;
		this.cipher = cipher;
		this.scale = scale;
	}

	/** Stores a validated command as a new assessment; {@code corrects} names the one it replaces, if any. */
	UUID insert(UUID caseId, RecordAssessmentCommand command, String country, UUID corrects, Instant at, String by) {
		UUID id = UUID.randomUUID();
		var situation = command.situation();
		var row = new AssessmentRepository.AssessmentRow(id, caseId, situation,
				situation == org.protect.monitoring.AssessedSituation.OPTION ? command.optionName().strip() : null,
				situation == org.protect.monitoring.AssessedSituation.FOLLOW_UP ? command.followUpDueOn() : null, country,
				command.assessedOn(), command.assessedBy().strip(),
				command.source() == null ? AssessmentSource.LOCAL : command.source(),
				AssessmentValidator.strip(command.sourceReference()),
				cipher.seal(id, AssessmentValidator.strip(command.childViews())),
				cipher.seal(id, AssessmentValidator.strip(command.childNotHeardReason())), scale.min(), scale.max(),
				corrects, corrects == null ? null : command.correctionReason().strip(), null, null, null, 0, at, by, null);
		List<AssessmentRepository.RatingRow> ratings = new ArrayList<>();
		for (Condition condition : Condition.values()) {
			RatingInput input = command.ratings().get(condition.name());
			String level = input.level().strip();
			String child = AssessmentValidator.strip(input.childLevel());
			String sources = AssessmentValidator.strip(input.sources());
			ratings.add(new AssessmentRepository.RatingRow(id, condition, level, score(level),
					cipher.seal(id, input.justification().strip()), cipher.seal(id, sources == null ? "" : sources), child,
					child == null ? null : score(child)));
		}
		assessments.insert(row, ratings);
		return id;
	}

	private Integer score(String code) {
		return scale.level(code).map(WellBeingScale.Level::score).orElse(null);
	}

	/** The assessments of the rows, with their ratings and the reference standards of their countries. */
	List<Assessment> assessments(List<AssessmentRepository.AssessmentRow> rows) {
		var ratings = assessments.ratings(rows.stream().map(AssessmentRepository.AssessmentRow::id).toList());
		Map<String, Map<Condition, ReferenceStandard>> byCountry = new HashMap<>();
		return rows.stream().map(row -> assessment(row, ratings.getOrDefault(row.id(), List.of()),
				byCountry.computeIfAbsent(row.country(), this::standardsOf))).toList();
	}

	Assessment assessment(AssessmentRepository.AssessmentRow row) {
		return assessments(List.of(row)).get(0);
	}

	private Map<Condition, ReferenceStandard> standardsOf(String country) {
		Map<Condition, ReferenceStandard> map = new EnumMap<>(Condition.class);
		standards.of(country).forEach(standard -> map.put(standard.condition(), standard));
		return map;
	}

	private Assessment assessment(AssessmentRepository.AssessmentRow row, List<AssessmentRepository.RatingRow> rows,
			Map<Condition, ReferenceStandard> standards) {
		UUID id = row.id();
		List<Rating> ratings = rows.stream()
			.sorted(Comparator.comparing(AssessmentRepository.RatingRow::condition))
			.map(r -> new Rating(r.condition(), r.level(), r.score(), cipher.open(id, r.justification()),
					cipher.open(id, r.sources()), r.childLevel(), r.childScore()))
			.toList();
		Assessment.Voiding voiding = row.voidedAt() == null ? null
				: new Assessment.Voiding(row.voidReason(), row.voidedAt(), row.voidedBy());
		return new Assessment(id, row.caseId(), row.situation(), row.optionName(), row.followUpDueOn(), row.country(),
				row.assessedOn(), row.assessedBy(), row.source(), row.sourceReference(), ratings,
				cipher.open(id, row.childViews()), cipher.open(id, row.childNotHeardReason()), row.scaleMin(),
				row.scaleMax(), row.corrects(), row.correctionReason(), row.correctedBy(), voiding, row.createdAt(),
				row.createdBy(), standards);
	}

	static AssessmentSummary summary(AssessmentRepository.AssessmentRow row) {
		boolean voided = row.voidedAt() != null;
		return new AssessmentSummary(row.id(), row.situation(), row.optionName(), row.followUpDueOn(), row.country(),
				row.assessedOn(), row.assessedBy(), row.source(), row.corrects(), row.correctedBy(), voided,
				effective(row), row.createdAt(), row.createdBy());
	}

	static boolean effective(AssessmentRepository.AssessmentRow row) {
		return row.voidedAt() == null && row.correctedBy() == null;
	}

}
