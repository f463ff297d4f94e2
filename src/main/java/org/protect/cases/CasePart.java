package org.protect.cases;

/**
 * The parts of a case file that are one document each, with the path segment the API and the pages use
 * for them and the type of their document.
 */
public enum CasePart {

	SCREENING("screening", Screening.class),
	AGE_ASSESSMENT("age-assessment", AgeAssessment.class),
	GUARDIANSHIP("guardianship", Guardianship.class),
	RISK_ASSESSMENT("risk-assessment", RiskAssessment.class),
	BEST_INTERESTS_ASSESSMENT("best-interests-assessment", BestInterestsAssessment.class),
	FAMILY_ASSESSMENT("family-assessment", FamilyAssessment.class),
	BEST_INTERESTS_DETERMINATION("best-interests-determination", BestInterestsDetermination.class),
	CARE_PLAN("care-plan", CarePlan.class),
	PLACEMENT_CONSENT("placement-consent", PlacementConsent.class),
	FOLLOW_UPS("follow-ups", FollowUpSchedule.class),
	MISSING("missing", MissingReport.class),
	CLOSURE("closure", Closure.class);

	private final String path;

	private final Class<?> documentType;

	CasePart(String path, Class<?> documentType) {
		this.path = path;
		this.documentType = documentType;
	}

	/** The path segment, e.g. {@code care-plan} in {@code /api/v1/cases/{id}/care-plan}. */
	public String path() {
		return path;
	}

	public Class<?> documentType() {
		return documentType;
	}

	public static CasePart ofPath(String path) {
		for (CasePart part : values()) {
			if (part.path.equals(path)) {
				return part;
			}
		}
		return null;
	}

	/** The message key of the part's name, e.g. {@code enum.CasePart.CARE_PLAN}. */
	public String messageKey() {
		return "enum.CasePart." + name();
	}

}
