package org.protect.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.protect.accounts.CurrentUser;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.cases.CaseAccessCheck;
import org.protect.cases.CaseAccessGrant;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CasePart;
import org.protect.cases.CaseStage;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.CaseWellBeing;
import org.protect.monitoring.Comparison;
import org.protect.monitoring.FollowUpStatus;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.Trend;
import org.protect.monitoring.WellBeingManagement;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The well-being use cases. Who may do what is the case module's decision ({@link CaseAccessCheck}): the team
 * reads and, with the right to edit the case, records; a judge the case is disclosed to reads. Every read and
 * change is audited here with the case's id.
 */
@Service
@Transactional
class WellBeingService implements WellBeingManagement {

	static final String RECORD_TYPE = "child_case";

	private final CaseAccessCheck access;

	private final CaseFileEditing editing;

	private final AssessmentRepository assessments;

	private final AssessmentRecords records;

	private final WellBeingScale scale;

	private final MonitoringProperties properties;

	private final NodeProperties node;

	private final AuditLog audit;

	private final MonitoringClock clock;

	WellBeingService(CaseAccessCheck access, CaseFileEditing editing, AssessmentRepository assessments,
			AssessmentRecords records, WellBeingScale scale, MonitoringProperties properties, NodeProperties node,
			AuditLog audit, MonitoringClock clock) {
		this.access = access;
		this.editing = editing;
		this.assessments = assessments;
		this.records = records;
		this.scale = scale;
		this.properties = properties;
		this.node = node;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public WellBeingScale scale() {
		return scale;
	}

	@Override
	@Transactional
	public CaseWellBeing overview(UUID caseId) {
		CaseAccessGrant grant = read(caseId, "overview");
		var rows = assessments.ofCase(caseId);
		return new CaseWellBeing(caseId, grant.caseNumber(), mayRecord(grant), grant.stage() == CaseStage.CLOSED,
				rows.stream().map(AssessmentRecords::summary).toList(), followUps(grant, rows));
	}

	@Override
	@Transactional
	public Assessment assessment(UUID caseId, UUID assessmentId) {
		read(caseId, "assessment " + assessmentId);
		return records.assessment(find(caseId, assessmentId, false));
	}

	@Override
	public Assessment record(UUID caseId, RecordAssessmentCommand command) {
		CaseAccessGrant grant = writable(caseId, "record");
		String country = country(command);
		AssessmentValidator.validate(command, country, scale, grant.followUpList(), today(), false);
		UUID id = records.insert(caseId, command, country, null, clock.now(), username());
		settleFollowUp(grant, command);
		audit.record(AuditEvent.success("WELL_BEING_ASSESSMENT_RECORDED", RECORD_TYPE, caseId)
			.withDetails(command.situation() + " assessment " + id));
		return records.assessment(find(caseId, id, false));
	}

	@Override
	public Assessment correct(UUID caseId, UUID assessmentId, RecordAssessmentCommand command) {
		CaseAccessGrant grant = writable(caseId, "correct");
		var earlier = newest(caseId, assessmentId);
		String country = country(command);
		AssessmentValidator.validate(command, country, scale, grant.followUpList(), today(), true);
		UUID id;
		try {
			id = records.insert(caseId, command, country, earlier.id(), clock.now(), username());
		}
		catch (DuplicateKeyException ex) {
			// Someone corrected it meanwhile: theirs stands, and this one is made again on theirs.
			throw new ConflictException("monitoring.assessment.alreadyCorrected");
		}
		settleFollowUp(grant, command);
		audit.record(AuditEvent.success("WELL_BEING_ASSESSMENT_CORRECTED", RECORD_TYPE, caseId)
			.withDetails("assessment " + id + " corrects " + earlier.id()));
		return records.assessment(find(caseId, id, false));
	}

	@Override
	public void voidAssessment(UUID caseId, UUID assessmentId, String reason) {
		writable(caseId, "void");
		var assessment = newest(caseId, assessmentId);
		var problems = new InvalidInputException.Collector();
		AssessmentValidator.required(problems, "reason", reason, AssessmentValidator.REASON);
		problems.throwIfAny();
		assessments.markVoided(assessment.id(), clock.now(), username(), reason.strip());
		audit.record(AuditEvent.success("WELL_BEING_ASSESSMENT_VOIDED", RECORD_TYPE, caseId)
			.withDetails("assessment " + assessment.id()));
	}

	@Override
	@Transactional
	public Comparison comparison(UUID caseId) {
		CaseAccessGrant grant = read(caseId, "comparison");
		var effective = assessments.ofCase(caseId).stream().filter(AssessmentRecords::effective).toList();
		List<AssessmentRepository.AssessmentRow> chosen = new ArrayList<>();
		effective.stream().filter(row -> row.situation() == AssessedSituation.CURRENT).findFirst().ifPresent(chosen::add);
		// Options by name, in the order they were first assessed; the newest assessment of each.
		Map<String, AssessmentRepository.AssessmentRow> options = new LinkedHashMap<>();
		for (int i = effective.size() - 1; i >= 0; i--) {
			var row = effective.get(i);
			if (row.situation() == AssessedSituation.OPTION) {
				options.put(row.optionName().strip().toLowerCase(Locale.ROOT), row);
			}
		}
		chosen.addAll(options.values());
		return new Comparison(caseId, grant.caseNumber(), records.assessments(chosen));
	}

	@Override
	@Transactional
	public Trend trend(UUID caseId) {
		CaseAccessGrant grant = read(caseId, "trend");
		var points = assessments.ofCase(caseId)
			.stream()
			.filter(AssessmentRecords::effective)
			.filter(row -> row.situation() != AssessedSituation.OPTION)
			.sorted(Comparator.comparing(AssessmentRepository.AssessmentRow::assessedOn)
				.thenComparing(AssessmentRepository.AssessmentRow::createdAt))
			.toList();
		return new Trend(caseId, grant.caseNumber(), records.assessments(points));
	}

	@Override
	public List<FollowUpStatus> scheduleFollowUps(UUID caseId, LocalDate from) {
		CaseAccessGrant grant = writable(caseId, "schedule follow-ups");
		if (from == null) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("from", "validation.required")));
		}
		if (!grant.followUpList().isEmpty()) {
			// The schedule is the case's: it is changed there, so that nobody's agreed dates are overwritten.
			throw new ConflictException("monitoring.followUps.exist");
		}
		List<FollowUp> schedule = properties.followUpMonths().stream().map(months -> FollowUp.due(from.plusMonths(months))).toList();
		var saved = editing.savePart(caseId, CasePart.FOLLOW_UPS, new FollowUpSchedule(schedule),
				grant.followUps() == null ? 0 : grant.followUps().version());
		audit.record(AuditEvent.success("WELL_BEING_FOLLOW_UPS_SCHEDULED", RECORD_TYPE, caseId)
			.withDetails(properties.followUpMonths() + " months"));
		var after = new CaseAccessGrant(caseId, grant.caseNumber(), grant.stage(), grant.access(), grant.mayEdit(), saved);
		return followUps(after, assessments.ofCase(caseId));
	}

	// --- access ---

	private CaseAccessGrant read(UUID caseId, String what) {
		CaseAccessGrant grant = access.check(caseId, "well-being " + what);
		audit.record(AuditEvent.success("WELL_BEING_READ", RECORD_TYPE, caseId).withDetails(what));
		return grant;
	}

	/** The case for a change: the team with the right to edit it, on an open case. */
	private CaseAccessGrant writable(UUID caseId, String what) {
		CaseAccessGrant grant = access.check(caseId, "well-being " + what);
		if (!grant.mayEdit()) {
			audit.record(new AuditEvent("WELL_BEING_ACCESS_REFUSED", RECORD_TYPE, caseId.toString(),
					AuditOutcome.DENIED, what + " needs EDIT on the case", null));
			throw new AccessDeniedException("well-being " + what + " needs EDIT on case " + caseId);
		}
		if (grant.stage() == CaseStage.CLOSED) {
			throw new ConflictException("monitoring.caseClosed");
		}
		return grant;
	}

	private static boolean mayRecord(CaseAccessGrant grant) {
		return grant.mayEdit() && grant.stage() != CaseStage.CLOSED;
	}

	// --- helpers ---

	private AssessmentRepository.AssessmentRow find(UUID caseId, UUID assessmentId, boolean lock) {
		return assessments.find(caseId, assessmentId, lock)
			.orElseThrow(() -> new NotFoundException("monitoring.assessment.notFound"));
	}

	/** An assessment that is still the newest of its line: neither voided nor corrected. */
	private AssessmentRepository.AssessmentRow newest(UUID caseId, UUID assessmentId) {
		var row = find(caseId, assessmentId, true);
		if (row.voidedAt() != null) {
			throw new ConflictException("monitoring.assessment.voided");
		}
		if (row.correctedBy() != null) {
			throw new ConflictException("monitoring.assessment.alreadyCorrected");
		}
		return row;
	}

	private String country(RecordAssessmentCommand command) {
		return command.country() == null || command.country().isBlank() ? node.country()
				: Countries.normalise(command.country());
	}

	/**
	 * A follow-up assessment is the follow-up's visit or report: the follow-up is done on the day of the
	 * assessment (which clears its overdue alert), unless it is settled already.
	 */
	private void settleFollowUp(CaseAccessGrant grant, RecordAssessmentCommand command) {
		if (command.situation() != AssessedSituation.FOLLOW_UP) {
			return;
		}
		List<FollowUp> schedule = new ArrayList<>(grant.followUpList());
		boolean changed = false;
		for (int i = 0; i < schedule.size(); i++) {
			FollowUp followUp = schedule.get(i);
			if (followUp.dueOn().equals(command.followUpDueOn()) && !followUp.settled()) {
				schedule.set(i, followUp.doneOn(command.assessedOn()));
				changed = true;
			}
		}
		if (changed) {
			editing.savePart(grant.caseId(), CasePart.FOLLOW_UPS, new FollowUpSchedule(schedule),
					grant.followUps().version());
		}
	}

	private List<FollowUpStatus> followUps(CaseAccessGrant grant, List<AssessmentRepository.AssessmentRow> rows) {
		LocalDate today = today();
		return grant.followUpList().stream().map(followUp -> new FollowUpStatus(followUp.dueOn(), followUp.doneOn(),
				followUp.waiverReason(), followUp.overdueOn(today),
				rows.stream()
					.filter(AssessmentRecords::effective)
					.filter(row -> row.situation() == AssessedSituation.FOLLOW_UP && followUp.dueOn().equals(row.followUpDueOn()))
					.map(AssessmentRepository.AssessmentRow::id)
					.findFirst()
					.orElse(null)))
			.toList();
	}

	private LocalDate today() {
		return clock.today();
	}

	private static String username() {
		return CurrentUser.current().map(CurrentUser::username).orElse("system");
	}

}
