package org.protect.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for {@link CaseFacts}, synthetic only. {@code aCase()} starts with nothing on file;
 * {@code aReturnReadyToCarryOut()} starts with everything a return needs, so that a test can take one
 * fact away and watch exactly its safeguard appear.
 */
final class CaseFactsBuilder {

	/** The date the tests run on: a Monday. */
	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private boolean traffickingScreened;

	private boolean guardianAppointed;

	private boolean guardianIndependent;

	private RiskConclusion riskConclusion;

	private boolean childViewsRecorded;

	private boolean familyAssessmentReceived;

	private Bid bid;

	private boolean carePlanPresent;

	private String receivingAgency;

	private boolean carePlanAccepted;

	private boolean receivingGuardianAccepted;

	private boolean handoverAndEscortArranged;

	private LocalDate plannedReturnDate;

	private boolean placementInCareAbroad;

	private PlacementConsent placementConsent;

	private BirthDate birthDate = BirthDate.unknown();

	private List<FollowUp> followUps = new ArrayList<>();

	private boolean childMissing;

	static CaseFactsBuilder aCase() {
		return new CaseFactsBuilder();
	}

	/** STYLE.md's spelling for a child's test data. */
	static CaseFactsBuilder aChild() {
		return aCase();
	}

	/**
	 * A return to the family with every safeguard on file, for a 15-year-old, planned in 30 days, its one
	 * follow-up done.
	 */
	static CaseFactsBuilder aReturnReadyToCarryOut() {
		return aCase().aged(15)
			.withTraffickingScreening()
			.withGuardian()
			.withRiskAssessment(RiskConclusion.FOR_RETURN)
			.withChildViews()
			.withFamilyAssessment()
			.withApprovedBid(DurableSolution.RETURN_FAMILY_REUNIFICATION)
			.withCarePlan()
			.withCarePlanAcceptedBy("Synthetic Social Services, Tirana")
			.withReceivingGuardian()
			.withHandoverOn(TODAY.plusDays(30))
			.withFollowUps(FollowUp.due(TODAY.plusDays(60)).doneOn(TODAY.plusDays(58)));
	}

	/** An integration here with every safeguard on file. */
	static CaseFactsBuilder anIntegrationReadyToCarryOut() {
		return aCase().aged(15)
			.withTraffickingScreening()
			.withGuardian()
			.withRiskAssessment(RiskConclusion.NOT_APPLICABLE)
			.withChildViews()
			.withApprovedBid(DurableSolution.INTEGRATION_HERE)
			.withCarePlan();
	}

	CaseFactsBuilder aged(int years) {
		return bornOn(TODAY.minusYears(years));
	}

	CaseFactsBuilder bornOn(LocalDate date) {
		this.birthDate = BirthDate.exactly(date);
		return this;
	}

	CaseFactsBuilder born(BirthDate date) {
		this.birthDate = date;
		return this;
	}

	CaseFactsBuilder withTraffickingScreening() {
		this.traffickingScreened = true;
		return this;
	}

	CaseFactsBuilder withoutTraffickingScreening() {
		this.traffickingScreened = false;
		return this;
	}

	CaseFactsBuilder withGuardian() {
		this.guardianAppointed = true;
		this.guardianIndependent = true;
		return this;
	}

	CaseFactsBuilder withoutGuardian() {
		this.guardianAppointed = false;
		return this;
	}

	/** A guardian who works for, or answers to, the authority that would return the child. */
	CaseFactsBuilder withGuardianNotIndependent() {
		this.guardianAppointed = true;
		this.guardianIndependent = false;
		return this;
	}

	CaseFactsBuilder withRiskAssessment(RiskConclusion conclusion) {
		this.riskConclusion = conclusion;
		return this;
	}

	CaseFactsBuilder withoutRiskAssessment() {
		this.riskConclusion = null;
		return this;
	}

	CaseFactsBuilder withChildViews() {
		this.childViewsRecorded = true;
		return this;
	}

	CaseFactsBuilder withoutChildViews() {
		this.childViewsRecorded = false;
		return this;
	}

	CaseFactsBuilder withFamilyAssessment() {
		this.familyAssessmentReceived = true;
		return this;
	}

	CaseFactsBuilder withoutFamilyAssessment() {
		this.familyAssessmentReceived = false;
		return this;
	}

	CaseFactsBuilder withApprovedBid(DurableSolution solution) {
		this.bid = new Bid(solution, true, false);
		return this;
	}

	CaseFactsBuilder withUnapprovedBid(DurableSolution solution) {
		this.bid = new Bid(solution, false, false);
		return this;
	}

	CaseFactsBuilder withBidApprovedByAPanelMember(DurableSolution solution) {
		this.bid = new Bid(solution, true, true);
		return this;
	}

	CaseFactsBuilder withoutBid() {
		this.bid = null;
		return this;
	}

	CaseFactsBuilder withCarePlan() {
		this.carePlanPresent = true;
		return this;
	}

	CaseFactsBuilder withoutCarePlan() {
		this.carePlanPresent = false;
		return this;
	}

	CaseFactsBuilder withCarePlanAcceptedBy(String agency) {
		this.receivingAgency = agency;
		this.carePlanAccepted = true;
		return this;
	}

	CaseFactsBuilder withCarePlanNotAccepted() {
		this.carePlanAccepted = false;
		return this;
	}

	CaseFactsBuilder withReceivingGuardian() {
		this.receivingGuardianAccepted = true;
		return this;
	}

	CaseFactsBuilder withoutReceivingGuardian() {
		this.receivingGuardianAccepted = false;
		return this;
	}

	CaseFactsBuilder withHandoverOn(LocalDate date) {
		this.handoverAndEscortArranged = true;
		this.plannedReturnDate = date;
		return this;
	}

	CaseFactsBuilder withoutHandover() {
		this.handoverAndEscortArranged = false;
		return this;
	}

	CaseFactsBuilder placedInCareAbroad() {
		this.placementInCareAbroad = true;
		return this;
	}

	CaseFactsBuilder withPlacementConsent(ConsentSource source) {
		this.placementConsent = new PlacementConsent(source, "CA-SYN-0042", TODAY.minusDays(10));
		return this;
	}

	CaseFactsBuilder withFollowUps(FollowUp... followUps) {
		this.followUps = new ArrayList<>(List.of(followUps));
		return this;
	}

	CaseFactsBuilder missing() {
		this.childMissing = true;
		return this;
	}

	CaseFacts build() {
		return new CaseFacts(traffickingScreened, guardianAppointed, guardianIndependent, riskConclusion,
				childViewsRecorded, familyAssessmentReceived, bid, carePlanPresent, receivingAgency, carePlanAccepted,
				receivingGuardianAccepted, handoverAndEscortArranged, plannedReturnDate, placementInCareAbroad,
				placementConsent, birthDate, followUps, childMissing);
	}

}
