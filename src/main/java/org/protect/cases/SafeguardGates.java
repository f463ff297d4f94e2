package org.protect.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The gates between the stages of a case: which safeguards must hold before a case may move forward.
 * <p>
 * A move forward crosses every gate between the two stages and answers every unmet safeguard of all of
 * them at once, in the order of {@link Safeguard}, without duplicates. Moving back crosses no gate, with
 * one exception: moving back <i>into</i> {@link CaseStage#IMPLEMENTED} (from follow-up or a closed case)
 * says that the solution is being carried out now, so it passes the gate to implementation like a move
 * forward would. Otherwise a case planned for integration, closed, then changed to a return, could be
 * looped back into implementation without a single return safeguard.
 * <p>
 * The gate to {@link CaseStage#IMPLEMENTED} re-checks every earlier gate against the facts as they are
 * now, not as they were when the earlier gates were crossed: a risk assessment may have been revised,
 * the determination changed from integration to return, or the child turned 18 meanwhile. A return is
 * carried out only if everything it depends on holds on the day it is carried out.
 */
public final class SafeguardGates {

	/**
	 * Every safeguard unmet between {@code from} and {@code to}.
	 *
	 * @param facts what is on file now
	 * @param from the case's stage
	 * @param to the stage asked for
	 * @param today the node's date, for the age check
	 * @return every unmet safeguard, in a stable order; empty when the move may go ahead or goes back
	 *         (except back into implementation)
	 */
	public List<Safeguard> unmet(CaseFacts facts, CaseStage from, CaseStage to, LocalDate today) {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(today, "today");
		Set<Safeguard> unmet = EnumSet.noneOf(Safeguard.class);
		if (to == CaseStage.IMPLEMENTED && from.isAfter(to)) {
			checkGateInto(CaseStage.IMPLEMENTED, facts, today, unmet);
		}
		for (CaseStage stage : CaseStage.values()) {
			if (stage.isAfter(from) && !stage.isAfter(to)) {
				checkGateInto(stage, facts, today, unmet);
			}
		}
		return List.copyOf(unmet);
	}

	private void checkGateInto(CaseStage stage, CaseFacts facts, LocalDate today, Set<Safeguard> unmet) {
		switch (stage) {
			case PROTECTED -> protection(facts, unmet);
			case ASSESSED -> assessment(facts, unmet);
			case DETERMINED -> determination(facts, unmet);
			case PLANNED -> plan(facts, today, unmet);
			case IMPLEMENTED -> {
				// The plan's preconditions still hold on the day it is carried out: everything is re-checked.
				protection(facts, unmet);
				assessment(facts, unmet);
				determination(facts, unmet);
				plan(facts, today, unmet);
			}
			case FOLLOWED_UP -> {
				if (!facts.followUpScheduled()) {
					unmet.add(Safeguard.NO_FOLLOW_UP_SCHEDULE);
				}
			}
			case CLOSED -> {
				if (!facts.followUpsSettled()) {
					unmet.add(Safeguard.FOLLOW_UPS_OUTSTANDING);
				}
			}
			case IDENTIFIED, VERIFIED -> {
				// No gate: identification needs nothing, and an age assessment is only made where there is
				// real doubt, so its absence must not hold a case back (the child is presumed a minor meanwhile).
			}
		}
	}

	private static void protection(CaseFacts facts, Set<Safeguard> unmet) {
		// CoE Anti-Trafficking Convention art. 10, Directive 2011/36/EU art. 11(4): identify victims first.
		if (!facts.traffickingScreened()) {
			unmet.add(Safeguard.NO_TRAFFICKING_SCREENING);
		}
		// CRC art. 20, Directive 2011/36/EU art. 14(2) and 16(3): a guardian from identification, and one
		// who is not the authority deciding on the return.
		if (!facts.independentGuardian()) {
			unmet.add(Safeguard.NO_GUARDIAN);
		}
	}

	private static void assessment(CaseFacts facts, Set<Safeguard> unmet) {
		if (!facts.riskAssessed()) {
			unmet.add(Safeguard.NO_RISK_ASSESSMENT);
		}
		// CRC art. 12: the child's right to be heard in every decision about them.
		if (!facts.childViewsRecorded()) {
			unmet.add(Safeguard.NO_CHILD_VIEWS);
		}
	}

	private static void determination(CaseFacts facts, Set<Safeguard> unmet) {
		if (facts.bid() == null || !facts.bid().validlyApproved()) {
			unmet.add(Safeguard.BID_NOT_APPROVED);
		}
		if (!facts.returnOrTransfer()) {
			return;
		}
		// Before a return or transfer is decided, everything it rests on must be on file (DESIGN.md, gates).
		// Children are returned without having been identified as victims: never decide a return before screening.
		if (!facts.traffickingScreened()) {
			unmet.add(Safeguard.NO_TRAFFICKING_SCREENING);
		}
		assessment(facts, unmet);
		// A risk assessment that did not look at the destination is no assessment of a return
		// (CoE Convention art. 16(2) and (7): return with due regard for the child's safety).
		if (facts.riskConclusion() == RiskConclusion.NOT_APPLICABLE) {
			unmet.add(Safeguard.NO_RISK_ASSESSMENT);
		}
		// Return Directive 2008/115/EC art. 10(2): returned only to a family member, guardian or adequate care.
		if (!facts.familyAssessmentReceived()) {
			unmet.add(Safeguard.NO_FAMILY_ASSESSMENT);
		}
		// ECHR art. 3, CRC General Comment 6 para. 27: non-refoulement; never overridable.
		if (facts.riskConclusion() == RiskConclusion.AGAINST_RETURN) {
			unmet.add(Safeguard.RISK_AGAINST_RETURN);
		}
	}

	private static void plan(CaseFacts facts, LocalDate today, Set<Safeguard> unmet) {
		if (!facts.carePlanPresent()) {
			unmet.add(Safeguard.NO_CARE_PLAN);
		}
		if (!facts.returnOrTransfer()) {
			return;
		}
		if (!facts.carePlanAcceptedByNamedAgency()) {
			unmet.add(Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY);
		}
		// Guardianship is transferred, not dropped at the border.
		if (!facts.receivingGuardianAccepted()) {
			unmet.add(Safeguard.NO_RECEIVING_GUARDIAN);
		}
		if (!facts.handoverArranged()) {
			unmet.add(Safeguard.NO_HANDOVER_ARRANGED);
		}
		// Hague 1996 art. 33, Brussels IIb art. 82: consent of the receiving State before placement in care there.
		if (facts.placementInCareAbroad() && !facts.placementConsentReceived()) {
			unmet.add(Safeguard.NO_PLACEMENT_CONSENT);
		}
		if (turns18BeforeReturn(facts, today)) {
			unmet.add(Safeguard.TURNS_18_BEFORE_RETURN);
		}
	}

	/**
	 * The child is 18 on the day of the return even at the youngest plausible age. The day of the return is
	 * the planned date, or today when that has passed (a late return happens today, not on the planned day).
	 * Without a planned date the hand-over is not arranged, and the age is checked against today. This is a
	 * flag for a supervisor's review, never a reason to return: turning 18 is not a durable solution.
	 */
	static boolean turns18BeforeReturn(CaseFacts facts, LocalDate today) {
		LocalDate planned = facts.plannedReturnDate();
		LocalDate returnDay = planned == null || planned.isBefore(today) ? today : planned;
		return facts.birthDate().certainlyAdultOn(returnDay);
	}

}
