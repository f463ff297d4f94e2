package org.protect.monitoring.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.protect.monitoring.Assessment;
import org.protect.monitoring.CaseWellBeing;
import org.protect.monitoring.Comparison;
import org.protect.monitoring.FollowUpStatus;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.Trend;
import org.protect.monitoring.WellBeingManagement;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.JsonFieldPath;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of a case's well-being assessments, and their charts as SVG. Access is decided in the service,
 * exactly as for the pages: the team records, a judge the case is disclosed to reads, anyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/well-being")
@Tag(name = "Well-being", description = "Assessments of a child's situation on the 14 conditions of the Best Interests of the Child model, side by side and over the follow-ups")
class WellBeingRestController {

	static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final WellBeingManagement wellBeing;

	private final JsonMapper json;

	private final MessageSource messages;

	WellBeingRestController(WellBeingManagement wellBeing, JsonMapper json, MessageSource messages) {
		this.wellBeing = wellBeing;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The case's assessments (newest first, corrected and voided ones marked) and its follow-up schedule, each follow-up with its assessment")
	CaseWellBeing overview(@PathVariable UUID caseId) {
		return wellBeing.overview(caseId);
	}

	@GetMapping("/assessments")
	@Operation(summary = "The case's assessments, newest first")
	List<org.protect.monitoring.AssessmentSummary> assessments(@PathVariable UUID caseId) {
		return wellBeing.overview(caseId).assessments();
	}

	@PostMapping("/assessments")
	@Operation(summary = "Record an assessment", description = """
			situation: CURRENT, OPTION (optionName required) or FOLLOW_UP (followUpDueOn: the due day of a follow-up \
			of the case's schedule, which is then marked done on assessedOn). ratings: all 14 conditions by code \
			(GET /api/v1/well-being/conditions), each {level, justification, sources, childLevel}; level and \
			childLevel are codes of the scale (GET /api/v1/well-being/scale) or UNKNOWN; sources may be left out \
			for UNKNOWN; childLevel is the child's own view, left out when the child gave none. childViews (the \
			child's words) or childNotHeardReason is required. country: where the situation is (its reference \
			standards apply), this node's by default. source: LOCAL (default) or PARTNER with sourceReference.""")
	@ApiResponse(responseCode = "201", description = "The assessment recorded")
	@ApiResponse(responseCode = "400", description = "Invalid input: errors[] names each field, e.g. ratings.EDUCATION.level")
	@ApiResponse(responseCode = "403", description = "The reader may read but not record (a judge, a guardian)")
	@ApiResponse(responseCode = "404", description = "No such case, or not open to the reader")
	@ApiResponse(responseCode = "409", description = "The case is closed")
	ResponseEntity<Assessment> record(@PathVariable UUID caseId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordAssessmentCommand.class))) @RequestBody JsonNode body) {
		Assessment saved = wellBeing.record(caseId, command(body));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/well-being/assessments/" + saved.id()))
			.body(saved);
	}

	@GetMapping("/assessments/{assessmentId}")
	@Operation(summary = "One assessment with its ratings and the reference standards of its country")
	Assessment assessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId) {
		return wellBeing.assessment(caseId, assessmentId);
	}

	@PostMapping("/assessments/{assessmentId}/corrections")
	@Operation(summary = "Correct an assessment", description = "Assessments are append-only: a correction is a new assessment (same body as recording, with correctionReason required) that replaces this one, which stays on record. Only the newest of a line can be corrected: 409 when it was corrected or voided meanwhile, so that nobody's correction is silently lost.")
	@ApiResponse(responseCode = "201", description = "The correction recorded")
	@ApiResponse(responseCode = "409", description = "Already corrected or voided: correct the newest")
	ResponseEntity<Assessment> correct(@PathVariable UUID caseId, @PathVariable UUID assessmentId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordAssessmentCommand.class))) @RequestBody JsonNode body) {
		Assessment saved = wellBeing.correct(caseId, assessmentId, command(body));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/well-being/assessments/" + saved.id()))
			.body(saved);
	}

	record VoidRequest(String reason) {
	}

	@PostMapping("/assessments/{assessmentId}/voiding")
	@Operation(summary = "Void an assessment recorded by mistake, with the reason; it stays on record, marked void")
	@ApiResponse(responseCode = "204", description = "Voided")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void voidAssessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @RequestBody VoidRequest request) {
		wellBeing.voidAssessment(caseId, assessmentId, request == null ? null : request.reason());
	}

	@GetMapping("/comparison")
	@Operation(summary = "The current situation and each option side by side: the newest effective assessment of each")
	Comparison comparison(@PathVariable UUID caseId) {
		return wellBeing.comparison(caseId);
	}

	@GetMapping("/trend")
	@Operation(summary = "The child's situation over time: assessments of the current situation and follow-ups, oldest first")
	Trend trend(@PathVariable UUID caseId) {
		return wellBeing.trend(caseId);
	}

	record ScheduleRequest(LocalDate from) {
	}

	@PostMapping("/follow-up-schedule")
	@Operation(summary = "Put the node's default follow-up schedule on a case that has none", description = "from: the day of the return or placement; the follow-ups fall protect.monitoring.follow-up-months after it (1, 3, 6, 12 by default). The schedule is the case's follow-ups part, changed there per case (PUT /api/v1/cases/{id}/follow-ups). 409 when the case has one.")
	@ApiResponse(responseCode = "201", description = "The schedule made")
	@ResponseStatus(HttpStatus.CREATED)
	List<FollowUpStatus> schedule(@PathVariable UUID caseId, @RequestBody ScheduleRequest request) {
		return wellBeing.scheduleFollowUps(caseId, request == null ? null : request.from());
	}

	// --- charts ---

	@GetMapping(path = "/assessments/{assessmentId}/chart.svg", produces = "image/svg+xml")
	@Operation(summary = "The profile chart of one assessment, as accessible SVG (title, description, one bar per condition)")
	ResponseEntity<String> profileChart(@PathVariable UUID caseId, @PathVariable UUID assessmentId, Locale locale) {
		return svg(ProfileChart.render("profile-chart", wellBeing.assessment(caseId, assessmentId), labels(locale)));
	}

	@GetMapping(path = "/comparison.svg", produces = "image/svg+xml")
	@Operation(summary = "The side-by-side chart of the current situation and the options, as accessible SVG")
	ResponseEntity<String> comparisonChart(@PathVariable UUID caseId, Locale locale) {
		return svg(ComparisonChart.render("comparison-chart", wellBeing.comparison(caseId).situations(), labels(locale)));
	}

	@GetMapping(path = "/trend.svg", produces = "image/svg+xml")
	@Operation(summary = "The trend chart over the follow-ups, as accessible SVG")
	ResponseEntity<String> trendChart(@PathVariable UUID caseId, Locale locale) {
		return svg(TrendChart.render("trend-chart", wellBeing.trend(caseId).points(), labels(locale)));
	}

	private static ResponseEntity<String> svg(String svg) {
		return ResponseEntity.ok().contentType(SVG).body(svg);
	}

	private ChartLabels labels(Locale locale) {
		return new ChartLabels(messages, locale, wellBeing.scale());
	}

	/** The body as a command; a value of the wrong form is a problem of its field, not a malformed request. */
	private RecordAssessmentCommand command(JsonNode body) {
		if (body == null || !body.isObject()) {
			// A body of null, a number or a list is no assessment.
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem("body", "monitoring.validation.unreadable")));
		}
		try {
			return json.readerFor(RecordAssessmentCommand.class).readValue(body);
		}
		catch (JacksonException ex) {
			String field = JsonFieldPath.of(ex);
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(
					field.isEmpty() ? "body" : field, "monitoring.validation.unreadable")));
		}
	}

}
