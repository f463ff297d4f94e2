package org.protect.cases.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.Colleagues;
import org.protect.accounts.OrganisationSummary;
import org.protect.accounts.OrganisationType;
import org.protect.cases.AgeAssessmentStatus;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.BiaElement;
import org.protect.cases.CarePlan;
import org.protect.cases.CaseDetails;
import org.protect.cases.CaseManagement;
import org.protect.cases.CasePart;
import org.protect.cases.CasePermission;
import org.protect.cases.CaseStage;
import org.protect.cases.ClosureOutcome;
import org.protect.cases.ConsentSource;
import org.protect.cases.DurableSolution;
import org.protect.cases.ExploitationType;
import org.protect.cases.FactKind;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.PartVersion;
import org.protect.cases.ReferralBasis;
import org.protect.cases.ReferralStatus;
import org.protect.cases.RiskConclusion;
import org.protect.cases.Safeguard;
import org.protect.cases.TeamPart;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Puts together the case page: the case as the reader may see it, each part's document and version for its
 * form, and, after a refused form, that form's problems beside its fields (or the safeguards a refused move
 * left unmet). Every form of the page posts to its own address and gets this page back: the whole page
 * without JavaScript, and htmx takes from it the section that changed.
 */
@Component
class CasePage {

	static final String VIEW = "cases/case";

	/**
	 * Where on the case page each safeguard is put right: the refusal checklist links there. The age check
	 * is reviewed on the move itself (a supervisor's override), so it links to the move form.
	 */
	static final Map<Safeguard, String> FIX_AT = fixAt();

	private final CaseManagement cases;

	private final Colleagues colleagues;

	private final MessageSource messages;

	CasePage(CaseManagement cases, Colleagues colleagues, MessageSource messages) {
		this.cases = cases;
		this.colleagues = colleagues;
		this.messages = messages;
	}

	/** A form was refused: which section, the values sent, and why. */
	record Failure(String section, MultiValueMap<String, String> submitted, Object draft, FormValues values,
			RuntimeException cause) {
	}

	String show(UUID id, Model model) {
		return show(id, model, null, null, null);
	}

	/**
	 * Renders the page after a refused form. Without htmx the status says what happened (422, 409); htmx
	 * swaps only successful responses, so it gets 200 with the section showing the problem.
	 */
	String refused(UUID id, Model model, Failure failure, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		HttpStatus status = failure.cause() instanceof InvalidInputException ? HttpStatus.UNPROCESSABLE_CONTENT
				: HttpStatus.CONFLICT;
		response.setStatus(FormErrors.isHtmx(request) ? HttpStatus.OK.value() : status.value());
		return show(id, model, failure, locale, null);
	}

	String show(UUID id, Model model, Failure failure, Locale locale, List<Safeguard> refusedSafeguards) {
		CaseDetails details = cases.caseFile(id);
		model.addAttribute("details", details);
		model.addAttribute("stages", CaseStage.values());
		model.addAttribute("fixAt", FIX_AT);
		Map<String, Object> docs = new LinkedHashMap<>();
		Map<String, PartVersion> parts = new LinkedHashMap<>();
		details.parts().forEach((part, version) -> {
			docs.put(part.path(), version.document());
			parts.put(part.path(), version);
		});
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Map<String, List<ErrorLink>> errorLinks = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		if (failure != null) {
			// A stale change shows the part as it is now, so the reader sees what changed; a wrong one shows what was sent.
			if (failure.draft() != null && failure.cause() instanceof InvalidInputException) {
				docs.put(failure.section(), failure.draft());
			}
			model.addAttribute("failed", failure.section());
			model.addAttribute("submitted", failure.submitted());
			describe(failure, locale, errors, errorLinks, problems);
		}
		Map<String, Integer> versions = new LinkedHashMap<>();
		parts.forEach((path, version) -> versions.put(path, version.version()));
		if (failure != null && failure.cause() instanceof InvalidInputException && failure.values() != null) {
			// Still the version the change was made on: saving the corrected form must not overwrite a newer one.
			Integer sent = failure.values().integer("version");
			versions.put(failure.section(), sent == null ? 0 : sent);
		}
		model.addAttribute("docs", docs);
		model.addAttribute("parts", parts);
		model.addAttribute("versions", versions);
		model.addAttribute("showsContent", details.access().showsContent());
		model.addAttribute("mayEdit", details.may(CasePermission.EDIT));
		model.addAttribute("mayGiveViews",
				details.may(CasePermission.EDIT) || details.may(CasePermission.EDIT_CHILD_VIEWS));
		model.addAttribute("maySupervise", details.may(CasePermission.SUPERVISE));
		model.addAttribute("mayAssign", details.may(CasePermission.ASSIGN));
		model.addAttribute("mayDownload", details.may(CasePermission.DOWNLOAD));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", errorLinks);
		model.addAttribute("problems", problems);
		model.addAttribute("refused", refusedSafeguards);
		model.addAttribute("rows", rows(docs));
		if (details.access().showsContent()) {
			model.addAttribute("timeline", cases.inWords(id, cases.timeline(id)));
		}
		choices(model, details);
		return VIEW;
	}

	private void describe(Failure failure, Locale locale, Map<String, List<String>> errors,
			Map<String, List<ErrorLink>> errorLinks, Map<String, String> problems) {
		String section = failure.section();
		if (failure.cause() instanceof InvalidInputException invalid) {
			List<ErrorLink> links = new ArrayList<>();
			for (InvalidInputException.FieldProblem problem : invalid.problems()) {
				String field = failure.values() == null ? problem.field() : failure.values().pageField(problem.field());
				String message = messages.getMessage(problem.messageKey(), problem.arguments(), locale);
				errors.computeIfAbsent(section + "." + field, key -> new ArrayList<>()).add(message);
				links.add(new ErrorLink(section + "-" + field, message));
			}
			errorLinks.put(section, links);
		}
		else if (failure.cause() instanceof DomainException refusal) {
			problems.put(section, messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
		}
	}

	/** The lists of a form, with blank rows after those on record. */
	private static Map<String, List<?>> rows(Map<String, Object> docs) {
		Map<String, List<?>> rows = new LinkedHashMap<>();
		var bid = (BestInterestsDetermination) docs.get(CasePart.BEST_INTERESTS_DETERMINATION.path());
		rows.put("panel", PartForms.withBlankRows(bid == null ? null : bid.panel()));
		rows.put("options", PartForms.withBlankRows(bid == null ? null : bid.options()));
		var plan = (CarePlan) docs.get(CasePart.CARE_PLAN.path());
		rows.put("services", PartForms.withBlankRows(plan == null ? null : plan.services()));
		var followUps = (FollowUpSchedule) docs.get(CasePart.FOLLOW_UPS.path());
		rows.put("followUps", PartForms.withBlankRows(followUps == null ? null : followUps.followUps()));
		return rows;
	}

	private void choices(Model model, CaseDetails details) {
		model.addAttribute("exploitationTypes", ExploitationType.values());
		model.addAttribute("biaElements", BiaElement.values());
		model.addAttribute("solutions", DurableSolution.values());
		model.addAttribute("riskConclusions", RiskConclusion.values());
		model.addAttribute("ageStatuses", AgeAssessmentStatus.values());
		model.addAttribute("consentSources", ConsentSource.values());
		model.addAttribute("factKinds", FactKind.values());
		model.addAttribute("teamParts", TeamPart.values());
		model.addAttribute("referralStatuses", ReferralStatus.values());
		model.addAttribute("referralBases", ReferralBasis.values());
		model.addAttribute("closureOutcomes", ClosureOutcome.values());
		model.addAttribute("sexes", List.of("F", "M", "X", "U"));
		// Lists edited in a text area are a line each.
		model.addAttribute("newline", "\n");
		if (details.may(CasePermission.EDIT)) {
			List<OrganisationSummary> organisations = new ArrayList<>();
			for (OrganisationType type : OrganisationType.values()) {
				organisations.addAll(colleagues.organisations(type));
			}
			model.addAttribute("organisations", organisations);
		}
		if (details.may(CasePermission.SUPERVISE)) {
			model.addAttribute("courts", colleagues.organisations(OrganisationType.COURT));
		}
	}

	/** One line of a form's error summary: the field's id and the message. */
	record ErrorLink(String fieldId, String message) {
	}

	private static Map<Safeguard, String> fixAt() {
		Map<Safeguard, String> at = new EnumMap<>(Safeguard.class);
		at.put(Safeguard.NO_TRAFFICKING_SCREENING, "screening");
		at.put(Safeguard.NO_GUARDIAN, "guardianship");
		at.put(Safeguard.NO_RISK_ASSESSMENT, "risk-assessment");
		at.put(Safeguard.NO_CHILD_VIEWS, "best-interests-assessment");
		at.put(Safeguard.BID_NOT_APPROVED, "best-interests-determination");
		at.put(Safeguard.NO_FAMILY_ASSESSMENT, "family-assessment");
		at.put(Safeguard.RISK_AGAINST_RETURN, "risk-assessment");
		at.put(Safeguard.NO_CARE_PLAN, "care-plan");
		at.put(Safeguard.CARE_PLAN_NOT_ACCEPTED_BY_RECEIVING_AGENCY, "care-plan-acceptance");
		at.put(Safeguard.NO_RECEIVING_GUARDIAN, "guardianship-receiving");
		at.put(Safeguard.NO_HANDOVER_ARRANGED, "care-plan-handover");
		at.put(Safeguard.NO_PLACEMENT_CONSENT, "placement-consent");
		at.put(Safeguard.TURNS_18_BEFORE_RETURN, "move");
		at.put(Safeguard.NO_FOLLOW_UP_SCHEDULE, "follow-ups");
		at.put(Safeguard.FOLLOW_UPS_OUTSTANDING, "follow-ups");
		return Map.copyOf(at);
	}

}
