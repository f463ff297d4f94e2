package org.protect.monitoring.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.CaseWellBeing;
import org.protect.monitoring.Condition;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.ReferenceStandards;
import org.protect.monitoring.WellBeingManagement;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The well-being pages of a case: the list (also the case page's section, loaded with htmx), recording an
 * assessment, one assessment with its profile chart, its correction and voiding, the situations side by side,
 * and the trend over the follow-ups. Access is the service's; the pages only leave out what the reader could not
 * do anyway.
 */
@Controller
@RequestMapping("/monitoring/cases/{caseId}")
class WellBeingWebController {

	private final WellBeingManagement wellBeing;

	private final ReferenceStandards standards;

	private final NodeProperties node;

	private final MessageSource messages;

	WellBeingWebController(WellBeingManagement wellBeing, ReferenceStandards standards, NodeProperties node,
			MessageSource messages) {
		this.wellBeing = wellBeing;
		this.standards = standards;
		this.node = node;
		this.messages = messages;
	}

	@GetMapping
	String overview(@PathVariable UUID caseId, Model model, HttpServletRequest request) {
		model.addAttribute("wellBeing", wellBeing.overview(caseId));
		model.addAttribute("caseId", caseId);
		model.addAttribute("nodeCountry", node.country());
		return FormErrors.isHtmx(request) ? "monitoring/case-well-being :: list" : "monitoring/overview";
	}

	@GetMapping("/assessments/new")
	String newAssessment(@PathVariable UUID caseId, @RequestParam(required = false) String situation,
			@RequestParam(required = false) String followUpDueOn, Model model) {
		CaseWellBeing overview = wellBeing.overview(caseId);
		requireRecording(overview);
		if ("FOLLOW_UP".equals(situation) && overview.followUps().isEmpty()) {
			// A follow-up assessment is for a follow-up of the schedule: without one, make the schedule first.
			return "redirect:/monitoring/cases/" + caseId + "/trend#follow-ups";
		}
		PageProblems.none(model);
		return form(overview, AssessmentForm.blank(situation, followUpDueOn, node.country(), LocalDate.now()), null,
				model);
	}

	@PostMapping("/assessments")
	String record(@PathVariable UUID caseId, @RequestParam Map<String, String> fields, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		AssessmentForm form = new AssessmentForm(fields);
		try {
			var command = form.command();
			if (form.unreadable()) {
				throw form.merged(null);
			}
			Assessment saved = wellBeing.record(caseId, command);
			redirect.addFlashAttribute("notice", "monitoring.notice.recorded");
			return "redirect:/monitoring/cases/" + caseId + "/assessments/" + saved.id();
		}
		catch (InvalidInputException ex) {
			return refused(caseId, form, null, form.merged(ex), model, response, locale);
		}
	}

	@GetMapping("/assessments/{assessmentId}")
	String assessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId, Model model, Locale locale) {
		CaseWellBeing overview = wellBeing.overview(caseId);
		Assessment assessment = wellBeing.assessment(caseId, assessmentId);
		model.addAttribute("wellBeing", overview);
		model.addAttribute("assessment", assessment);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("chart", ProfileChart.render("profile-chart", assessment, labels(locale)));
		model.addAttribute("countryName", labels(locale).country(assessment.country()));
		PageProblems.none(model);
		return "monitoring/assessment";
	}

	@GetMapping("/assessments/{assessmentId}/correction")
	String correction(@PathVariable UUID caseId, @PathVariable UUID assessmentId, Model model) {
		CaseWellBeing overview = wellBeing.overview(caseId);
		requireRecording(overview);
		Assessment assessment = wellBeing.assessment(caseId, assessmentId);
		PageProblems.none(model);
		return form(overview, AssessmentForm.of(assessment), assessment, model);
	}

	@PostMapping("/assessments/{assessmentId}/correction")
	String correct(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @RequestParam Map<String, String> fields,
			Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		AssessmentForm form = new AssessmentForm(fields);
		try {
			var command = form.command();
			if (form.unreadable()) {
				throw form.merged(null);
			}
			Assessment saved = wellBeing.correct(caseId, assessmentId, command);
			redirect.addFlashAttribute("notice", "monitoring.notice.corrected");
			return "redirect:/monitoring/cases/" + caseId + "/assessments/" + saved.id();
		}
		catch (InvalidInputException ex) {
			return refused(caseId, form, wellBeing.assessment(caseId, assessmentId), form.merged(ex), model, response,
					locale);
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			return "redirect:/monitoring/cases/" + caseId + "/assessments/" + assessmentId;
		}
	}

	@PostMapping("/assessments/{assessmentId}/voiding")
	String voidAssessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			wellBeing.voidAssessment(caseId, assessmentId, reason);
			redirect.addFlashAttribute("notice", "monitoring.notice.voided");
			return "redirect:/monitoring/cases/" + caseId + "/assessments/" + assessmentId;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String page = assessment(caseId, assessmentId, model, locale);
			PageProblems.put(model, ex, messages, locale, Map.of());
			return page;
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			return "redirect:/monitoring/cases/" + caseId + "/assessments/" + assessmentId;
		}
	}

	@GetMapping("/comparison")
	String comparison(@PathVariable UUID caseId, Model model, Locale locale) {
		var comparison = wellBeing.comparison(caseId);
		model.addAttribute("comparison", comparison);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("letters", java.util.stream.IntStream.range(0, comparison.situations().size())
			.mapToObj(ComparisonChart::letter)
			.toList());
		model.addAttribute("chart", comparison.situations().isEmpty() ? null
				: ComparisonChart.render("comparison-chart", comparison.situations(), labels(locale)));
		return "monitoring/comparison";
	}

	@GetMapping("/trend")
	String trend(@PathVariable UUID caseId, Model model, Locale locale) {
		var trend = wellBeing.trend(caseId);
		model.addAttribute("trend", trend);
		model.addAttribute("wellBeing", wellBeing.overview(caseId));
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("chart", trend.points().isEmpty() ? null
				: TrendChart.render("trend-chart", trend.points(), labels(locale)));
		model.addAttribute("today", LocalDate.now());
		PageProblems.none(model);
		return "monitoring/trend";
	}

	/** Puts the node's default follow-up schedule on a case that has none. */
	@PostMapping("/follow-ups")
	String scheduleFollowUps(@PathVariable UUID caseId, @RequestParam(required = false) String from, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		try {
			LocalDate day = null;
			try {
				day = from == null || from.isBlank() ? null : LocalDate.parse(from.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("from",
						"monitoring.validation.date")));
			}
			wellBeing.scheduleFollowUps(caseId, day);
			redirect.addFlashAttribute("notice", "monitoring.notice.scheduled");
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String page = trend(caseId, model, locale);
			PageProblems.put(model, ex, messages, locale, Map.of());
			return page;
		}
		catch (NotFoundException | AccessDeniedException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/monitoring/cases/" + caseId + "/trend#follow-ups";
	}

	private String refused(UUID caseId, AssessmentForm form, Assessment correcting, InvalidInputException problems,
			Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		PageProblems.put(model, problems, new AssessmentProblems(messages, locale)::message, radios());
		return form(wellBeing.overview(caseId), form, correcting, model);
	}

	/** The first choice of each radio group, which its error links to. */
	private Map<String, String> radios() {
		Map<String, String> radios = new LinkedHashMap<>();
		radios.put("situation", "CURRENT");
		radios.put("source", "LOCAL");
		String first = wellBeing.scale().levels().get(0).code();
		for (Condition condition : Condition.values()) {
			radios.put("ratings." + condition.name() + ".level", first);
			radios.put("ratings." + condition.name() + ".childLevel", "none");
		}
		return radios;
	}

	private String form(CaseWellBeing overview, AssessmentForm form, Assessment correcting, Model model) {
		String country = form.values().get("country");
		Map<Condition, ReferenceStandard> byCondition = new LinkedHashMap<>();
		try {
			standards.of(country == null || country.isBlank() ? node.country() : country)
				.forEach(standard -> byCondition.put(standard.condition(), standard));
		}
		catch (NotFoundException ex) {
			// Not a country code (the form says so beside the field): no standards to show.
		}
		model.addAttribute("wellBeing", overview);
		model.addAttribute("caseId", overview.caseId());
		model.addAttribute("form", form.values());
		model.addAttribute("correcting", correcting);
		model.addAttribute("conditions", Condition.values());
		model.addAttribute("levels", wellBeing.scale().levels());
		model.addAttribute("unknown", WellBeingScale.UNKNOWN);
		model.addAttribute("standards", byCondition);
		return "monitoring/assessment-form";
	}

	private static void requireRecording(CaseWellBeing overview) {
		if (!overview.mayRecord()) {
			throw new AccessDeniedException("recording needs EDIT on an open case");
		}
	}

	private ChartLabels labels(Locale locale) {
		return new ChartLabels(messages, locale, wellBeing.scale());
	}

}
