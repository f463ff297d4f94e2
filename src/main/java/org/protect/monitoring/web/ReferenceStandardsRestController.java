package org.protect.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.protect.monitoring.Condition;
import org.protect.monitoring.ReferenceStandard;
import org.protect.monitoring.ReferenceStandards;
import org.protect.monitoring.SaveReferenceStandardCommand;
import org.protect.monitoring.WellBeingManagement;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NodeProperties;
import org.protect.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The model's conditions, the node's rating scale and the local reference standards. */
@RestController
@RequestMapping("/api/v1/well-being")
@Tag(name = "Well-being", description = "Assessments of a child's situation on the 14 conditions of the Best Interests of the Child model, side by side and over the follow-ups")
class ReferenceStandardsRestController {

	private final ReferenceStandards standards;

	private final WellBeingManagement wellBeing;

	private final MessageSource messages;

	private final NodeProperties node;

	ReferenceStandardsRestController(ReferenceStandards standards, WellBeingManagement wellBeing,
			MessageSource messages, NodeProperties node) {
		this.standards = standards;
		this.wellBeing = wellBeing;
		this.messages = messages;
		this.node = node;
	}

	record ConditionInfo(String code, int number, Condition.Domain domain, String name, String description) {
	}

	@GetMapping("/conditions")
	@Operation(summary = "The 14 conditions, with their names and descriptions in the caller's language")
	List<ConditionInfo> conditions(Locale locale) {
		List<ConditionInfo> conditions = new ArrayList<>();
		for (Condition condition : Condition.values()) {
			conditions.add(new ConditionInfo(condition.name(), condition.number(), condition.domain(),
					messages.getMessage(condition.messageKey(), null, locale),
					messages.getMessage(condition.descriptionKey(), null, locale)));
		}
		return conditions;
	}

	record LevelInfo(String code, Integer score, String name, String description) {
	}

	@GetMapping("/scale")
	@Operation(summary = "The node's rating scale, worst to best, and UNKNOWN (configured by protect.monitoring.scale)")
	List<LevelInfo> scale(Locale locale) {
		List<LevelInfo> levels = new ArrayList<>();
		for (WellBeingScale.Level level : wellBeing.scale().levels()) {
			levels.add(new LevelInfo(level.code(), level.score(), messages.getMessage(level.label(), null, locale),
					messages.getMessage(level.descriptionKey(), null, locale)));
		}
		levels.add(new LevelInfo(WellBeingScale.UNKNOWN, null,
				messages.getMessage(WellBeingScale.UNKNOWN_KEY, null, locale),
				messages.getMessage(WellBeingScale.UNKNOWN_KEY + ".description", null, locale)));
		return levels;
	}

	@GetMapping("/standards")
	@Operation(summary = "What adequate means per condition in a country (this node's by default); status DEMO, UNVERIFIED or VERIFIED")
	Map<String, Object> standards(@RequestParam(required = false) String country) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("countries", standards.countries());
		body.put("standards", standards.of(country == null || country.isBlank() ? defaultCountry() : country));
		return body;
	}

	@PutMapping("/standards/{country}/{condition}")
	@Operation(summary = "Write what adequate means for a condition in a country (supervisors and administrators)", description = "Body: {adequate, source, verified}; verified needs a source. If-Match: the version the change was made on (0 for a new one); a stale one is refused with 409.")
	@ApiResponse(responseCode = "200", description = "Saved; ETag is its version")
	@ApiResponse(responseCode = "403", description = "Only supervisors and administrators write standards")
	@ApiResponse(responseCode = "409", description = "Changed meanwhile")
	ResponseEntity<ReferenceStandard> save(@PathVariable String country, @PathVariable String condition,
			@RequestBody SaveReferenceStandardCommand command,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Condition which = Condition.of(condition);
		if (which == null) {
			throw new NotFoundException("monitoring.standards.unknownCondition");
		}
		ReferenceStandard saved = standards.save(country, which, new SaveReferenceStandardCommand(command.adequate(),
				command.source(), command.verified(), version(ifMatch)));
		return ResponseEntity.ok().eTag(Integer.toString(saved.version())).body(saved);
	}

	private String defaultCountry() {
		return node.country();
	}

	private static Integer version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
			return null;
		}
		try {
			return Integer.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("If-Match",
					"monitoring.validation.version")));
		}
	}

}
