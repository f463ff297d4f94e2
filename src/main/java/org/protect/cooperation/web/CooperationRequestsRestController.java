package org.protect.cooperation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.CooperationRequests;
import org.protect.cooperation.NewRequestCommand;
import org.protect.cooperation.RequestDetails;
import org.protect.cooperation.RequestPreview;
import org.protect.cooperation.RequestSummary;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.ProblemResponses;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cross-border requests: sending (with a preview of what leaves), the central authority's approval,
 * its inbox and its answers, and the thread of each request.
 */
@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(name = "Cooperation requests", description = "Requests between partner nodes, as conversations")
class CooperationRequestsRestController {

	private static final Set<String> COMMON = Set.of("caseId", "partnerNodeId", "type", "legalBasis", "message");

	private final CooperationRequests requests;

	private final ProblemResponses problems;

	CooperationRequestsRestController(CooperationRequests requests, ProblemResponses problems) {
		this.requests = requests;
		this.problems = problems;
	}

	/**
	 * Creates and sends a request: {@code {"caseId","partnerNodeId","type","legalBasis","message"}} plus the
	 * type's own fields. Under the central authority rule it answers {@code DRAFT}, waiting for approval.
	 */
	@PostMapping("/requests")
	@ApiResponse(responseCode = "201", description = "The request, with its state (SENT, or DRAFT for approval)")
	ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
		RequestSummary created = requests.create(command(body));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", created.id());
		answer.put("state", created.state());
		answer.put("conversationId", created.conversationId());
		answer.put("deadline", created.deadline());
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	/** Exactly what the same body would send, and under which legal basis; nothing is stored or sent. */
	@PostMapping("/requests/preview")
	RequestPreview preview(@RequestBody JsonNode body) {
		return requests.preview(command(body));
	}

	@GetMapping("/requests/{id}")
	RequestDetails request(@PathVariable UUID id) {
		return requests.request(id);
	}

	@PostMapping("/requests/{id}/approval")
	RequestDetails approve(@PathVariable UUID id) {
		return requests.approve(id);
	}

	/**
	 * The type's answer fields, e.g. {@code {"decision": "CONSENT"|"REFUSE", "reasons"}} for a placement
	 * consent, {@code {"carePlan": "ACCEPT", "guardianship": "ACCEPT", "receivingGuardian"}} for a return,
	 * {@code {"report", "seenOn", "wellBeing": {"assessedBy", "ratings": {"EDUCATION": {"level", "justification",
	 * "sources", "childLevel"}, …}, "childViews", "childNotHeardReason"}}} for a follow-up report (all 14
	 * conditions, on this node's scale); or {@code {"decision": "DECLINE", "reasons"}} where the type may be
	 * declined.
	 */
	@PostMapping("/requests/{id}/answer")
	RequestDetails answer(@PathVariable UUID id, @RequestBody JsonNode body) {
		return requests.answer(id, texts(body, Set.of()));
	}

	/** {@code {"note", "scheduledOn"}}, both optional: the recipient has the request and works on it. */
	@PostMapping("/requests/{id}/acknowledgement")
	RequestDetails acknowledge(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		return requests.acknowledge(id, texts(body, Set.of()));
	}

	/** {@code {"reasons"}}: the sender withdraws the request. */
	@PostMapping("/requests/{id}/withdrawal")
	RequestDetails withdraw(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		return requests.withdraw(id, texts(body, Set.of()));
	}

	/** {@code {"handedOverOn", "note"}}: one side of a return records the hand-over. */
	@PostMapping("/requests/{id}/handover")
	RequestDetails handover(@PathVariable UUID id, @RequestBody(required = false) JsonNode body) {
		return requests.recordHandover(id, texts(body, Set.of()));
	}

	@GetMapping("/inbox")
	List<RequestSummary> inbox(@RequestParam(defaultValue = "false") boolean open) {
		return requests.inbox(open);
	}

	@GetMapping("/drafts")
	List<RequestSummary> drafts() {
		return requests.drafts();
	}

	@ExceptionHandler(CooperationRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(CooperationRefusedException ex) {
		return CooperationProblems.of(problems, ex);
	}

	private static NewRequestCommand command(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("body", "validation.required")));
		}
		InvalidInputException.Collector invalid = new InvalidInputException.Collector();
		UUID caseId = uuid(body, "caseId", invalid);
		UUID partner = uuid(body, "partnerNodeId", invalid);
		Map<String, String> fields = texts(body, COMMON);
		invalid.throwIfAny();
		return new NewRequestCommand(caseId, partner, text(body, "type"), text(body, "legalBasis"),
				text(body, "message"), fields);
	}

	private static UUID uuid(JsonNode body, String field, InvalidInputException.Collector invalid) {
		String value = text(body, field);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			invalid.add(field, "cooperation.request.field.invalid");
			return null;
		}
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
	}

	/**
	 * The body's other members as text (the type's own fields, or an answer's). An object's members are named
	 * by their path, as the form names them: {@code {"wellBeing": {"ratings": {"EDUCATION": {"level": "4"}}}}}
	 * gives {@code wellBeing.ratings.EDUCATION.level}.
	 */
	private static Map<String, String> texts(JsonNode body, Set<String> except) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body == null || !body.isObject()) {
			return fields;
		}
		for (String name : body.propertyNames()) {
			if (!except.contains(name)) {
				flatten(name, body.get(name), fields);
			}
		}
		return fields;
	}

	private static void flatten(String path, JsonNode value, Map<String, String> fields) {
		if (value != null && value.isObject()) {
			for (String name : value.propertyNames()) {
				flatten(path + "." + name, value.get(name), fields);
			}
		}
		else {
			fields.put(path, value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString());
		}
	}

}
