package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.protect.cases.CaseFactsBuilder.TODAY;
import static org.protect.cases.CaseFactsBuilder.aReturnReadyToCarryOut;
import static org.protect.cases.CaseFactsBuilder.anIntegrationReadyToCarryOut;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;

class CaseFileTests {

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
	void opensAtIdentifiedWithNoHistory() {
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
		assertThat(file.history()).isEmpty();
		assertThat(file.openedBy()).isEqualTo("cw-7");
	}

	@Test
	void movesForwardWhenEveryGateHoldsAndRecordsWhoWhenAndWhy() {
		Transition transition = file.transition(CaseStage.PLANNED, "all assessments in", CASEWORKER, List.of(),
				COMPLETE_RETURN);

		assertThat(file.stage()).isEqualTo(CaseStage.PLANNED);
		assertThat(file.history()).containsExactly(transition);
		assertThat(transition.from()).isEqualTo(CaseStage.IDENTIFIED);
		assertThat(transition.actorId()).isEqualTo("cw-7");
		assertThat(transition.reason()).isEqualTo("all assessments in");
		assertThat(transition.at()).isEqualTo(CLOCK.instant());
		assertThat(file.events()).containsExactly(new CaseTransitioned(file.id(), CaseStage.IDENTIFIED,
				CaseStage.PLANNED, "all assessments in", "cw-7", CLOCK.instant()));
	}

	@Test
	void refusesWithEveryUnmetSafeguardAndChangesNothing() {
		var refused = catchThrowableOfType(TransitionRefusedException.class, () -> file
			.transition(CaseStage.IMPLEMENTED, "return now", SUPERVISOR, List.of(), CaseFacts.nothingOnFile()));

		assertThat(refused.unmet()).isEqualTo(new SafeguardGates().unmet(CaseFacts.nothingOnFile(),
				CaseStage.IDENTIFIED, CaseStage.IMPLEMENTED, TODAY));
		assertThat(refused.unmet()).contains(Safeguard.NO_GUARDIAN, Safeguard.NO_CARE_PLAN);
		assertThat(refused.messageKey()).isEqualTo("cases.transition.refused");
		assertThat(file.stage()).isEqualTo(CaseStage.IDENTIFIED);
		assertThat(file.history()).isEmpty();
		assertThat(file.events()).isEmpty();
	}

	@Test
	void requiresAWrittenReasonForEveryTransition() {
		for (String reason : Arrays.asList(null, "", "   ")) {
			var invalid = catchThrowableOfType(InvalidInputException.class,
					() -> file.transition(CaseStage.PROTECTED, reason, CASEWORKER, List.of(), COMPLETE_RETURN));
			assertThat(invalid.problems()).extracting(InvalidInputException.FieldProblem::field)
				.containsExactly("reason");
		}
		file.transition(CaseStage.PROTECTED, "guardian appointed", CASEWORKER, List.of(), COMPLETE_RETURN);
		var goingBack = catchThrowableOfType(InvalidInputException.class,
				() -> file.transition(CaseStage.IDENTIFIED, " ", CASEWORKER, List.of(), COMPLETE_RETURN));
		assertThat(goingBack.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("reason");
		assertThat(file.stage()).isEqualTo(CaseStage.PROTECTED);
	}

	@Test
	void requiresTheStageAskedFor() {
		var invalid = catchThrowableOfType(InvalidInputException.class,
				() -> file.transition(null, "why", CASEWORKER, List.of(), COMPLETE_RETURN));
		assertThat(invalid.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("to");
	}

	@Test
	void refusesAMoveToTheStageTheCaseIsAlreadyAt() {
		assertThatThrownBy(() -> file.transition(CaseStage.IDENTIFIED, "again", CASEWORKER, List.of(), COMPLETE_RETURN))
			.isInstanceOf(ConflictException.class)
			.hasMessage("cases.transition.sameStage");
	}

	@Test
	void goesBackWithAReasonAndNoGate() {
		file.transition(CaseStage.PLANNED, "assessed", CASEWORKER, List.of(), COMPLETE_RETURN);

		Transition back = file.transition(CaseStage.ASSESSED, "family assessment withdrawn by the partner",
				CASEWORKER, List.of(), CaseFacts.nothingOnFile());

		assertThat(back.backwards()).isTrue();
		assertThat(file.stage()).isEqualTo(CaseStage.ASSESSED);
		assertThat(file.history()).hasSize(2);
	}

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

	@Test
	void implementationRefusesAReturnDecidedAfterTheCaseWasPlannedForIntegration() {
		file.transition(CaseStage.PLANNED, "integration plan", CASEWORKER, List.of(),
				anIntegrationReadyToCarryOut().build());
		CaseFacts nowAReturn = anIntegrationReadyToCarryOut()
			.withApprovedBid(DurableSolution.RETURN_FAMILY_REUNIFICATION)
			.build();

		var refused = catchThrowableOfType(TransitionRefusedException.class,
				() -> file.transition(CaseStage.IMPLEMENTED, "carry out", SUPERVISOR, List.of(), nowAReturn));

		assertThat(refused.unmet()).contains(Safeguard.NO_FAMILY_ASSESSMENT, Safeguard.NO_RISK_ASSESSMENT,
				Safeguard.NO_RECEIVING_GUARDIAN, Safeguard.NO_HANDOVER_ARRANGED);
	}

	@Test
	void reopeningStraightIntoImplementationIsGated() {
		file.transition(CaseStage.CLOSED, "integration confirmed", SUPERVISOR, List.of(),
				anIntegrationReadyToCarryOut().withFollowUps(FollowUp.due(TODAY).doneOn(TODAY)).build());
		CaseFacts nowAReturn = anIntegrationReadyToCarryOut()
			.withApprovedBid(DurableSolution.RETURN_FAMILY_REUNIFICATION)
			.build();

		var refused = catchThrowableOfType(TransitionRefusedException.class,
				() -> file.transition(CaseStage.IMPLEMENTED, "return after all", SUPERVISOR, List.of(), nowAReturn));

		assertThat(refused.unmet()).contains(Safeguard.NO_FAMILY_ASSESSMENT, Safeguard.NO_HANDOVER_ARRANGED);
		assertThat(file.closed()).isTrue();
		file.transition(CaseStage.IMPLEMENTED, "follow-up showed the plan was never carried out", SUPERVISOR,
				List.of(), COMPLETE_RETURN);
		assertThat(file.stage()).isEqualTo(CaseStage.IMPLEMENTED);
	}

	@Test
	void onlyASupervisorClosesACase() {
		assertThatThrownBy(
				() -> file.transition(CaseStage.CLOSED, "durable solution reached", CASEWORKER, List.of(), COMPLETE_RETURN))
			.isInstanceOf(ConflictException.class)
			.hasMessage("cases.closure.supervisorOnly");

		file.transition(CaseStage.CLOSED, "durable solution reached", SUPERVISOR, List.of(), COMPLETE_RETURN);
		assertThat(file.closed()).isTrue();
	}

	@Test
	void aClosedCaseIsReadOnly() {
		file.requireOpen();
		file.transition(CaseStage.CLOSED, "durable solution reached", SUPERVISOR, List.of(), COMPLETE_RETURN);

		assertThatThrownBy(file::requireOpen).isInstanceOf(ConflictException.class).hasMessage("cases.closed.readOnly");
		assertThatThrownBy(() -> file.transition(CaseStage.CLOSED, "again", SUPERVISOR, List.of(), COMPLETE_RETURN))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void reopeningAClosedCaseNeedsAReasonAndIsRecorded() {
		file.transition(CaseStage.CLOSED, "durable solution reached", SUPERVISOR, List.of(), COMPLETE_RETURN);
		file.clearEvents();

		assertThatThrownBy(() -> file.transition(CaseStage.ASSESSED, "", CASEWORKER, List.of(), COMPLETE_RETURN))
			.isInstanceOf(InvalidInputException.class);
		assertThat(file.closed()).isTrue();

		file.transition(CaseStage.ASSESSED, "re-trafficking reported by the receiving country", CASEWORKER, List.of(),
				CaseFacts.nothingOnFile());

		assertThat(file.stage()).isEqualTo(CaseStage.ASSESSED);
		file.requireOpen();
		assertThat(file.events()).contains(new CaseReopened(file.id(), CaseStage.ASSESSED,
				"re-trafficking reported by the receiving country", "cw-7", CLOCK.instant()));
		assertThat(file.history()).last().extracting(Transition::from).isEqualTo(CaseStage.CLOSED);
	}

	@Test
	void aReopenedCaseCrossesTheGatesAgainOnTheWayForward() {
		file.transition(CaseStage.CLOSED, "durable solution reached", SUPERVISOR, List.of(), COMPLETE_RETURN);
		file.transition(CaseStage.PLANNED, "new plan needed", CASEWORKER, List.of(), COMPLETE_RETURN);

		assertThatThrownBy(() -> file.transition(CaseStage.IMPLEMENTED, "carry out", SUPERVISOR, List.of(),
				aReturnReadyToCarryOut().withoutCarePlan().build()))
			.isInstanceOf(TransitionRefusedException.class);
	}

}
