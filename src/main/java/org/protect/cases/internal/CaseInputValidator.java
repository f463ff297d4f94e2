package org.protect.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.protect.cases.AgeAssessment;
import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.CarePlan;
import org.protect.cases.Closure;
import org.protect.cases.ClosureOutcome;
import org.protect.cases.ExploitationType;
import org.protect.cases.FactKind;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUp;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.MissingReport;
import org.protect.cases.PlacementConsent;
import org.protect.cases.RegisterChildCommand;
import org.protect.cases.RiskAssessment;
import org.protect.cases.RiskConclusion;
import org.protect.cases.Screening;
import org.protect.shared.InvalidInputException;
import org.protect.shared.TextCharacters;

/**
 * The rules every input to a case file must keep, checked all at once so that every broken rule is named
 * with its field (as the API and the forms name it) and nothing is saved until all hold.
 */
final class CaseInputValidator {

	static final int SHORT = 200;

	static final int LONG = 20_000;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> SEXES = Set.of("F", "M", "X", "U");

	private CaseInputValidator() {
	}

	static void registration(RegisterChildCommand command, LocalDate today) {
		var problems = new InvalidInputException.Collector();
		required(problems, "givenName", command.givenName(), SHORT);
		required(problems, "familyName", command.familyName(), SHORT);
		visibleName(problems, "givenName", command.givenName());
		visibleName(problems, "familyName", command.familyName());
		sex(problems, "sex", command.sex(), true);
		birth(problems, "", command.birthDate(), command.birthYear(), command.birthEarliest(), command.birthLatest(),
				today, true);
		country(problems, "nationalityClaimed", command.nationalityClaimed(), true);
		for (int i = 0; i < command.aliases().size(); i++) {
			required(problems, "aliases[" + i + "]", command.aliases().get(i), SHORT);
			visibleName(problems, "aliases[" + i + "]", command.aliases().get(i));
		}
		if (command.language() != null && !command.language().isBlank()
				&& !command.language().strip().matches("[a-zA-Z]{2,3}")) {
			problems.add("language", "cases.validation.language");
		}
		notAfter(problems, "identifiedOn", command.identifiedOn(), today);
		optional(problems, "source", command.source(), SHORT);
		problems.throwIfAny();
	}

	static void fact(IdentityFactInput fact, LocalDate today) {
		var problems = new InvalidInputException.Collector();
		if (fact.kind() == null) {
			problems.add("kind", "validation.required");
			problems.throwIfAny();
		}
		required(problems, "source", fact.source(), SHORT);
		optional(problems, "statedBy", fact.statedBy(), SHORT);
		notAfter(problems, "statedOn", fact.statedOn(), today);
		switch (fact.kind()) {
			case NAME, ALIAS -> {
				required(problems, "givenName", fact.givenName(), SHORT);
				optional(problems, "familyName", fact.familyName(), SHORT);
				optional(problems, "givenNameLatin", fact.givenNameLatin(), SHORT);
				optional(problems, "familyNameLatin", fact.familyNameLatin(), SHORT);
				if (fact.kind() == FactKind.NAME) {
					required(problems, "familyName", fact.familyName(), SHORT);
				}
				visibleName(problems, "givenName", fact.givenName());
				visibleName(problems, "familyName", fact.familyName());
				visibleName(problems, "givenNameLatin", fact.givenNameLatin());
				visibleName(problems, "familyNameLatin", fact.familyNameLatin());
			}
			case BIRTH_DATE -> {
				if (!Boolean.TRUE.equals(fact.birthUnknown())) {
					birth(problems, "", fact.birthDate(), fact.birthYear(), fact.birthEarliest(), fact.birthLatest(),
							today, true);
				}
			}
			case SEX -> sex(problems, "sex", fact.sex(), true);
			case NATIONALITY_CLAIMED -> country(problems, "country", fact.country(), true);
			case NATIONALITY_VERIFIED -> {
				country(problems, "country", fact.country(), true);
				required(problems, "verifiedThrough", fact.verifiedThrough(), SHORT);
			}
			case LANGUAGE -> {
				if (fact.language() == null || !fact.language().strip().matches("[a-zA-Z]{2,3}")) {
					problems.add("language", "cases.validation.language");
				}
			}
			case DOCUMENT -> {
				required(problems, "documentType", fact.documentType(), SHORT);
				optional(problems, "documentNumber", fact.documentNumber(), SHORT);
				country(problems, "country", fact.country(), false);
				required(problems, "authenticity", fact.authenticity(), SHORT);
			}
		}
		problems.throwIfAny();
	}

	/** Validates a part's document; {@code today} keeps dates of things done out of the future. */
	static void part(Object document, LocalDate today) {
		var problems = new InvalidInputException.Collector();
		if (document instanceof Screening screening) {
			screening(problems, screening, today);
		}
		else if (document instanceof AgeAssessment age) {
			ageAssessment(problems, age, today);
		}
		else if (document instanceof Guardianship guardianship) {
			guardianship(problems, guardianship, today);
		}
		else if (document instanceof RiskAssessment risk) {
			if (risk.conclusion() == null) {
				problems.add("conclusion", "validation.required");
			}
			country(problems, "destinationCountry", risk.destinationCountry(),
					risk.conclusion() != null && risk.conclusion() != RiskConclusion.NOT_APPLICABLE);
			required(problems, "risksFound", risk.risksFound(), LONG);
			optional(problems, "familyContactRisk", risk.familyContactRisk(), LONG);
			requiredDate(problems, "assessedOn", risk.assessedOn(), today);
			required(problems, "assessedBy", risk.assessedBy(), SHORT);
		}
		else if (document instanceof BestInterestsAssessment bia) {
			for (Map.Entry<?, String> finding : bia.findings().entrySet()) {
				optional(problems, "findings." + finding.getKey(), finding.getValue(), LONG);
			}
			optional(problems, "childViews", bia.childViews(), LONG);
			if (bia.participants().isEmpty()) {
				problems.add("participants", "validation.required");
			}
			eachRequired(problems, "participants", bia.participants());
			requiredDate(problems, "assessedOn", bia.assessedOn(), today);
		}
		else if (document instanceof FamilyAssessment family) {
			required(problems, "assessedBy", family.assessedBy(), SHORT);
			country(problems, "country", family.country(), true);
			requiredDate(problems, "receivedOn", family.receivedOn(), today);
			required(problems, "findings", family.findings(), LONG);
		}
		else if (document instanceof BestInterestsDetermination bid) {
			determination(problems, bid, today);
		}
		else if (document instanceof CarePlan plan) {
			carePlan(problems, plan);
		}
		else if (document instanceof PlacementConsent consent) {
			if (consent.source() == null) {
				problems.add("source", "validation.required");
			}
			required(problems, "reference", consent.reference(), SHORT);
			requiredDate(problems, "receivedOn", consent.receivedOn(), today);
		}
		else if (document instanceof FollowUpSchedule schedule) {
			followUps(problems, schedule, today);
		}
		else if (document instanceof MissingReport missing) {
			if (missing.missing()) {
				requiredDate(problems, "reportedOn", missing.reportedOn(), today);
				required(problems, "circumstances", missing.circumstances(), LONG);
				if (missing.foundOn() != null) {
					problems.add("foundOn", "cases.validation.foundWhileMissing");
				}
			}
			else if (missing.reportedOn() != null) {
				requiredDate(problems, "foundOn", missing.foundOn(), today);
			}
		}
		else if (document instanceof Closure closure) {
			closure(problems, closure, today);
		}
		problems.throwIfAny();
	}

	static void closure(InvalidInputException.Collector problems, Closure closure, LocalDate today) {
		if (closure == null) {
			problems.add("closure", "validation.required");
			return;
		}
		if (closure.outcome() == null) {
			problems.add("closure.outcome", "validation.required");
		}
		requiredDate(problems, "closure.on", closure.on(), today);
		if (closure.outcome() == ClosureOutcome.HANDED_OVER_TO_ANOTHER_COUNTRY) {
			required(problems, "closure.authority", closure.authority(), SHORT);
			country(problems, "closure.country", closure.country(), true);
		}
	}

	private static void screening(InvalidInputException.Collector problems, Screening screening, LocalDate today) {
		for (Map.Entry<ExploitationType, List<String>> entry : screening.indicators().entrySet()) {
			List<String> codes = entry.getValue() == null ? List.of() : entry.getValue();
			for (String code : codes) {
				if (entry.getKey() == null || !entry.getKey().indicators().contains(code)) {
					problems.add("indicators." + entry.getKey(), "cases.validation.unknownIndicator", code);
				}
			}
		}
		optional(problems, "immediateNeeds", screening.immediateNeeds(), LONG);
		required(problems, "referralSource", screening.referralSource(), SHORT);
		requiredDate(problems, "screenedOn", screening.screenedOn(), today);
	}

	private static void ageAssessment(InvalidInputException.Collector problems, AgeAssessment age, LocalDate today) {
		if (age.status() == null) {
			problems.add("status", "validation.required");
		}
		// Only where there is real doubt: an assessment needs its reason.
		required(problems, "doubtReason", age.doubtReason(), LONG);
		optional(problems, "appeal", age.appeal(), LONG);
		if (age.completed()) {
			required(problems, "method", age.method(), LONG);
			required(problems, "assessedBy", age.assessedBy(), SHORT);
			requiredDate(problems, "assessedOn", age.assessedOn(), today);
			if (age.minimumAge() == null) {
				problems.add("minimumAge", "validation.required");
			}
			if (age.maximumAge() == null) {
				problems.add("maximumAge", "validation.required");
			}
			if (age.minimumAge() != null && age.maximumAge() != null
					&& (age.minimumAge() < 0 || age.maximumAge() > 30 || age.minimumAge() > age.maximumAge())) {
				problems.add("maximumAge", "cases.validation.ageRange");
			}
			if (!age.benefitOfDoubtApplied()) {
				problems.add("benefitOfDoubtApplied", "cases.validation.benefitOfDoubt");
			}
		}
	}

	private static void guardianship(InvalidInputException.Collector problems, Guardianship guardianship,
			LocalDate today) {
		Guardianship.Guardian guardian = guardianship.guardian();
		if (guardian != null) {
			required(problems, "guardian.name", guardian.name(), SHORT);
			visibleName(problems, "guardian.name", guardian.name());
			required(problems, "guardian.organisation", guardian.organisation(), SHORT);
			requiredDate(problems, "guardian.appointedOn", guardian.appointedOn(), today);
			required(problems, "guardian.decisionReference", guardian.decisionReference(), SHORT);
		}
		else if (guardianship.independenceConfirmed()) {
			problems.add("guardian.name", "validation.required");
		}
		optional(problems, "replacementReason", guardianship.replacementReason(), LONG);
		Guardianship.ReceivingGuardian receiving = guardianship.receiving();
		if (receiving != null) {
			required(problems, "receiving.nameOrAuthority", receiving.nameOrAuthority(), SHORT);
			country(problems, "receiving.country", receiving.country(), true);
			notAfter(problems, "receiving.acceptedOn", receiving.acceptedOn(), today);
			if (receiving.acceptedOn() != null) {
				required(problems, "receiving.reference", receiving.reference(), SHORT);
			}
			notAfter(problems, "receiving.handedOverOn", receiving.handedOverOn(), today);
			if (receiving.handedOverOn() != null && receiving.acceptedOn() == null) {
				problems.add("receiving.acceptedOn", "cases.validation.handoverWithoutAcceptance");
			}
		}
	}

	private static void determination(InvalidInputException.Collector problems, BestInterestsDetermination bid,
			LocalDate today) {
		// A multidisciplinary panel: at least two people (UNHCR BID guidelines).
		if (bid.panel().size() < 2) {
			problems.add("panel", "cases.validation.panelTooSmall");
		}
		for (int i = 0; i < bid.panel().size(); i++) {
			BestInterestsDetermination.PanelMember member = bid.panel().get(i);
			required(problems, "panel[" + i + "].name", member == null ? null : member.name(), SHORT);
			required(problems, "panel[" + i + "].role", member == null ? null : member.role(), SHORT);
			if (member != null && !member.noConflictDeclared()) {
				problems.add("panel[" + i + "].noConflictDeclared", "cases.validation.conflictDeclaration");
			}
		}
		if (bid.options().isEmpty()) {
			problems.add("options", "validation.required");
		}
		for (int i = 0; i < bid.options().size(); i++) {
			BestInterestsDetermination.OptionConsidered option = bid.options().get(i);
			if (option == null || option.solution() == null) {
				problems.add("options[" + i + "].solution", "validation.required");
				continue;
			}
			required(problems, "options[" + i + "].reasonsFor", option.reasonsFor(), LONG);
			required(problems, "options[" + i + "].reasonsAgainst", option.reasonsAgainst(), LONG);
		}
		if (bid.decision() == null) {
			problems.add("decision", "validation.required");
		}
		else if (bid.options().stream().noneMatch(option -> option != null && option.solution() == bid.decision())) {
			problems.add("decision", "cases.validation.decisionNotConsidered");
		}
		required(problems, "reasons", bid.reasons(), LONG);
		optional(problems, "dissent", bid.dissent(), LONG);
		requiredDate(problems, "decidedOn", bid.decidedOn(), today);
		if (bid.reviewOn() == null) {
			problems.add("reviewOn", "validation.required");
		}
		else if (bid.decidedOn() != null && !bid.reviewOn().isAfter(bid.decidedOn())) {
			problems.add("reviewOn", "cases.validation.reviewAfterDecision");
		}
	}

	private static void carePlan(InvalidInputException.Collector problems, CarePlan plan) {
		if (plan.goals().isEmpty()) {
			problems.add("goals", "validation.required");
		}
		eachRequired(problems, "goals", plan.goals());
		for (int i = 0; i < plan.services().size(); i++) {
			CarePlan.PlannedService service = plan.services().get(i);
			required(problems, "services[" + i + "].description", service == null ? null : service.description(),
					LONG);
			required(problems, "services[" + i + "].organisation", service == null ? null : service.organisation(),
					SHORT);
			if (service != null) {
				country(problems, "services[" + i + "].country", service.country(), false);
				if (service.startsOn() != null && service.endsOn() != null
						&& service.endsOn().isBefore(service.startsOn())) {
					problems.add("services[" + i + "].endsOn", "cases.validation.endBeforeStart");
				}
			}
		}
		required(problems, "responsibleHere", plan.responsibleHere(), SHORT);
		optional(problems, "receivingAgency", plan.receivingAgency(), SHORT);
		country(problems, "receivingCountry", plan.receivingCountry(),
				plan.receivingAgency() != null && !plan.receivingAgency().isBlank());
		optional(problems, "escort", plan.escort(), SHORT);
		optional(problems, "handoverPlace", plan.handoverPlace(), SHORT);
		if (plan.handoverArranged()) {
			required(problems, "escort", plan.escort(), SHORT);
			required(problems, "handoverPlace", plan.handoverPlace(), SHORT);
			if (plan.plannedReturnDate() == null) {
				problems.add("plannedReturnDate", "validation.required");
			}
		}
		if (plan.reviewOn() == null) {
			problems.add("reviewOn", "validation.required");
		}
	}

	private static void followUps(InvalidInputException.Collector problems, FollowUpSchedule schedule,
			LocalDate today) {
		if (schedule.followUps().isEmpty()) {
			problems.add("followUps", "validation.required");
		}
		for (int i = 0; i < schedule.followUps().size(); i++) {
			FollowUp followUp = schedule.followUps().get(i);
			if (followUp == null || followUp.dueOn() == null) {
				problems.add("followUps[" + i + "].dueOn", "validation.required");
				continue;
			}
			notAfter(problems, "followUps[" + i + "].doneOn", followUp.doneOn(), today);
			optional(problems, "followUps[" + i + "].waiverReason", followUp.waiverReason(), LONG);
		}
	}

	// --- field rules ---

	static void required(InvalidInputException.Collector problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(field, "validation.required");
		}
		else if (value.strip().length() > max) {
			problems.add(field, "validation.tooLong", max);
		}
	}

	static void optional(InvalidInputException.Collector problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(field, "validation.tooLong", max);
		}
	}

	/**
	 * A name is shown to people who must tell one child from another: it may not hide characters that change
	 * how it looks (a direction override) or make two different names look the same (a zero-width space).
	 */
	private static void visibleName(InvalidInputException.Collector problems, String field, String value) {
		if (TextCharacters.isUnsafeName(value)) {
			problems.add(field, "cases.validation.nameCharacters");
		}
	}

	private static void eachRequired(InvalidInputException.Collector problems, String field, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			required(problems, field + "[" + i + "]", values.get(i), LONG);
		}
	}

	static void country(InvalidInputException.Collector problems, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(field, "validation.required");
			}
			return;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		// Kosovo: XK, the code the EU and the Council of Europe use.
		if (!COUNTRIES.contains(code) && !"XK".equals(code)) {
			problems.add(field, "validation.country");
		}
	}

	private static void sex(InvalidInputException.Collector problems, String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(field, "validation.required");
			}
		}
		else if (!SEXES.contains(value.strip().toUpperCase(Locale.ROOT))) {
			problems.add(field, "cases.validation.sex");
		}
	}

	private static void birth(InvalidInputException.Collector problems, String prefix, LocalDate exact, Integer year,
			LocalDate earliest, LocalDate latest, LocalDate today, boolean required) {
		int given = (exact != null ? 1 : 0) + (year != null ? 1 : 0)
				+ (earliest != null || latest != null ? 1 : 0);
		if (given == 0) {
			if (required) {
				problems.add(prefix + "birthYear", "cases.validation.birthRequired");
			}
			return;
		}
		if (given > 1) {
			problems.add(prefix + "birthYear", "cases.validation.birthOneWay");
			return;
		}
		if (year != null && (year < today.getYear() - 30 || year > today.getYear())) {
			problems.add(prefix + "birthYear", "cases.validation.birthYear", today.getYear() - 30, today.getYear());
		}
		notAfter(problems, prefix + "birthDate", exact, today);
		if (earliest != null || latest != null) {
			if (earliest == null) {
				problems.add(prefix + "birthEarliest", "validation.required");
			}
			if (latest == null) {
				problems.add(prefix + "birthLatest", "validation.required");
			}
			if (earliest != null && latest != null && latest.isBefore(earliest)) {
				problems.add(prefix + "birthLatest", "cases.validation.endBeforeStart");
			}
			notAfter(problems, prefix + "birthLatest", latest, today);
		}
	}

	private static void requiredDate(InvalidInputException.Collector problems, String field, LocalDate value,
			LocalDate today) {
		if (value == null) {
			problems.add(field, "validation.required");
		}
		else {
			notAfter(problems, field, value, today);
		}
	}

	private static void notAfter(InvalidInputException.Collector problems, String field, LocalDate value,
			LocalDate today) {
		if (value != null && value.isAfter(today)) {
			problems.add(field, "cases.validation.future");
		}
	}

}
