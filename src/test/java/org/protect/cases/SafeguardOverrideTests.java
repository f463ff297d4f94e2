package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.protect.cases.CaseFactsBuilder.TODAY;
import static org.protect.cases.CaseFactsBuilder.aReturnReadyToCarryOut;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protect.shared.InvalidInputException;

/** Overrides: who may give them, for which safeguards, with what, and for how long they hold. */
class SafeguardOverrideTests {

	private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	private static final Actor CASEWORKER = Actor.caseworker("cw-7");

	private static final Actor SUPERVISOR = Actor.supervisor("sv-2");

	private static final CaseFacts COMPLETE_RETURN = aReturnReadyToCarryOut().build();

	/** Turns 18 on the planned day of return, otherwise complete. */
	private static final CaseFacts TURNS_18_ON_RETURN = aReturnReadyToCarryOut()
		.bornOn(TODAY.plusDays(30).minusYears(18))
		.build();

	private final CaseFile file = CaseFile.open(CaseId.random(), CASEWORKER, CLOCK);

	@Test
	void aSupervisorOverridesTheAgeFlagWithAWrittenReasonKeptForever() {
		var override = new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN,
				"Reviewed with the young person: they ask to rejoin their mother; after-care agreed");

		Transition planned = file.transition(CaseStage.PLANNED, "plan accepted", SUPERVISOR, List.of(override),
				TURNS_18_ON_RETURN);

		SafeguardOverride recorded = new SafeguardOverride(Safeguard.TURNS_18_BEFORE_RETURN, override.reason(),
				"sv-2", CaseStage.IDENTIFIED, CaseStage.PLANNED, CLOCK.instant());
		assertThat(planned.overrides()).containsExactly(recorded);
		assertThat(file.events()).contains(new SafeguardOverridden(file.id(), recorded));

		file.transition(CaseStage.DETERMINED, "plan reopened", CASEWORKER, List.of(), TURNS_18_ON_RETURN);
		assertThat(file.overrides()).containsExactly(recorded);
	}

	@Test
	void aCaseworkerCannotOverrideAnything() {
		var override = new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, "the child agrees");

		var refused = catchThrowableOfType(OverrideRefusedException.class, () -> file.transition(CaseStage.PLANNED,
				"plan accepted", CASEWORKER, List.of(override), TURNS_18_ON_RETURN));

		assertThat(refused.messageKey()).isEqualTo("cases.override.supervisorOnly");
		assertThat(refused.safeguards()).containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
		assertThat(file.overrides()).isEmpty();
	}

	static Stream<Safeguard> neverOverridable() {
		return Arrays.stream(Safeguard.values()).filter(safeguard -> !safeguard.overridable());
	}

	@ParameterizedTest
	@MethodSource("neverOverridable")
	void noOneMayOverrideASafeguardTheLawMakesAnObligation(Safeguard safeguard) {
		var override = new OverrideRequest(safeguard, "urgent: flight booked");

		var refused = catchThrowableOfType(OverrideRefusedException.class, () -> file
			.transition(CaseStage.CLOSED, "close", SUPERVISOR, List.of(override), CaseFacts.nothingOnFile()));

		assertThat(refused.messageKey()).isEqualTo("cases.override.neverAllowed");
		assertThat(refused.safeguards()).containsExactly(safeguard);
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
	}

	@Test
	void aSupervisorCannotOverrideARiskAgainstReturnOrAMissingPlacementConsent() {
		CaseFacts dangerousPlacement = aReturnReadyToCarryOut().withRiskAssessment(RiskConclusion.AGAINST_RETURN)
			.placedInCareAbroad()
			.build();
		List<OverrideRequest> overrides = List.of(
				new OverrideRequest(Safeguard.NO_PLACEMENT_CONSENT, "the institution said yes by phone"),
				new OverrideRequest(Safeguard.RISK_AGAINST_RETURN, "the family insists"));

		var refused = catchThrowableOfType(OverrideRefusedException.class, () -> file
			.transition(CaseStage.IMPLEMENTED, "return", SUPERVISOR, overrides, dangerousPlacement));

		assertThat(refused.safeguards()).containsExactly(Safeguard.RISK_AGAINST_RETURN, Safeguard.NO_PLACEMENT_CONSENT);
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
		var stillRefused = catchThrowableOfType(TransitionRefusedException.class, () -> file
			.transition(CaseStage.IMPLEMENTED, "return", SUPERVISOR, List.of(), dangerousPlacement));
		assertThat(stillRefused.unmet()).containsExactly(Safeguard.RISK_AGAINST_RETURN, Safeguard.NO_PLACEMENT_CONSENT);
	}

	@Test
	void anOverrideNeedsItsOwnWrittenReason() {
		var invalid = catchThrowableOfType(InvalidInputException.class,
				() -> file.transition(CaseStage.PLANNED, "plan accepted", SUPERVISOR,
						List.of(new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, " ")), TURNS_18_ON_RETURN));

		assertThat(invalid.problems()).extracting(InvalidInputException.FieldProblem::field)
			.containsExactly("overrides[0].reason");
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
	}

	@Test
	void refusesAnOverrideOfASafeguardThatIsMet() {
		var invalid = catchThrowableOfType(InvalidInputException.class,
				() -> file.transition(CaseStage.PLANNED, "plan accepted", SUPERVISOR,
						List.of(new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, "just in case")),
						COMPLETE_RETURN));

		assertThat(invalid.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
			.containsExactly("cases.override.notNeeded");
	}

	@Test
	void anOverrideLetsThroughOnlyTheSafeguardItNames() {
		CaseFacts alsoNoReceivingGuardian = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(30).minusYears(18))
			.withoutReceivingGuardian()
			.build();

		var refused = catchThrowableOfType(TransitionRefusedException.class,
				() -> file.transition(CaseStage.PLANNED, "plan", SUPERVISOR,
						List.of(new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, "reviewed")),
						alsoNoReceivingGuardian));

		assertThat(refused.unmet()).containsExactly(Safeguard.NO_RECEIVING_GUARDIAN);
		assertThat(file.overrides()).isEmpty();
		assertThat(file.events()).isEmpty();
	}

	@Test
	void anOverrideHoldsForTheTransitionItWasGivenWithOnly() {
		var override = new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, "reviewed with the young person");
		file.transition(CaseStage.PLANNED, "plan accepted", SUPERVISOR, List.of(override), TURNS_18_ON_RETURN);

		var refused = catchThrowableOfType(TransitionRefusedException.class,
				() -> file.transition(CaseStage.IMPLEMENTED, "escort ready", SUPERVISOR, List.of(), TURNS_18_ON_RETURN));
		assertThat(refused.unmet()).containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);

		file.transition(CaseStage.IMPLEMENTED, "escort ready", SUPERVISOR, List.of(override), TURNS_18_ON_RETURN);
		assertThat(file.overrides()).hasSize(2);
	}

	@Test
	void refusesOverridesWhenGoingBack() {
		file.transition(CaseStage.PROTECTED, "guardian appointed", CASEWORKER, List.of(), COMPLETE_RETURN);

		assertThatThrownBy(() -> file.transition(CaseStage.IDENTIFIED, "loop", SUPERVISOR,
				List.of(new OverrideRequest(Safeguard.TURNS_18_BEFORE_RETURN, "reviewed")), COMPLETE_RETURN))
			.isInstanceOf(InvalidInputException.class);
	}

}
