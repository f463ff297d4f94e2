package org.protect.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The alerts a case raises on a given day: a pure function of what is on file, so that a background job
 * and a page compute the same.
 */
public final class CaseAlerts {

	/** Issue 4: alert when the child turns 18 within 180 days and a return is planned. */
	public static final int DEFAULT_HORIZON_DAYS = 180;

	/** Issue 4: a guardian within three working days of identification. */
	public static final int GUARDIAN_WORKING_DAYS = 3;

	private CaseAlerts() {
	}

	/** The alerts with the default horizon for turning 18. */
	public static List<CaseAlert> of(CaseFacts facts, CaseStage stage, LocalDate identifiedOn, LocalDate today) {
		return of(facts, stage, identifiedOn, today, DEFAULT_HORIZON_DAYS);
	}

	/**
	 * The alerts a case raises today, in the order of {@link CaseAlert}.
	 *
	 * @param facts what is on file
	 * @param stage the case's stage; a closed case raises only {@link CaseAlert#CHILD_MISSING}
	 * @param identifiedOn the day the child was identified
	 * @param today the node's date
	 * @param horizonDays how far ahead an 18th birthday raises an alert
	 */
	public static List<CaseAlert> of(CaseFacts facts, CaseStage stage, LocalDate identifiedOn, LocalDate today,
			int horizonDays) {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(identifiedOn, "identifiedOn");
		Objects.requireNonNull(today, "today");
		if (horizonDays < 0) {
			throw new IllegalArgumentException("horizonDays must not be negative");
		}
		List<CaseAlert> alerts = new ArrayList<>();
		boolean open = stage != CaseStage.CLOSED;
		if (open && turning18Soon(facts, stage, today, horizonDays)) {
			alerts.add(CaseAlert.TURNING_18_SOON);
		}
		if (open && !facts.independentGuardian() && !today.isBefore(guardianDueBy(identifiedOn))) {
			alerts.add(CaseAlert.NO_GUARDIAN_AFTER_3_WORKING_DAYS);
		}
		if (open && facts.followUps().stream().anyMatch(followUp -> followUp.overdueOn(today))) {
			alerts.add(CaseAlert.FOLLOW_UP_OVERDUE);
		}
		// A missing child is reported even on a closed case: whoever sees it must act, and reopen the case.
		if (facts.childMissing()) {
			alerts.add(CaseAlert.CHILD_MISSING);
		}
		return List.copyOf(alerts);
	}

	/**
	 * The alerts of {@link #of(CaseFacts, CaseStage, LocalDate, LocalDate, int)} with
	 * {@link CaseAlert#REVIEW_OVERDUE} added, in order, when a review date (of the determination, of the care
	 * plan) has passed while the case is open.
	 */
	public static List<CaseAlert> of(CaseFacts facts, CaseStage stage, LocalDate identifiedOn, LocalDate today,
			int horizonDays, List<LocalDate> reviewDates) {
		List<CaseAlert> alerts = new ArrayList<>(of(facts, stage, identifiedOn, today, horizonDays));
		boolean overdue = stage != CaseStage.CLOSED
				&& reviewDates.stream().anyMatch(date -> date != null && date.isBefore(today));
		if (overdue) {
			alerts.add(CaseAlert.REVIEW_OVERDUE);
			alerts.sort(null);
		}
		return List.copyOf(alerts);
	}

	/**
	 * The third working day (Monday to Friday) after identification: from that day on, a case without an
	 * independent guardian raises an alert. The alert comes on the third working day rather than after it,
	 * so that there is still a working day to act. Public holidays are not yet considered: they differ by
	 * country (and in some by region), and would come from the directory; until then the alert may come a
	 * day early around a holiday, never late.
	 */
	public static LocalDate guardianDueBy(LocalDate identifiedOn) {
		LocalDate day = identifiedOn;
		int workingDays = 0;
		while (workingDays < GUARDIAN_WORKING_DAYS) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				workingDays++;
			}
		}
		return day;
	}

	/**
	 * A return or transfer is chosen, not yet carried out, and the child turns 18 within the horizon at the
	 * youngest plausible age. A child who has already turned 18 keeps the alert until the plan changes or
	 * the return is carried out with a supervisor's review (see {@link Safeguard#TURNS_18_BEFORE_RETURN}).
	 */
	private static boolean turning18Soon(CaseFacts facts, CaseStage stage, LocalDate today, int horizonDays) {
		if (!facts.returnOrTransferChosen() || stage.isAfter(CaseStage.PLANNED)) {
			return false;
		}
		return facts.birthDate()
			.eighteenthBirthday()
			.map(birthday -> !birthday.isAfter(today.plusDays(horizonDays)))
			.orElse(false);
	}

}
