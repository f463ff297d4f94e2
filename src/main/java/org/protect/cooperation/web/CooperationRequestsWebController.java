package org.protect.cooperation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.CooperationRequests;
import org.protect.cooperation.IdentityQueries;
import org.protect.cooperation.MessageKind;
import org.protect.cooperation.NewRequestCommand;
import org.protect.cooperation.RequestDetails;
import org.protect.cooperation.RequestDirection;
import org.protect.cooperation.RequestPreview;
import org.protect.cooperation.RequestState;
import org.protect.cooperation.RequestSummary;
import org.protect.cooperation.RequestType;
import org.protect.monitoring.Condition;
import org.protect.monitoring.PartnerFollowUps;
import org.protect.monitoring.WellBeingScale;
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
 * approval), the thread of one request with the steps the reader may take (approve, acknowledge, answer,
 * decline, withdraw, record a hand-over), and starting a request from a case in two steps, a preview of
 * exactly what would leave the node and then the confirmation. Every access rule is the service's
 * ({@link CooperationRequests}); the page only hides what the reader could not do anyway.
 */
@Controller
@RequestMapping("/cooperation")
class CooperationRequestsWebController {

	/** The forms' own members; every other field of a type is bound as {@code fields[name]}. */
	private static final Set<String> COMMON = Set.of("partnerNodeId", "type", "legalBasis", "message");

	/** The thread's forms, each under its own name so that a refused one shows its errors beside it. */
	private static final List<String> STEP_FORMS = List.of("answer", "decline", "acknowledgement", "withdrawal",
			"handover");

	private final CooperationRequests requests;

	private final IdentityQueries identityQueries;

	private final Cooperation cooperation;

	private final JsonMapper json;

	private final PartnerFollowUps followUps;

	CooperationRequestsWebController(CooperationRequests requests, IdentityQueries identityQueries,
			Cooperation cooperation, JsonMapper json, PartnerFollowUps followUps) {
		this.requests = requests;
		this.identityQueries = identityQueries;
		this.cooperation = cooperation;
		this.json = json;
		this.followUps = followUps;
	}

	/** The requests about a case, for the case page's section (a fragment for htmx, else a page of its own). */
	@GetMapping("/cases/{caseId}/requests")
	String ofCase(@PathVariable UUID caseId, Model model, HttpServletRequest request) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("caseRequests", requests.ofCase(caseId));
		model.addAttribute("identityQueries", identityQueries.ofCase(caseId));
		model.addAttribute("partners", cooperation.activePartners());
		return FormErrors.isHtmx(request) ? "cooperation/case-requests :: list" : "cooperation/case-requests-page";
	}

	/** Asks the partners ticked whether they know the case's child; the answers come back on the list. */
	@PostMapping("/cases/{caseId}/identity-queries")
	String ask(@PathVariable UUID caseId, @RequestParam(name = "partnerNodeIds", required = false) List<UUID> partners,
			RedirectAttributes redirect) {
		try {
			identityQueries.ask(caseId, partners == null ? List.of() : partners);
			redirect.addFlashAttribute("notice", "cooperation.identityQuery.sent");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.problems().get(0).messageKey());
			redirect.addFlashAttribute("refusalArguments", ex.problems().get(0).arguments());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		return "redirect:/cooperation/cases/" + caseId + "/requests";
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		model.addAttribute("incoming", requests.inbox(false));
		model.addAttribute("identityQueries", identityQueries.incoming());
		model.addAttribute("drafts", requests.drafts());
		return "cooperation/inbox";
	}

	@GetMapping("/requests/{id}")
	String thread(@PathVariable UUID id, Model model) {
		return thread(requests.request(id), model);
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@PathVariable UUID id, @ModelAttribute("answer") FieldsForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, form, result, model, response, redirect, "cooperation.thread.answered",
				() -> requests.answer(id, form.getFields()));
	}

	/** Declining is an answer too: {@code decision=DECLINE} with the reasons. */
	@PostMapping("/requests/{id}/decline")
	String decline(@PathVariable UUID id, @ModelAttribute("decline") FieldsForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("decision", "DECLINE");
		fields.put("reasons", form.getFields().get("reasons"));
		return step(id, form, result, model, response, redirect, "cooperation.thread.declined",
				() -> requests.answer(id, fields));
	}

	@PostMapping("/requests/{id}/acknowledgement")
	String acknowledge(@PathVariable UUID id, @ModelAttribute("acknowledgement") FieldsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, form, result, model, response, redirect, "cooperation.thread.acknowledged",
				() -> requests.acknowledge(id, form.getFields()));
	}

	@PostMapping("/requests/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @ModelAttribute("withdrawal") FieldsForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, form, result, model, response, redirect, "cooperation.thread.withdrawn",
				() -> requests.withdraw(id, form.getFields()));
	}

	@PostMapping("/requests/{id}/handover")
	String handover(@PathVariable UUID id, @ModelAttribute("handover") FieldsForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return step(id, form, result, model, response, redirect, "cooperation.thread.handedOver",
				() -> requests.recordHandover(id, form.getFields()));
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

	/** Back from the preview to the form, with everything as it was typed. */
	@PostMapping("/cases/{caseId}/requests/edit")
	String edit(@PathVariable UUID caseId, @ModelAttribute("form") RequestForm form, Model model) {
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

	/** One step on a thread: done and back to the thread, or the thread again with the step's form refused. */
	private String step(UUID id, FieldsForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/cooperation/requests/" + id;
		}
		catch (DomainException ex) {
			refused(ex, result, response);
		}
		return thread(requests.request(id), model);
	}

	private static void refused(DomainException ex, BindingResult result, HttpServletResponse response) {
		if (ex instanceof InvalidInputException invalid) {
			for (InvalidInputException.FieldProblem problem : invalid.problems()) {
				String field = COMMON.contains(problem.field()) ? problem.field() : "fields[" + problem.field() + "]";
				result.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
			}
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
		if (type == null) {
			type = RequestType.INFORMATION;
			form.setType(type.name());
		}
		model.addAttribute("caseId", caseId);
		model.addAttribute("form", form);
		model.addAttribute("type", type);
		model.addAttribute("types", List.of(RequestType.values()));
		model.addAttribute("partners", cooperation.activePartners());
		return "cooperation/new-request";
	}

	private String thread(RequestDetails details, Model model) {
		CurrentUser user = CurrentUser.current().orElse(null);
		boolean centralAuthority = user != null && user.has(Role.CENTRAL_AUTHORITY);
		boolean incoming = details.direction() == RequestDirection.INCOMING;
		RequestState state = details.state();
		boolean mayAnswer = centralAuthority && incoming && state.awaitsAnswer();
		boolean handoverRecordedHere = details.messages()
			.stream()
			.anyMatch(m -> m.kind().equals(MessageKind.HANDOVER.name()) && m.direction() == RequestDirection.OUTGOING);
		Map<UUID, String> payloads = new LinkedHashMap<>();
		details.messages().forEach(message -> payloads.put(message.id(), pretty(message.payload())));
		model.addAttribute("details", details);
		model.addAttribute("payloads", payloads);
		model.addAttribute("mayAnswer", mayAnswer);
		model.addAttribute("mayDecline", mayAnswer && details.type().declinable());
		model.addAttribute("mayAcknowledge", centralAuthority && incoming && state != RequestState.ACKNOWLEDGED
				&& state.canMoveTo(RequestState.ACKNOWLEDGED));
		// The outgoing thread is shown only to the case team and the central authority: both may withdraw.
		model.addAttribute("mayWithdraw", !incoming && state.canMoveTo(RequestState.WITHDRAWN));
		model.addAttribute("mayRecordHandover", details.type() == RequestType.RETURN_TRANSFER
				&& state == RequestState.ANSWERED && !handoverRecordedHere && (!incoming || centralAuthority));
		model.addAttribute("mayApprove", centralAuthority && !incoming && state == RequestState.DRAFT
				&& !user.username().equals(details.createdBy()));
		model.addAttribute("awaitsApproval", !incoming && state == RequestState.DRAFT);
		model.addAttribute("acknowledgementFields", MessageKind.ACKNOWLEDGEMENT.fields()
			.stream()
			.filter(f -> !f.name().equals("scheduledOn") || details.type() == RequestType.FOLLOW_UP_REPORT)
			.toList());
		model.addAttribute("withdrawalFields", MessageKind.WITHDRAWAL.fields());
		model.addAttribute("handoverFields", MessageKind.HANDOVER.fields());
		model.addAttribute("declineFields", List.of(RequestType.Field.required("reasons")));
		if (mayAnswer && details.type().answersWithWellBeing()) {
			model.addAttribute("levels", followUps.scale().levels());
			model.addAttribute("conditions", Condition.values());
			model.addAttribute("unknown", WellBeingScale.UNKNOWN);
		}
		for (String name : STEP_FORMS) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, new FieldsForm());
			}
		}
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
				String value = form.getFields().get(field.name());
				if (value != null && !value.isBlank()) {
					fields.put(field.name(), value);
				}
			}
		}
		return new NewRequestCommand(caseId, partner, form.getType(), form.getLegalBasis(), form.getMessage(), fields);
	}

	/** A form of named fields: a type's own, an answer's, or a step's ({@code fields[name]} in the page). */
	public static class FieldsForm {

		private Map<String, String> fields = new LinkedHashMap<>();

		public Map<String, String> getFields() {
			return fields;
		}

		public void setFields(Map<String, String> fields) {
			this.fields = fields == null ? new LinkedHashMap<>() : fields;
		}

	}

	/** The request form: the common fields, and the type's own as {@code fields[name]}. */
	public static class RequestForm extends FieldsForm {

		private String partnerNodeId;

		private String type;

		private String legalBasis;

		private String message;

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

	}

}
