package org.protect.cases.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.protect.cases.AgeAssessment;
import org.protect.cases.AgeAssessmentStatus;
import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.Bid;
import org.protect.cases.BirthDate;
import org.protect.cases.CaseDetails.ChildSummary;
import org.protect.cases.CaseFacts;
import org.protect.cases.CasePart;
import org.protect.cases.CarePlan;
import org.protect.cases.FactKind;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.MissingReport;
import org.protect.cases.PlacementConsent;
import org.protect.cases.RiskAssessment;
import org.protect.cases.Screening;
import org.protect.identity.NameKeys;

/**
 * Reads what is on file (identity facts and parts) the way the gates, the alerts and the lists need it.
 * Where facts disagree, the latest one that is not void counts; every one stays on file.
 */
final class CaseFactsAssembler {

	private CaseFactsAssembler() {
	}

	/** The snapshot the gates and alerts examine. */
	static CaseFacts facts(List<IdentityFact> identity, Map<CasePart, Object> parts) {
		Screening screening = part(parts, CasePart.SCREENING, Screening.class);
		Guardianship guardianship = part(parts, CasePart.GUARDIANSHIP, Guardianship.class);
		RiskAssessment risk = part(parts, CasePart.RISK_ASSESSMENT, RiskAssessment.class);
		BestInterestsAssessment bia = part(parts, CasePart.BEST_INTERESTS_ASSESSMENT, BestInterestsAssessment.class);
		FamilyAssessment family = part(parts, CasePart.FAMILY_ASSESSMENT, FamilyAssessment.class);
		BestInterestsDetermination bid = part(parts, CasePart.BEST_INTERESTS_DETERMINATION,
				BestInterestsDetermination.class);
		CarePlan plan = part(parts, CasePart.CARE_PLAN, CarePlan.class);
		PlacementConsent consent = part(parts, CasePart.PLACEMENT_CONSENT, PlacementConsent.class);
		FollowUpSchedule followUps = part(parts, CasePart.FOLLOW_UPS, FollowUpSchedule.class);
		MissingReport missing = part(parts, CasePart.MISSING, MissingReport.class);
		boolean guardian = guardianship != null && guardianship.guardian() != null;
		Guardianship.ReceivingGuardian receiving = guardianship == null ? null : guardianship.receiving();
		return new CaseFacts(screening != null && screening.screenedOn() != null, guardian,
				guardian && guardianship.independenceConfirmed(), risk == null ? null : risk.conclusion(),
				bia != null && bia.childViewsRecorded(), family != null && family.receivedOn() != null,
				bid == null || bid.decision() == null ? null : new Bid(bid.decision(), bid.approval() != null, false),
				plan != null, plan == null ? null : plan.receivingAgency(), plan != null && plan.acceptance() != null,
				receiving != null && receiving.acceptedOn() != null,
				plan != null && plan.handoverArranged() && plan.escort() != null && !plan.escort().isBlank(),
				plan == null ? null : plan.plannedReturnDate(), plan != null && plan.placementInCareAbroad(), consent,
				birthDate(identity, parts), followUps == null ? List.<FollowUp>of() : followUps.followUps(),
				missing != null && missing.missing());
	}

	/**
	 * The date of birth that decisions use: a completed age assessment's range, else the latest stated
	 * date. The gates read its latest plausible day (the benefit of the doubt).
	 */
	static BirthDate birthDate(List<IdentityFact> identity, Map<CasePart, Object> parts) {
		AgeAssessment assessment = part(parts, CasePart.AGE_ASSESSMENT, AgeAssessment.class);
		if (assessment != null && assessment.completed()) {
			BirthDate assessed = assessment.birthDate();
			if (assessed != BirthDate.unknown()) {
				return assessed;
			}
		}
		return current(identity, FactKind.BIRTH_DATE).map(CaseFactsAssembler::birthDate).orElse(BirthDate.unknown());
	}

	static BirthDate birthDate(IdentityFactInput fact) {
		if (fact.birthDate() != null) {
			return BirthDate.exactly(fact.birthDate());
		}
		if (fact.birthYear() != null) {
			return BirthDate.inYear(fact.birthYear());
		}
		if (fact.birthEarliest() != null && fact.birthLatest() != null) {
			return BirthDate.between(fact.birthEarliest(), fact.birthLatest());
		}
		return BirthDate.unknown();
	}

	static ChildSummary child(List<IdentityFact> identity, Map<CasePart, Object> parts) {
		BirthDate birth = birthDate(identity, parts);
		LocalDate earliest = null;
		if (birth instanceof BirthDate.Exact exact) {
			earliest = exact.date();
		}
		else if (birth instanceof BirthDate.Estimated estimated) {
			earliest = estimated.earliest();
		}
		AgeAssessment assessment = part(parts, CasePart.AGE_ASSESSMENT, AgeAssessment.class);
		RiskAssessment risk = part(parts, CasePart.RISK_ASSESSMENT, RiskAssessment.class);
		MissingReport missing = part(parts, CasePart.MISSING, MissingReport.class);
		return new ChildSummary(displayName(identity), current(identity, FactKind.SEX).map(IdentityFactInput::sex).orElse("U"),
				earliest, birth.latestPlausible().orElse(null), birth instanceof BirthDate.Exact,
				assessment != null && assessment.status() == AgeAssessmentStatus.PENDING,
				current(identity, FactKind.NATIONALITY_CLAIMED).map(IdentityFactInput::country).orElse(null),
				current(identity, FactKind.NATIONALITY_VERIFIED).map(IdentityFactInput::country).orElse(null),
				missing != null && missing.missing(), risk != null && risk.disclosureEndangers());
	}

	/** The name as the team would say it, with the name as written beside it ({@link NameHeadline}). */
	static String displayName(List<IdentityFact> identity) {
		return NameHeadline.of(identity);
	}

	/** Every search key of every name and alias not void, space-separated with a leading space. */
	static String searchKeys(List<IdentityFact> identity) {
		Set<String> keys = new LinkedHashSet<>();
		for (IdentityFact fact : identity) {
			if (fact.voided() || (fact.kind() != FactKind.NAME && fact.kind() != FactKind.ALIAS)) {
				continue;
			}
			IdentityFactInput name = fact.value();
			for (String part : new String[] { name.givenName(), name.familyName(), name.givenNameLatin(),
					name.familyNameLatin() }) {
				if (part != null) {
					keys.addAll(NameKeys.bundled().keys(part));
				}
			}
		}
		return " " + String.join(" ", keys) + " ";
	}

	static Optional<IdentityFactInput> current(List<IdentityFact> identity, FactKind kind) {
		return identity.stream()
			.filter(fact -> !fact.voided() && fact.kind() == kind)
			.max(Comparator.comparing(IdentityFact::recordedAt).thenComparing(fact -> identity.indexOf(fact)))
			.map(IdentityFact::value);
	}

	/**
	 * The language a name in Cyrillic most likely belongs to, for its transliteration: the language the child
	 * speaks, else the one of the nationality claimed; {@code null} when neither says.
	 */
	static String languageHint(String language, String nationality) {
		if (language != null && !language.isBlank()) {
			return language.strip().toLowerCase(java.util.Locale.ROOT);
		}
		if (nationality == null) {
			return null;
		}
		return switch (nationality.strip().toUpperCase(java.util.Locale.ROOT)) {
			case "UA" -> "uk";
			case "RU" -> "ru";
			case "BY" -> "be";
			case "BG" -> "bg";
			case "RS" -> "sr";
			case "MK" -> "mk";
			default -> null;
		};
	}

	static String languageHint(List<IdentityFact> identity) {
		return languageHint(current(identity, FactKind.LANGUAGE).map(IdentityFactInput::language).orElse(null),
				current(identity, FactKind.NATIONALITY_CLAIMED).map(IdentityFactInput::country).orElse(null));
	}

	static <T> T part(Map<CasePart, Object> parts, CasePart part, Class<T> type) {
		Object document = parts.get(part);
		return document == null ? null : type.cast(document);
	}

	private static String join(String given, String family) {
		return ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
	}

}
