package org.protect.monitoring.internal;

import java.time.LocalDate;
import java.util.List;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;
import org.protect.monitoring.Condition;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.ReferenceStandards;
import org.protect.monitoring.SaveReferenceStandardCommand;
import org.protect.monitoring.StandardStatus;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference standards: read by anyone signed in, written by supervisors (who know what services provide
 * locally) and administrators. A standard written by hand is unverified until it is checked against a named
 * source; the demo's are marked as demo text.
 */
@Service
@Transactional
class ReferenceStandardService implements ReferenceStandards {

	static final String RECORD_TYPE = "reference_standard";

	static final int TEXT = 2000;

	static final int SOURCE = 500;

	private final ReferenceStandardRepository standards;

	private final AuditLog audit;

	private final MonitoringClock clock;

	ReferenceStandardService(ReferenceStandardRepository standards, AuditLog audit, MonitoringClock clock) {
		this.standards = standards;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReferenceStandard> of(String country) {
		String code = Countries.normalise(country);
		if (code == null) {
			throw new NotFoundException("monitoring.standards.unknownCountry");
		}
		return standards.of(code);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> countries() {
		return standards.countries();
	}

	@Override
	public boolean mayEdit() {
		return CurrentUser.current().map(user -> user.has(Role.SUPERVISOR) || user.has(Role.ADMIN)).orElse(false);
	}

	@Override
	public ReferenceStandard save(String country, Condition condition, SaveReferenceStandardCommand command) {
		if (!mayEdit()) {
			audit.record(new AuditEvent("WELL_BEING_STANDARD_REFUSED", RECORD_TYPE, null, AuditOutcome.DENIED,
					country + " " + condition, null));
			throw new AccessDeniedException("reference standards are written by supervisors and administrators");
		}
		String code = Countries.normalise(country);
		if (code == null || condition == null) {
			throw new NotFoundException("monitoring.standards.unknownCountry");
		}
		var problems = new InvalidInputException.Collector();
		AssessmentValidator.required(problems, "adequate", command.adequate(), TEXT);
		if (command.verified()) {
			AssessmentValidator.required(problems, "source", command.source(), SOURCE);
		}
		else {
			AssessmentValidator.optional(problems, "source", command.source(), SOURCE);
		}
		problems.throwIfAny();
		var current = standards.lock(code, condition);
		int version = current.map(ReferenceStandard::version).orElse(0);
		if (command.expectedVersion() != null && command.expectedVersion() != version) {
			throw new ConflictException("monitoring.standards.stale", version);
		}
		StandardStatus status = command.verified() ? StandardStatus.VERIFIED : StandardStatus.UNVERIFIED;
		LocalDate verifiedOn = command.verified() ? clock.today() : null;
		String by = CurrentUser.current().map(CurrentUser::username).orElse("system");
		String source = AssessmentValidator.strip(command.source());
		if (current.isPresent()) {
			standards.update(current.get().id(), command.adequate().strip(), source, status, verifiedOn, clock.now(),
					by);
		}
		else {
			standards.insert(code, condition, command.adequate().strip(), source, status, verifiedOn, clock.now(), by);
		}
		ReferenceStandard saved = standards.lock(code, condition).orElseThrow();
		audit.record(AuditEvent.success("WELL_BEING_STANDARD_SAVED", RECORD_TYPE, saved.id())
			.withDetails(code + " " + condition + " " + status));
		return saved;
	}

	/** The demo node's standards, marked as demo text; only where there is none yet. */
	void saveDemo(String country, Condition condition, String adequate, String source) {
		if (standards.lock(country, condition).isEmpty()) {
			standards.insert(country, condition, adequate, source, StandardStatus.DEMO, null, clock.now(), "system");
		}
	}

}
