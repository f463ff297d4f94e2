package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protect.cases.CaseFactsBuilder.TODAY;
import static org.protect.cases.CaseFactsBuilder.aCase;
import static org.protect.cases.CaseFactsBuilder.aReturnReadyToCarryOut;
import static org.protect.cases.CaseFactsBuilder.anIntegrationReadyToCarryOut;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeguardGatesTests {

	private final SafeguardGates gates = new SafeguardGates();

	/** Each safeguard, the gate it belongs to and a way to take its fact away from a complete return. */
	static Stream<Arguments> missingFacts() {
		return Stream.of(
				missing(Safeguard.NO_TRAFFICKING_SCREENING, CaseStage.PROTECTED, CaseFactsBuilder::withoutTraffickingScreening),
				missing(Safeguard.NO_GUARDIAN, CaseStage.PROTECTED, CaseFactsBuilder::withoutGuardian),
				missing(Safeguard.NO_GUARDIAN, CaseStage.PROTECTED, CaseFactsBuilder::withGuardianNotIndependent),
				missing(Safeguard.NO_RISK_ASSESSMENT, CaseStage.ASSESSED, CaseFactsBuilder::withoutRiskAssessment),
				missing(Safeguard.NO_CHILD_VIEWS, CaseStage.ASSESSED, CaseFactsBuilder::withoutChildViews),
				missing(Safeguard.BID_NOT_APPROVED, CaseStage.DETERMINED,
						facts -> facts.withUnapprovedBid(DurableSolution.RETURN_FAMILY_REUNIFICATION)),
				missing(Safeguard.BID_NOT_APPROVED, CaseStage.DETERMINED,
						facts -> facts.withBidApprovedByAPanelMember(DurableSolution.RETURN_FAMILY_REUNIFICATION)),
				missing(Safeguard.NO_FAMILY_ASSESSMENT, CaseStage.DETERMINED, CaseFactsBuilder::withoutFamilyAssessment),
				missing(Safeguard.RISK_AGAINST_RETURN, CaseStage.DETERMINED,
						facts -> facts.withRiskAssessment(RiskConclusion.AGAINST_RETURN)),
				missing(Safeguard.NO_CARE_PLAN, CaseStage.PLANNED, CaseFactsBuilder::withoutCarePlan),
				missing(Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY, CaseStage.PLANNED,
						CaseFactsBuilder::withCarePlanNotAccepted),
				missing(Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY, CaseStage.PLANNED,
						facts -> facts.withCarePlanAcceptedBy(" ")),
				missing(Safeguard.NO_RECEIVING_GUARDIAN, CaseStage.PLANNED, CaseFactsBuilder::withoutReceivingGuardian),
				missing(Safeguard.NO_HANDOVER_ARRANGED, CaseStage.PLANNED, CaseFactsBuilder::withoutHandover),
				missing(Safeguard.NO_HANDOVER_ARRANGED, CaseStage.PLANNED, facts -> facts.withHandoverOn(null)),
				missing(Safeguard.NO_PLACEMENT_CONSENT, CaseStage.PLANNED, CaseFactsBuilder::placedInCareAbroad),
				missing(Safeguard.NO_PLACEMENT_CONSENT, CaseStage.PLANNED,
						facts -> facts.placedInCareAbroad().withPlacementConsent(ConsentSource.NOTED_WITHOUT_ANSWER)),
				missing(Safeguard.TURNS_18_BEFORE_RETURN, CaseStage.PLANNED,
						facts -> facts.bornOn(TODAY.plusDays(30).minusYears(18))),
				missing(Safeguard.NO_FOLLOW_UP_SCHEDULE, CaseStage.FOLLOWED_UP, facts -> facts.withFollowUps()),
				missing(Safeguard.FOLLOW_UPS_OUTSTANDING, CaseStage.CLOSED,
						facts -> facts.withFollowUps(FollowUp.due(TODAY.plusDays(60)).doneOn(TODAY.plusDays(58)),
								FollowUp.due(TODAY.plusDays(90)))));
	}

	private static Arguments missing(Safeguard safeguard, CaseStage gate, UnaryOperator<CaseFactsBuilder> takeAway) {
		return Arguments.of(safeguard, gate, takeAway);
	}

	@Test
	void letsACompleteReturnThroughEveryGate() {
		assertThat(gates.unmet(aReturnReadyToCarryOut().build(), CaseStage.IDENTIFIED, CaseStage.CLOSED, TODAY))
			.isEmpty();
	}

	@Test
	void everySafeguardHasAFactThatRaisesIt() {
		Set<Safeguard> covered = missingFacts().map(arguments -> (Safeguard) arguments.get()[0])
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Safeguard.class)));
		assertThat(covered).containsExactlyInAnyOrder(Safeguard.values());
	}

	@ParameterizedTest(name = "{0} at the gate to {1}")
	@MethodSource("missingFacts")
	void raisesExactlyTheSafeguardWhoseFactIsMissingAtItsGate(Safeguard safeguard, CaseStage gate,
			UnaryOperator<CaseFactsBuilder> takeAway) {
		CaseStage before = CaseStage.values()[gate.ordinal() - 1];
		CaseFacts withoutTheFact = takeAway.apply(aReturnReadyToCarryOut()).build();

		assertThat(gates.unmet(withoutTheFact, before, gate, TODAY)).containsExactly(safeguard);
		assertThat(gates.unmet(aReturnReadyToCarryOut().build(), before, gate, TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("missingFacts")
	void implementationRechecksEverySafeguardOfThePlanAndBefore(Safeguard safeguard, CaseStage gate,
			UnaryOperator<CaseFactsBuilder> takeAway) {
		CaseFacts withoutTheFact = takeAway.apply(aReturnReadyToCarryOut()).build();
		List<Safeguard> unmet = gates.unmet(withoutTheFact, CaseStage.PLANNED, CaseStage.IMPLEMENTED, TODAY);
		if (gate.isAfter(CaseStage.IMPLEMENTED)) {
			assertThat(unmet).isEmpty();
		}
		else {
			assertThat(unmet).containsExactly(safeguard);
		}
	}

	@Test
	void aJumpFromIdentifiedToImplementedListsEverySafeguardStillMissing() {
		CaseFacts newlyRegistered = aCase().aged(18).placedInCareAbroad().build();

		assertThat(gates.unmet(newlyRegistered, CaseStage.IDENTIFIED, CaseStage.IMPLEMENTED, TODAY)).containsExactly(
				Safeguard.NO_TRAFFICKING_SCREENING, Safeguard.NO_GUARDIAN, Safeguard.NO_RISK_ASSESSMENT,
				Safeguard.NO_CHILD_VIEWS, Safeguard.BID_NOT_APPROVED, Safeguard.NO_FAMILY_ASSESSMENT,
				Safeguard.NO_CARE_PLAN, Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY,
				Safeguard.NO_RECEIVING_GUARDIAN, Safeguard.NO_HANDOVER_ARRANGED, Safeguard.NO_PLACEMENT_CONSENT,
				Safeguard.TURNS_18_BEFORE_RETURN);
	}

	@Test
	void aJumpToClosedAlsoListsTheFollowUpSafeguards() {
		CaseFacts facts = aCase().withFollowUps(FollowUp.due(TODAY)).build();
		assertThat(gates.unmet(facts, CaseStage.IDENTIFIED, CaseStage.CLOSED, TODAY))
			.contains(Safeguard.NO_TRAFFICKING_SCREENING, Safeguard.FOLLOW_UPS_OUTSTANDING)
			.doesNotContain(Safeguard.NO_FOLLOW_UP_SCHEDULE);
		assertThat(gates.unmet(CaseFacts.nothingOnFile(), CaseStage.IMPLEMENTED, CaseStage.CLOSED, TODAY))
			.containsExactly(Safeguard.NO_FOLLOW_UP_SCHEDULE);
	}

	@Test
	void listsEachSafeguardOnceInTheOrderOfTheCodes() {
		CaseFacts facts = aCase().withRiskAssessment(RiskConclusion.AGAINST_RETURN).aged(18).build();
		List<Safeguard> unmet = gates.unmet(facts, CaseStage.IDENTIFIED, CaseStage.CLOSED, TODAY);

		assertThat(unmet).doesNotHaveDuplicates();
		assertThat(unmet).isSortedAccordingTo(java.util.Comparator.naturalOrder());
		assertThat(unmet).isEqualTo(gates.unmet(facts, CaseStage.IDENTIFIED, CaseStage.CLOSED, TODAY));
	}

	@Test
	void goingBackOrStayingCrossesNoGate() {
		for (CaseStage from : CaseStage.values()) {
			for (CaseStage to : CaseStage.values()) {
				if (!to.isAfter(from) && !(to == CaseStage.IMPLEMENTED && from.isAfter(to))) {
					assertThat(gates.unmet(CaseFacts.nothingOnFile(), from, to, TODAY)).as("%s to %s", from, to).isEmpty();
				}
			}
		}
	}

	@Test
	void goingBackIntoImplementationPassesItsGateLikeAMoveForward() {
		CaseFacts changedToAReturn = anIntegrationReadyToCarryOut()
			.withApprovedBid(DurableSolution.RETURN_FAMILY_REUNIFICATION)
			.build();

		for (CaseStage from : List.of(CaseStage.FOLLOWED_UP, CaseStage.CLOSED)) {
			assertThat(gates.unmet(changedToAReturn, from, CaseStage.IMPLEMENTED, TODAY))
				.isEqualTo(gates.unmet(changedToAReturn, CaseStage.PLANNED, CaseStage.IMPLEMENTED, TODAY))
				.contains(Safeguard.NO_FAMILY_ASSESSMENT, Safeguard.NO_RECEIVING_GUARDIAN);
		}
	}

	@Test
	void verificationHasNoGateSoAnAgeAssessmentIsNeverForcedWithoutDoubt() {
		assertThat(gates.unmet(CaseFacts.nothingOnFile(), CaseStage.PROTECTED, CaseStage.VERIFIED, TODAY)).isEmpty();
	}

	@Test
	void anIntegrationNeedsNoneOfTheReturnSafeguards() {
		CaseFacts integration = anIntegrationReadyToCarryOut().aged(18).placedInCareAbroad()
			.withRiskAssessment(RiskConclusion.AGAINST_RETURN)
			.build();

		assertThat(gates.unmet(integration, CaseStage.IDENTIFIED, CaseStage.IMPLEMENTED, TODAY)).isEmpty();
	}

	@Test
	void withoutADeterminationTheReturnSafeguardsAreListedToo() {
		CaseFacts undecided = anIntegrationReadyToCarryOut().withoutBid().build();

		assertThat(gates.unmet(undecided, CaseStage.ASSESSED, CaseStage.PLANNED, TODAY)).contains(
				Safeguard.BID_NOT_APPROVED, Safeguard.NO_FAMILY_ASSESSMENT, Safeguard.NO_RECEIVING_GUARDIAN);
	}

	@Test
	void decidingAReturnRechecksScreeningAndTheChildsViews() {
		CaseFacts facts = aReturnReadyToCarryOut().withoutTraffickingScreening().withoutChildViews().build();

		assertThat(gates.unmet(facts, CaseStage.ASSESSED, CaseStage.DETERMINED, TODAY))
			.containsExactly(Safeguard.NO_TRAFFICKING_SCREENING, Safeguard.NO_CHILD_VIEWS);
	}

	@Test
	void aRiskAssessmentThatNeverLookedAtTheDestinationIsNoAssessmentOfAReturn() {
		CaseFacts facts = aReturnReadyToCarryOut().withRiskAssessment(RiskConclusion.NOT_APPLICABLE).build();

		assertThat(gates.unmet(facts, CaseStage.ASSESSED, CaseStage.DETERMINED, TODAY))
			.containsExactly(Safeguard.NO_RISK_ASSESSMENT);
	}

	@Test
	void placementConsentIsNeededOnlyForCareAbroadAndOnlyWhenReceivedFromTheReceivingState() {
		CaseFacts withConsent = aReturnReadyToCarryOut().placedInCareAbroad()
			.withPlacementConsent(ConsentSource.RECEIVED_THROUGH_COOPERATION)
			.build();
		CaseFacts withoutConsent = aReturnReadyToCarryOut().placedInCareAbroad().build();

		assertThat(gates.unmet(withConsent, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY)).isEmpty();
		assertThat(gates.unmet(withoutConsent, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY))
			.containsExactly(Safeguard.NO_PLACEMENT_CONSENT);
		assertThat(new PlacementConsent(ConsentSource.RECEIVED_THROUGH_COOPERATION, " ", TODAY)
			.receivedFromTheReceivingState()).isFalse();
	}

	@Test
	void flagsAChildWhoTurns18OnThePlannedDateButNotTheDayAfter() {
		CaseFacts onTheDay = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(30).minusYears(18)).build();
		CaseFacts dayAfter = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(31).minusYears(18)).build();

		assertThat(gates.unmet(onTheDay, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY))
			.containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);
		assertThat(gates.unmet(dayAfter, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY)).isEmpty();
	}

	@Test
	void implementationRechecksTheAgeOnTheDayWhenTheReturnIsLate() {
		// Planned for today + 30; the child turns 18 at today + 40; the return slips to today + 45.
		CaseFacts facts = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(40).minusYears(18)).build();

		assertThat(gates.unmet(facts, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY)).isEmpty();
		assertThat(gates.unmet(facts, CaseStage.PLANNED, CaseStage.IMPLEMENTED, TODAY.plusDays(45)))
			.containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);
	}

	@Test
	void usesTheYoungestPlausibleAgeForEstimatedBirthDates() {
		// Born some time in 2008: at the earliest the child is 18 already, at the latest on 31 December 2026.
		CaseFacts estimatedYear = aReturnReadyToCarryOut().born(BirthDate.inYear(2008)).build();
		CaseFacts estimatedRange = aReturnReadyToCarryOut()
			.born(BirthDate.between(TODAY.minusYears(19), TODAY.plusDays(31).minusYears(18)))
			.build();
		CaseFacts rangeEndingBeforeTheReturn = aReturnReadyToCarryOut()
			.born(BirthDate.between(TODAY.minusYears(19), TODAY.plusDays(29).minusYears(18)))
			.build();

		assertThat(gates.unmet(estimatedYear, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY)).isEmpty();
		assertThat(gates.unmet(estimatedRange, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY)).isEmpty();
		assertThat(gates.unmet(rangeEndingBeforeTheReturn, CaseStage.DETERMINED, CaseStage.PLANNED, TODAY))
			.containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);
	}

	@Test
	void presumesAChildOfUnknownAgeAMinor() {
		CaseFacts unknown = aReturnReadyToCarryOut().born(BirthDate.unknown()).build();

		assertThat(gates.unmet(unknown, CaseStage.DETERMINED, CaseStage.IMPLEMENTED, TODAY.plusYears(20))).isEmpty();
	}

	@Test
	void neverFlagsAChildWhoStays() {
		CaseFacts integration = anIntegrationReadyToCarryOut().aged(18).build();

		assertThat(gates.unmet(integration, CaseStage.DETERMINED, CaseStage.IMPLEMENTED, TODAY)).isEmpty();
	}

	@Test
	void everyCodeHasItsMessageKeyAndOnlyTheAgeFlagMayBeOverridden() {
		assertThat(Safeguard.NO_GUARDIAN.messageKey()).isEqualTo("cases.safeguard.NO_GUARDIAN");
		assertThat(Arrays.stream(Safeguard.values()).map(Safeguard::messageKey))
			.allMatch(key -> key.startsWith("cases.safeguard."))
			.doesNotHaveDuplicates();
		assertThat(Arrays.stream(Safeguard.values()).filter(Safeguard::overridable))
			.containsExactly(Safeguard.TURNS_18_BEFORE_RETURN);
	}

}
