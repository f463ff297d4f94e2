package org.protect.monitoring.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.FollowUp;
import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.PartnerFollowUps;
import org.protect.monitoring.RatingInput;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up ratings that cross the border in a follow-up report's answer: checked on the node that answers,
 * recorded on the node that asked when the answer arrives. Recording joins the transaction that stores the answer,
 * and a report that does not fit is refused without throwing (which would roll that transaction back), so that
 * the answer itself is kept.
 */
@Service
class PartnerFollowUpService implements PartnerFollowUps {

	private final AssessmentRecords records;

	private final WellBeingScale scale;

	private final AuditLog audit;

	private final MonitoringClock clock;

	PartnerFollowUpService(AssessmentRecords records, WellBeingScale scale, AuditLog audit, MonitoringClock clock) {
		this.records = records;
		this.scale = scale;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public WellBeingScale scale() {
		return scale;
	}

	@Override
	public FollowUpRatings check(FollowUpRatings ratings) {
		AssessmentValidator.validate(ratings, scale);
		Map<String, RatingInput> trimmed = new LinkedHashMap<>();
		ratings.ratings().forEach((condition, rating) -> trimmed.put(condition,
				new RatingInput(rating.level().strip(), rating.justification().strip(),
						AssessmentValidator.strip(rating.sources()), AssessmentValidator.strip(rating.childLevel()))));
		return new FollowUpRatings(codes(), ratings.assessedBy().strip(), trimmed,
				AssessmentValidator.strip(ratings.childViews()), AssessmentValidator.strip(ratings.childNotHeardReason()));
	}

	@Override
	@Transactional
	public Optional<UUID> recordReceived(UUID caseId, LocalDate dueOn, LocalDate seenOn, String country,
			String reference, FollowUpRatings ratings, String actor) {
		if (!codes().equals(ratings.scale())) {
			// Another scale's "3" is not this scale's "3": the report stays in the thread, the team reads it there.
			refused(caseId, "scale " + String.join(",", ratings.scale()) + " is not " + String.join(",", codes()),
					actor);
			return Optional.empty();
		}
		var command = new RecordAssessmentCommand(AssessedSituation.FOLLOW_UP, null, dueOn, country, seenOn,
				ratings.assessedBy(), AssessmentSource.PARTNER, reference, ratings.ratings(), ratings.childViews(),
				ratings.childNotHeardReason(), null);
		String normalised = country == null ? null : Countries.normalise(country);
		try {
			// The partner's clock may run a little ahead of ours: a report seen "tomorrow" is not refused for it.
			AssessmentValidator.validate(command, normalised, scale, List.of(FollowUp.due(dueOn)),
					clock.today().plusDays(1), false);
		}
		catch (InvalidInputException ex) {
			// The fields that broke a rule, each once (which rule is in the code: required, a level of the scale).
			refused(caseId, ex.problems().size() + " problems: " + ex.problems()
				.stream()
				.map(InvalidInputException.FieldProblem::field)
				.distinct()
				.collect(Collectors.joining(" ")), actor);
			return Optional.empty();
		}
		UUID id = records.insert(caseId, command, normalised, null, clock.now(), actor);
		audit.record(AuditEvent.success("WELL_BEING_ASSESSMENT_RECORDED", WellBeingService.RECORD_TYPE, caseId)
			.withDetails("FOLLOW_UP assessment " + id + " from a partner's follow-up report, " + reference)
			.by(actor));
		return Optional.of(id);
	}

	private List<String> codes() {
		return scale.levels().stream().map(WellBeingScale.Level::code).toList();
	}

	/**
	 * Audits a refusal. What a partner sent (its codes, the names of its conditions) is cut short at 2,000
	 * characters: the log is not the place to keep it.
	 */
	private void refused(UUID caseId, String why, String actor) {
		String details = why.length() > 2000 ? why.substring(0, 2000) + "…" : why;
		audit.record(new AuditEvent("WELL_BEING_PARTNER_RATINGS_REFUSED", WellBeingService.RECORD_TYPE,
				caseId.toString(), AuditOutcome.FAILURE, details, actor));
	}

}
