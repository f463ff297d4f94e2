package org.protect.cooperation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.IdentityQueries;
import org.protect.cooperation.IdentityQuerySummary;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.ProblemResponses;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Privacy-preserving identity queries to partner nodes, and the partners' queries this node answered. */
@RestController
@RequestMapping("/api/v1/cooperation/identity-queries")
@Tag(name = "Identity queries", description = "Do you know this child? Asked and answered by CLK encodings only")
class IdentityQueriesRestController {

	private final IdentityQueries queries;

	private final ProblemResponses problems;

	IdentityQueriesRestController(IdentityQueries queries, ProblemResponses problems) {
		this.queries = queries;
		this.problems = problems;
	}

	/** {@code {"caseId", "partnerNodeIds": [..]}}: one query per partner, each answered later. */
	@PostMapping
	@ApiResponse(responseCode = "201", description = "The queries sent, one per partner, in state SENT")
	ResponseEntity<List<IdentityQuerySummary>> ask(@RequestBody JsonNode body) {
		InvalidInputException.Collector invalid = new InvalidInputException.Collector();
		UUID caseId = uuid(body == null ? null : body.get("caseId"), "caseId", invalid);
		List<UUID> partners = new ArrayList<>();
		JsonNode list = body == null ? null : body.get("partnerNodeIds");
		if (list != null && !list.isArray()) {
			invalid.add("partnerNodeIds", "cooperation.request.field.invalid");
		}
		else if (list != null) {
			list.forEach(value -> partners.add(uuid(value, "partnerNodeIds", invalid)));
		}
		invalid.throwIfAny();
		return ResponseEntity.status(HttpStatus.CREATED).body(queries.ask(caseId, partners));
	}

	@GetMapping
	List<IdentityQuerySummary> ofCase(@RequestParam UUID caseId) {
		return queries.ofCase(caseId);
	}

	@GetMapping("/incoming")
	List<IdentityQuerySummary> incoming() {
		return queries.incoming();
	}

	@ExceptionHandler(CooperationRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(CooperationRefusedException ex) {
		return CooperationProblems.of(problems, ex);
	}

	private static UUID uuid(JsonNode value, String field, InvalidInputException.Collector invalid) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			invalid.add(field, "cooperation.request.field.invalid");
			return null;
		}
		try {
			return UUID.fromString(value.asString());
		}
		catch (IllegalArgumentException ex) {
			invalid.add(field, "cooperation.request.field.invalid");
			return null;
		}
	}

}
