package org.protect.cooperation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.CooperationRequests;
import org.protect.cooperation.NewRequestCommand;
import org.protect.cooperation.RequestDetails;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestPreview;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestSummary;
import org.protect.cooperation.RequestType;
import org.protect.shared.DomainException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.FormErrors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of cross-border requests: the central authority's inbox (with the drafts waiting for its
 * approval), the thread of one request with its answer form or approval, and starting a request from a
 * case in two steps, a preview of exactly what would leave the node and then the confirmation. Every
 * access rule is the service's ({@link CooperationRequests}).
 */
@Controller
@RequestMapping("/cooperation")
class CooperationRequestsWebController {

	/** The types this node sends from the case page. */
	static final List<RequestType> SENDABLE = List.of(RequestType.INFORMATION, RequestType.PLACEMENT_CONSENT);

	private final CooperationRequests requests;

	private final Cooperation cooperation;

	private final JsonMapper json;

	CooperationRequestsWebController(CooperationRequests requests, Cooperation cooperation, JsonMapper json) {
		this.requests = requests;
		this.cooperation = cooperation;
		this.json = json;
	}

	/** The requests about a case, for the case page's section (a fragment for htmx, else a page of its own). */
	@GetMapping("/cases/{caseId}/requests")
	String ofCase(@PathVariable UUID caseId, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("caseRequests", requests.ofCase(caseId));
		return org.protect.shared.web.FormErrors.isHtmx(request) ? "cooperation/case-requests :: list"
				: "cooperation/case-requests-page";
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		model.addAttribute("incoming", requests.inbox(false));
		model.addAttribute("drafts", requests.drafts());
		return "cooperation/inbox";
	}

	@GetMapping("/requests/{id}")
	String thread(@PathVariable UUID id, Model model) {
		return thread(requests.request(id), new AnswerForm(), model);
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			requests.answer(id, form.fields());
			redirect.addFlashAttribute("notice", "cooperation.thread.answered");
			return "redirect:/cooperation/requests/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (CooperationRefusedException ex) {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(ex.status());
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return thread(requests.request(id), form, model);
	}

	@PostMapping("/requests/{id}/approval")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			requests.approve(id);
			redirect.addFlashAttribute("notice", "cooperation.thread.approved");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		return "redirect:/cooperation/requests/" + id;
	}

	/** The form to start a request of a type about a case. */
	@GetMapping("/cases/{caseId}/requests/new")
	String newRequest(@PathVariable UUID caseId, @RequestParam(required = false) String type, Model model) {
		RequestForm form = new RequestForm();
		form.setType(type);
		return form(caseId, form, model);
	}

	/** First step: exactly what would leave the node, and under which legal basis; nothing is stored or sent. */
	@PostMapping("/cases/{caseId}/requests/preview")
	String preview(@PathVariable UUID caseId, @ModelAttribute("form") RequestForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		try {
			RequestPreview preview = requests.preview(command(caseId, form));
			model.addAttribute("caseId", caseId);
			model.addAttribute("preview", preview);
			model.addAttribute("payload", pretty(preview.payload()));
			return "cooperation/preview";
		}
		catch (DomainException ex) {
			refused(ex, result, response);
			return form(caseId, form, model);
		}
	}

	/** Second step: the sender confirmed what the preview showed; it is sent (or drafted for approval). */
	@PostMapping("/cases/{caseId}/requests")
	String send(@PathVariable UUID caseId, @ModelAttribute("form") RequestForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			RequestSummary created = requests.create(command(caseId, form));
			redirect.addFlashAttribute("notice", created.state() == RequestState.DRAFT
					? "cooperation.thread.drafted" : "cooperation.thread.sent");
			return "redirect:/cooperation/requests/" + created.id();
		}
		catch (DomainException ex) {
			refused(ex, result, response);
			return form(caseId, form, model);
		}
	}

	private static void refused(DomainException ex, BindingResult result, HttpServletResponse response) {
		if (ex instanceof InvalidInputException invalid) {
			FormErrors.apply(invalid, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		else if (ex instanceof NotFoundException && "cooperation.partner.notFound".equals(ex.messageKey())) {
			result.rejectValue("partnerNodeId", ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		else if (ex instanceof NotFoundException notFound) {
			throw notFound;
		}
		else if (ex instanceof CooperationRefusedException refusal) {
			result.reject(refusal.messageKey(), refusal.arguments(), refusal.messageKey());
			response.setStatus(refusal.status());
		}
		else {
			result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
	}

	private String form(UUID caseId, RequestForm form, Model model) {
		RequestType type = RequestType.ofCode(form.getType());
		if (type == null || !SENDABLE.contains(type)) {
			type = RequestType.INFORMATION;
			form.setType(type.name());
		}
		model.addAttribute("caseId", caseId);
		model.addAttribute("form", form);
		model.addAttribute("type", type);
		model.addAttribute("types", SENDABLE);
		model.addAttribute("partners", cooperation.activePartners());
		return "cooperation/new-request";
	}

	private String thread(RequestDetails details, AnswerForm form, Model model) {
		CurrentUser user = CurrentUser.current().orElse(null);
		boolean centralAuthority = user != null && user.has(Role.CENTRAL_AUTHORITY);
		boolean mayAnswer = centralAuthority && details.direction() == RequestDirection.INCOMING
				&& details.type().available() && details.state().awaitsAnswer();
		boolean mayApprove = centralAuthority && details.direction() == RequestDirection.OUTGOING
				&& details.state() == RequestState.DRAFT && !user.username().equals(details.createdBy());
		Map<UUID, String> payloads = new LinkedHashMap<>();
		details.messages().forEach(message -> payloads.put(message.id(), pretty(message.payload())));
		model.addAttribute("details", details);
		model.addAttribute("payloads", payloads);
		model.addAttribute("mayAnswer", mayAnswer);
		model.addAttribute("mayApprove", mayApprove);
		model.addAttribute("awaitsApproval", details.direction() == RequestDirection.OUTGOING
				&& details.state() == RequestState.DRAFT);
		model.addAttribute("answer", form);
		return "cooperation/request";
	}

	private String pretty(JsonNode node) {
		return node == null ? "" : json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
	}

	private static NewRequestCommand command(UUID caseId, RequestForm form) {
		RequestType type = RequestType.ofCode(form.getType());
		UUID partner = null;
		if (form.getPartnerNodeId() != null && !form.getPartnerNodeId().isBlank()) {
			try {
				partner = UUID.fromString(form.getPartnerNodeId().strip());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException(List.of(
						new InvalidInputException.FieldProblem("partnerNodeId", "cooperation.request.field.invalid")));
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		if (type != null) {
			for (RequestType.Field field : type.fields()) {
				String value = form.field(field.name());
				if (value != null && !value.isBlank()) {
					fields.put(field.name(), value);
				}
			}
		}
		return new NewRequestCommand(caseId, partner, form.getType(), form.getLegalBasis(), form.getMessage(), fields);
	}

	/** The request form: the common fields and every sendable type's own. */
	public static class RequestForm {

		private String caseId;

		private String partnerNodeId;

		private String type;

		private String legalBasis;

		private String message;

		private String questions;

		private String reasons;

		private String expectedDuration;

		private String funding;

		String field(String name) {
			return switch (name) {
				case "questions" -> questions;
				case "reasons" -> reasons;
				case "expectedDuration" -> expectedDuration;
				case "funding" -> funding;
				default -> null;
			};
		}

		public String getCaseId() {
			return caseId;
		}

		public void setCaseId(String caseId) {
			this.caseId = caseId;
		}

		public String getPartnerNodeId() {
			return partnerNodeId;
		}

		public void setPartnerNodeId(String partnerNodeId) {
			this.partnerNodeId = partnerNodeId;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getLegalBasis() {
			return legalBasis;
		}

		public void setLegalBasis(String legalBasis) {
			this.legalBasis = legalBasis;
		}

		public String getMessage() {
			return message;
		}

		public void setMessage(String message) {
			this.message = message;
		}

		public String getQuestions() {
			return questions;
		}

		public void setQuestions(String questions) {
			this.questions = questions;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

		public String getExpectedDuration() {
			return expectedDuration;
		}

		public void setExpectedDuration(String expectedDuration) {
			this.expectedDuration = expectedDuration;
		}

		public String getFunding() {
			return funding;
		}

		public void setFunding(String funding) {
			this.funding = funding;
		}

	}

	/** The answer form: a report for information, a decision and reasons for a placement consent. */
	public static class AnswerForm {

		private String report;

		private String decision;

		private String reasons;

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			put(fields, "report", report);
			put(fields, "decision", decision);
			put(fields, "reasons", reasons);
			return fields;
		}

		private static void put(Map<String, String> fields, String name, String value) {
			if (value != null && !value.isBlank()) {
				fields.put(name, value);
			}
		}

		public String getReport() {
			return report;
		}

		public void setReport(String report) {
			this.report = report;
		}

		public String getDecision() {
			return decision;
		}

		public void setDecision(String decision) {
			this.decision = decision;
		}

		public String getReasons() {
			return reasons;
		}

		public void setReasons(String reasons) {
			this.reasons = reasons;
		}

	}

}
