package org.protect.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;

/**
 * A child's case file as far as its lifecycle goes: the stage, every transition and every override, and
 * the events that record them. It guards its own changes: a transition that would cross a gate with an
 * unmet safeguard is refused with every unmet safeguard, and nothing changes.
 * <p>
 * Rules: every transition has a written reason; going back (a loop, or reopening a closed case)
 * crosses no gate, except back into implementation, which is gated like a move forward; only a
 * supervisor may override a safeguard, only an overridable one, each with its own written reason, for
 * the one transition it is given with (the facts may change before the next); only a supervisor may
 * close a case, and a closed case is read-only until it is reopened with a reason.
 */
public final class CaseFile {

	private static final SafeguardGates GATES = new SafeguardGates();

	private final CaseId id;

	private final Clock clock;

	private final Instant openedAt;

	private final String openedBy;

	private CaseStage stage = CaseStage.IDENTIFIED;

	private final List<Transition> history = new ArrayList<>();

	private final List<CaseEvent> events = new ArrayList<>();

	private CaseFile(CaseId id, String openedBy, Instant openedAt, Clock clock) {
		this.id = Objects.requireNonNull(id, "id");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
		this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
	}

	/** Opens a case at {@link CaseStage#IDENTIFIED}; the clock is the node's, in the node's time zone. */
	public static CaseFile open(CaseId id, Actor openedBy, Clock clock) {
		return new CaseFile(id, Objects.requireNonNull(openedBy, "openedBy").id(), clock.instant(), clock);
	}

	/**
	 * A case file as stored: its stage and its history. The stage is the last transition's target, or
	 * {@link CaseStage#IDENTIFIED} without any.
	 */
	public static CaseFile restore(CaseId id, String openedBy, Instant openedAt, List<Transition> history,
			Clock clock) {
		CaseFile file = new CaseFile(id, openedBy, openedAt, clock);
		file.history.addAll(history);
		if (!history.isEmpty()) {
			file.stage = history.get(history.size() - 1).to();
		}
		return file;
	}

	/**
	 * Moves the case to {@code to}.
	 *
	 * @param to the stage asked for
	 * @param reason why, in the actor's words; required
	 * @param actor who asks
	 * @param overrides the safeguards a supervisor overrides for this transition; usually none
	 * @param facts what is on file now
	 * @return the transition as recorded, with the overrides it used
	 * @throws InvalidInputException when the reason, the stage or an override's reason is missing, or an
	 *         override is given where there is nothing to override
	 * @throws ConflictException when the case is already at {@code to}, or someone other than a supervisor
	 *         closes it
	 * @throws OverrideRefusedException when someone other than a supervisor overrides, or anyone overrides
	 *         a safeguard that may never be overridden
	 * @throws TransitionRefusedException when safeguards are unmet and not overridden
	 */
	public Transition transition(CaseStage to, String reason, Actor actor, List<OverrideRequest> overrides,
			CaseFacts facts) {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(facts, "facts");
		List<OverrideRequest> requested = overrides == null ? List.of() : List.copyOf(overrides);
		validate(to, reason, requested);
		if (to == stage) {
			throw new ConflictException("cases.transition.sameStage", stage);
		}
		Instant at = clock.instant();
		// Back into IMPLEMENTED passes its gate: see SafeguardGates.
		if (stage.isAfter(to) && to != CaseStage.IMPLEMENTED) {
			if (!requested.isEmpty()) {
				throw new InvalidInputException(List.of(
						new InvalidInputException.FieldProblem("overrides", "cases.override.onlyForGates")));
			}
			return record(to, reason.strip(), actor, List.of(), at);
		}
		checkOverridesAllowed(actor, requested);
		// Closure ends the protection the case gives; DESIGN.md and issue 4 have a supervisor approve it.
		if (to == CaseStage.CLOSED && !actor.supervisor()) {
			throw new ConflictException("cases.closure.supervisorOnly");
		}
		List<Safeguard> unmet = GATES.unmet(facts, stage, to, LocalDate.now(clock));
		Set<Safeguard> overridden = EnumSet.noneOf(Safeguard.class);
		requested.forEach(request -> overridden.add(request.safeguard()));
		List<Safeguard> needless = overridden.stream().filter(safeguard -> !unmet.contains(safeguard)).toList();
		if (!needless.isEmpty()) {
			// An override is a judgement about an unmet safeguard; one for a met safeguard would stand on
			// the case forever about nothing.
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("overrides",
					"cases.override.notNeeded", needless.stream().map(Safeguard::code).toList())));
		}
		List<Safeguard> blocking = unmet.stream().filter(safeguard -> !overridden.contains(safeguard)).toList();
		if (!blocking.isEmpty()) {
			throw new TransitionRefusedException(stage, to, blocking);
		}
		List<SafeguardOverride> recorded = requested.stream()
			.map(request -> new SafeguardOverride(request.safeguard(), request.reason().strip(), actor.id(), stage, to,
					at))
			.toList();
		return record(to, reason.strip(), actor, recorded, at);
	}

	/**
	 * Refuses any change to a closed case. Every part of the case file that changes facts calls this first:
	 * a closed case is a record of what was decided, and is reopened with a reason before it changes again.
	 */
	public void requireOpen() {
		if (stage == CaseStage.CLOSED) {
			throw new ConflictException("cases.closed.readOnly");
		}
	}

	private static void validate(CaseStage to, String reason, List<OverrideRequest> overrides) {
		var problems = new InvalidInputException.Collector();
		if (to == null) {
			problems.add("to", "validation.required");
		}
		if (reason == null || reason.isBlank()) {
			problems.add("reason", "validation.required");
		}
		Set<Safeguard> seen = EnumSet.noneOf(Safeguard.class);
		for (int i = 0; i < overrides.size(); i++) {
			OverrideRequest override = overrides.get(i);
			if (override == null || override.safeguard() == null) {
				problems.add("overrides[" + i + "].safeguard", "validation.required");
				continue;
			}
			if (!seen.add(override.safeguard())) {
				problems.add("overrides[" + i + "].safeguard", "cases.override.duplicate");
			}
			if (override.reason() == null || override.reason().isBlank()) {
				problems.add("overrides[" + i + "].reason", "validation.required");
			}
		}
		problems.throwIfAny();
	}

	private static void checkOverridesAllowed(Actor actor, List<OverrideRequest> requested) {
		if (requested.isEmpty()) {
			return;
		}
		List<Safeguard> safeguards = requested.stream().map(OverrideRequest::safeguard).sorted().toList();
		if (!actor.supervisor()) {
			throw new OverrideRefusedException(OverrideRefusedException.SUPERVISOR_ONLY, safeguards);
		}
		// RISK_AGAINST_RETURN, NO_PLACEMENT_CONSENT and the others the law makes obligations: see Safeguard.
		List<Safeguard> never = safeguards.stream().filter(safeguard -> !safeguard.overridable()).toList();
		if (!never.isEmpty()) {
			throw new OverrideRefusedException(OverrideRefusedException.NEVER_ALLOWED, never);
		}
	}

	private Transition record(CaseStage to, String reason, Actor actor, List<SafeguardOverride> overrides,
			Instant at) {
		CaseStage from = stage;
		Transition transition = new Transition(from, to, reason, actor.id(), at, overrides);
		stage = to;
		history.add(transition);
		events.add(new CaseTransitioned(id, from, to, reason, actor.id(), at));
		overrides.forEach(override -> events.add(new SafeguardOverridden(id, override)));
		if (from == CaseStage.CLOSED) {
			events.add(new CaseReopened(id, to, reason, actor.id(), at));
		}
		return transition;
	}

	public CaseId id() {
		return id;
	}

	public CaseStage stage() {
		return stage;
	}

	public boolean closed() {
		return stage == CaseStage.CLOSED;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public String openedBy() {
		return openedBy;
	}

	/** Every transition, oldest first. */
	public List<Transition> history() {
		return List.copyOf(history);
	}

	/** Every override ever given on this case, oldest first: shown with the case for as long as it exists. */
	public List<SafeguardOverride> overrides() {
		return history.stream().flatMap(transition -> transition.overrides().stream()).toList();
	}

	/** The events registered since they were last cleared, oldest first. */
	public List<CaseEvent> events() {
		return List.copyOf(events);
	}

	/** Called once the events have been published. */
	public void clearEvents() {
		events.clear();
	}

}
