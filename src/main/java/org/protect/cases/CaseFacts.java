package org.protect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A read-only snapshot of what is on file for one case, as the safeguard gates and the alerts examine it.
 *
 * @param traffickingScreened trafficking and exploitation indicators screened
 * @param guardianAppointed a guardian or representative appointed
 * @param guardianIndependent that guardian's independence from the return authority confirmed
 * @param riskConclusion the risk and safety assessment's conclusion on a return, or {@code null} when
 *        there is no assessment
 * @param childViewsRecorded the best-interests assessment records the child's views in their words (or
 *        that the child, having been asked, chose not to give them)
 * @param familyAssessmentReceived a family or carer assessment received, possibly from the other country
 * @param bid the best-interests determination, or {@code null} when there is none yet
 * @param carePlanPresent a care plan exists
 * @param receivingAgency the receiving agency named in the care plan, or {@code null}
 * @param carePlanAcceptedByReceivingAgency that agency's acceptance of the care plan recorded
 * @param receivingGuardianAccepted the receiving guardian or authority accepted responsibility
 * @param handoverAndEscortArranged hand-over and escort arranged
 * @param plannedReturnDate the planned date of the return or transfer, or {@code null}
 * @param placementInCareAbroad the plan places the child in care abroad (foster family, institution)
 * @param placementConsent the receiving State's consent to that placement, or {@code null}
 * @param birthDate the child's date of birth as far as it is known
 * @param followUps the agreed follow-up schedule; empty when there is none
 * @param childMissing the child is reported missing
 */
public record CaseFacts(boolean traffickingScreened, boolean guardianAppointed, boolean guardianIndependent,
		RiskConclusion riskConclusion, boolean childViewsRecorded, boolean familyAssessmentReceived, Bid bid,
		boolean carePlanPresent, String receivingAgency, boolean carePlanAcceptedByReceivingAgency,
		boolean receivingGuardianAccepted, boolean handoverAndEscortArranged, LocalDate plannedReturnDate,
		boolean placementInCareAbroad, PlacementConsent placementConsent, BirthDate birthDate,
		List<FollowUp> followUps, boolean childMissing) {

	public CaseFacts {
		Objects.requireNonNull(birthDate, "birthDate (use BirthDate.unknown())");
		followUps = followUps == null ? List.of() : List.copyOf(followUps);
	}

	/** A case on which nothing is on file yet. */
	public static CaseFacts nothingOnFile() {
		return new CaseFacts(false, false, false, null, false, false, null, false, null, false, false, false, null,
				false, null, BirthDate.unknown(), List.of(), false);
	}

	/** A guardian is appointed and confirmed independent of the authority that would return the child. */
	public boolean independentGuardian() {
		return guardianAppointed && guardianIndependent;
	}

	public boolean riskAssessed() {
		return riskConclusion != null;
	}

	/**
	 * Whether the return safeguards apply: the determination chose a return or transfer, or there is no
	 * determination yet. Without one nobody can say the child stays, so the safeguards for leaving are
	 * listed too (a jump ahead on a new case lists everything still missing).
	 */
	public boolean returnOrTransfer() {
		return bid == null || bid.solution().leavesTheCountry();
	}

	/** A return or transfer is what the determination chose (approved or not), as opposed to not yet known. */
	public boolean returnOrTransferChosen() {
		return bid != null && bid.solution().leavesTheCountry();
	}

	/** The named receiving agency accepted the care plan. */
	public boolean carePlanAcceptedByNamedAgency() {
		return carePlanAcceptedByReceivingAgency && receivingAgency != null && !receivingAgency.isBlank();
	}

	/** The hand-over, the escort and the date they are for are all arranged. */
	public boolean handoverArranged() {
		return handoverAndEscortArranged && plannedReturnDate != null;
	}

	public boolean placementConsentReceived() {
		return placementConsent != null && placementConsent.receivedFromTheReceivingState();
	}

	public boolean followUpScheduled() {
		return !followUps.isEmpty();
	}

	public boolean followUpsSettled() {
		return followUps.stream().allMatch(FollowUp::settled);
	}

}
