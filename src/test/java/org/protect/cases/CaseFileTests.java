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

import org.junit.jupiter.api.Test;
import org.protect.shared.ConflictException;
import org.protect.shared.InvalidInputException;

class CaseFileTests {

	private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	private static final Actor CASEWORKER = Actor.caseworker("cw-7");

	private static final Actor SUPERVISOR = Actor.supervisor("sv-2");

	private static final CaseFacts COMPLETE_RETURN = aReturnReadyToCarryOut().build();

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
