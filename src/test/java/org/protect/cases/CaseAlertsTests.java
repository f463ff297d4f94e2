package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protect.cases.CaseFactsBuilder.TODAY;
import static org.protect.cases.CaseFactsBuilder.aCase;
import static org.protect.cases.CaseFactsBuilder.aReturnReadyToCarryOut;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CaseAlertsTests {

	/** A Friday. */
	private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 27);

	@Test
	void raisesNothingForACaseInGoodOrder() {
		assertThat(CaseAlerts.of(aReturnReadyToCarryOut().build(), CaseStage.PLANNED, TODAY.minusDays(30), TODAY))
			.isEmpty();
	}

	@Test
	void warnsWhenAChildWithAReturnPlannedTurns18WithinTheHorizon() {
		CaseFacts inside = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(180).minusYears(18)).build();
		CaseFacts outside = aReturnReadyToCarryOut().bornOn(TODAY.plusDays(181).minusYears(18)).build();

		assertThat(CaseAlerts.of(inside, CaseStage.DETERMINED, TODAY, TODAY)).containsExactly(CaseAlert.TURNING_18_SOON);
		assertThat(CaseAlerts.of(outside, CaseStage.DETERMINED, TODAY, TODAY)).isEmpty();
		assertThat(CaseAlerts.of(outside, CaseStage.DETERMINED, TODAY, TODAY, 365))
			.containsExactly(CaseAlert.TURNING_18_SOON);
	}

	@Test
	void keepsWarningWhenTheChildHasTurned18AndTheReturnIsStillPending() {
		CaseFacts adult = aReturnReadyToCarryOut().aged(18).build();

		assertThat(CaseAlerts.of(adult, CaseStage.PLANNED, TODAY, TODAY)).containsExactly(CaseAlert.TURNING_18_SOON);
	}

	@Test
	void doesNotWarnAboutTurning18WithoutAPlannedReturnOrOnceItIsCarriedOut() {
		CaseFacts staying = aCase().withGuardian().withApprovedBid(DurableSolution.INTEGRATION_HERE).aged(17).build();
		CaseFacts undecided = aCase().withGuardian().aged(17).build();
		CaseFacts returned = aReturnReadyToCarryOut().aged(17).build();

		assertThat(CaseAlerts.of(staying, CaseStage.PLANNED, TODAY, TODAY)).isEmpty();
		assertThat(CaseAlerts.of(undecided, CaseStage.ASSESSED, TODAY, TODAY)).isEmpty();
		assertThat(CaseAlerts.of(returned, CaseStage.IMPLEMENTED, TODAY, TODAY)).isEmpty();
	}

	@Test
	void judgesTurning18SoonAtTheYoungestPlausibleAge() {
		// Born between 19 years ago and 18 years less 200 days ago: at the youngest, 18 in 200 days.
		CaseFacts estimated = aReturnReadyToCarryOut()
			.born(BirthDate.between(TODAY.minusYears(19), TODAY.plusDays(200).minusYears(18)))
			.build();
		CaseFacts unknown = aReturnReadyToCarryOut().born(BirthDate.unknown()).build();

		assertThat(CaseAlerts.of(estimated, CaseStage.PLANNED, TODAY, TODAY)).isEmpty();
		assertThat(CaseAlerts.of(unknown, CaseStage.PLANNED, TODAY, TODAY)).isEmpty();
	}

	@Test
	void countsThreeWorkingDaysAcrossAWeekend() {
		assertThat(FRIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		// Identified on Friday: Monday, Tuesday, Wednesday are the three working days.
		assertThat(CaseAlerts.guardianDueBy(FRIDAY)).isEqualTo(FRIDAY.plusDays(5));
		// Identified on Saturday or Sunday: the same Wednesday.
		assertThat(CaseAlerts.guardianDueBy(FRIDAY.plusDays(1))).isEqualTo(FRIDAY.plusDays(5));
		assertThat(CaseAlerts.guardianDueBy(FRIDAY.plusDays(2))).isEqualTo(FRIDAY.plusDays(5));
		// Identified on Monday: Thursday.
		assertThat(CaseAlerts.guardianDueBy(FRIDAY.plusDays(3))).isEqualTo(FRIDAY.plusDays(6));
	}

	@Test
	void warnsOnTheThirdWorkingDayWithoutAGuardianNotBefore() {
		CaseFacts noGuardian = aCase().build();

		assertThat(CaseAlerts.of(noGuardian, CaseStage.IDENTIFIED, FRIDAY, FRIDAY.plusDays(4))).isEmpty();
		assertThat(CaseAlerts.of(noGuardian, CaseStage.IDENTIFIED, FRIDAY, FRIDAY.plusDays(5)))
			.containsExactly(CaseAlert.NO_GUARDIAN_AFTER_3_WORKING_DAYS);
		assertThat(CaseAlerts.of(aCase().withGuardian().build(), CaseStage.IDENTIFIED, FRIDAY, FRIDAY.plusDays(5)))
			.isEmpty();
	}

	@Test
	void aGuardianWhoIsNotIndependentDoesNotStopTheAlert() {
		assertThat(CaseAlerts.of(aCase().withGuardianNotIndependent().build(), CaseStage.PROTECTED, FRIDAY,
				FRIDAY.plusDays(10)))
			.containsExactly(CaseAlert.NO_GUARDIAN_AFTER_3_WORKING_DAYS);
	}

	@Test
	void warnsWhenAFollowUpIsPastItsDueDateAndNeitherDoneNorWaived() {
		FollowUp due = FollowUp.due(TODAY.minusDays(1));

		assertThat(CaseAlerts.of(aReturnReadyToCarryOut().withFollowUps(due).build(), CaseStage.FOLLOWED_UP,
				TODAY.minusYears(1), TODAY))
			.containsExactly(CaseAlert.FOLLOW_UP_OVERDUE);
		assertThat(CaseAlerts.of(aReturnReadyToCarryOut().withFollowUps(FollowUp.due(TODAY)).build(),
				CaseStage.FOLLOWED_UP, TODAY.minusYears(1), TODAY))
			.isEmpty();
		assertThat(CaseAlerts.of(aReturnReadyToCarryOut().withFollowUps(due.waived("family moved, partner informed")).build(),
				CaseStage.FOLLOWED_UP, TODAY.minusYears(1), TODAY))
			.isEmpty();
		assertThat(CaseAlerts.of(aReturnReadyToCarryOut().withFollowUps(due.waived("  ")).build(),
				CaseStage.FOLLOWED_UP, TODAY.minusYears(1), TODAY))
			.containsExactly(CaseAlert.FOLLOW_UP_OVERDUE);
	}

	@Test
	void reportsAMissingChildEvenOnAClosedCase() {
		CaseFacts missing = aCase().missing().build();

		assertThat(CaseAlerts.of(missing, CaseStage.CLOSED, TODAY.minusYears(1), TODAY))
			.containsExactly(CaseAlert.CHILD_MISSING);
		assertThat(CaseAlerts.of(missing, CaseStage.IDENTIFIED, TODAY, TODAY)).containsExactly(CaseAlert.CHILD_MISSING);
	}

	@Test
	void listsEveryAlertAtOnceInAStableOrder() {
		CaseFacts everything = aCase().withApprovedBid(DurableSolution.TRANSFER_THIRD_COUNTRY)
			.bornOn(TODAY.plusDays(90).minusYears(18))
			.withFollowUps(FollowUp.due(TODAY.minusDays(3)))
			.missing()
			.build();

		assertThat(CaseAlerts.of(everything, CaseStage.PLANNED, TODAY.minusDays(10), TODAY)).containsExactly(
				CaseAlert.TURNING_18_SOON, CaseAlert.NO_GUARDIAN_AFTER_3_WORKING_DAYS, CaseAlert.FOLLOW_UP_OVERDUE,
				CaseAlert.CHILD_MISSING);
	}

	@Test
	void everyAlertHasItsMessageKey() {
		assertThat(CaseAlert.CHILD_MISSING.messageKey()).isEqualTo("cases.alert.CHILD_MISSING");
		assertThat(java.util.Arrays.stream(CaseAlert.values()).map(CaseAlert::messageKey)).doesNotHaveDuplicates();
	}

	@Test
	void refusesANegativeHorizon() {
		assertThatThrownBy(() -> CaseAlerts.of(aCase().build(), CaseStage.IDENTIFIED, TODAY, TODAY, -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void warnsWhenAReviewDateHasPassedWhileTheCaseIsOpen() {
		CaseFacts facts = aReturnReadyToCarryOut().build();

		assertThat(CaseAlerts.of(facts, CaseStage.PLANNED, TODAY.minusDays(30), TODAY, 180,
				java.util.List.of(TODAY.minusDays(1), TODAY.plusDays(30))))
			.containsExactly(CaseAlert.REVIEW_OVERDUE);
		assertThat(CaseAlerts.of(facts, CaseStage.PLANNED, TODAY.minusDays(30), TODAY, 180, java.util.List.of(TODAY)))
			.isEmpty();
		assertThat(CaseAlerts.of(facts, CaseStage.CLOSED, TODAY.minusDays(30), TODAY, 180,
				java.util.List.of(TODAY.minusDays(1))))
			.isEmpty();
	}

}
