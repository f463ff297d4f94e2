package org.protect.cases.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.protect.cases.AgeAssessment;
import org.protect.cases.BestInterestsAssessment;
import org.protect.cases.BestInterestsDetermination;
import org.protect.cases.CaseDetails;
import org.protect.cases.FamilyAssessment;
import org.protect.cases.FollowUpSchedule;
import org.protect.cases.Guardianship;
import org.protect.cases.MissingReport;
import org.protect.cases.PlacementConsent;
import org.protect.cases.RiskAssessment;
import org.protect.cases.Screening;
import org.protect.cases.CaseFileEditing;
import org.protect.cases.CaseManagement;
import org.protect.cases.CaseMatching;
import org.protect.cases.MatchDecision;
import org.protect.cases.PossibleMatch;
import org.protect.cases.CaseNote;
import org.protect.cases.CasePart;
import org.protect.cases.CaseQuery;
import org.protect.cases.CaseSearchResults;
import org.protect.cases.CaseStage;
import org.protect.cases.CaseSummary;
import org.protect.cases.CaseDocument;
import org.protect.cases.CarePlan;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.cases.OverrideRefusedException;
import org.protect.cases.PartVersion;
import org.protect.cases.Referral;
import org.protect.cases.ReferralCommand;
import org.protect.cases.ReferralStatus;
import org.protect.cases.RegisterChildCommand;
import org.protect.cases.Safeguard;
import org.protect.cases.TeamPart;
import org.protect.cases.TimelineEntry;
import org.protect.cases.TransitionCommand;
import org.protect.cases.TransitionRefusedException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.NotFoundException;
import org.protect.shared.web.JsonFieldPath;
import org.protect.shared.web.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of case management: registration, the case file and each of its parts, transitions through
 * the safeguard gates, the team, disclosures, referrals, notes and documents. Access is decided in the
 * services, exactly as for the pages.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Children's cases from identification to a durable solution, with the safeguard gates")
class CasesRestController {

	private final CaseManagement cases;

	private final CaseFileEditing editing;

	private final CaseMatching matching;

	private final ProblemResponses problems;

	private final MessageSource messages;

	private final JsonMapper json;

	CasesRestController(CaseManagement cases, CaseFileEditing editing, CaseMatching matching,
			ProblemResponses problems, MessageSource messages, JsonMapper json) {
		this.cases = cases;
		this.editing = editing;
		this.matching = matching;
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@PostMapping
	@Operation(summary = "Register a child and open the case", description = "The smallest body: givenName, familyName, sex (F|M|X|U), birthYear, nationalityClaimed.")
	@ApiResponse(responseCode = "201", description = "The case opened, as the registrant may see it")
	ResponseEntity<CaseDetails> register(@RequestBody RegisterChildCommand command) {
		CaseDetails details = cases.register(command);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + details.id())).body(details);
	}

	@GetMapping
	@Operation(summary = "Search the cases the caller may know of", description = "q: a name in any script, an alias, a case number or a date of birth (yyyy-mm-dd or a year).")
	CaseSearchResults search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) CaseStage stage, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return cases.search(new CaseQuery(text, stage, page, size));
	}

	@GetMapping("/attention")
	List<CaseSummary> attention() {
		return cases.casesNeedingAttention();
	}

	@GetMapping("/{id}")
	CaseDetails caseFile(@PathVariable UUID id) {
		return cases.caseFile(id);
	}

	@PostMapping("/{id}/transitions")
	@Operation(summary = "Move the case to another stage", description = "Checks every gate on the way; refuses with 409 and unmetSafeguards listing every unmet safeguard code.")
	@ApiResponse(responseCode = "200", description = "Moved: the case as it now stands")
	@ApiResponse(responseCode = "409", description = "Safeguards unmet: unmetSafeguards lists their codes",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json"))
	CaseDetails transition(@PathVariable UUID id, @RequestBody TransitionCommand command) {
		return cases.transition(id, command);
	}

	@GetMapping("/{id}/unmet-safeguards")
	Map<String, Object> unmet(@PathVariable UUID id, @RequestParam CaseStage to) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("to", to);
		body.put("unmetSafeguards", cases.unmetSafeguards(id, to).stream().map(Safeguard::code).toList());
		return body;
	}

	@GetMapping("/{id}/timeline")
	List<TimelineEntry> timeline(@PathVariable UUID id) {
		return cases.timeline(id);
	}

	// --- identity facts ---

	@PostMapping("/{id}/identity-facts")
	@ApiResponse(responseCode = "201", description = "The fact recorded")
	@ResponseStatus(HttpStatus.CREATED)
	IdentityFact addFact(@PathVariable UUID id, @RequestBody IdentityFactInput fact) {
		return editing.addIdentityFact(id, fact);
	}

	record VoidRequest(String reason) {
	}

	@PostMapping("/{id}/identity-facts/{factId}/void")
	@ApiResponse(responseCode = "204", description = "The fact is void")
	ResponseEntity<Void> voidFact(@PathVariable UUID id, @PathVariable UUID factId, @RequestBody VoidRequest request) {
		editing.voidIdentityFact(id, factId, request.reason());
		return ResponseEntity.noContent().build();
	}

	// --- the parts: GET and PUT /api/v1/cases/{id}/{part} ---

	@GetMapping("/{id}/{part:[a-z-]+}")
	ResponseEntity<Object> part(@PathVariable UUID id, @PathVariable("part") String path) {
		CasePart part = part(path);
		PartVersion version = cases.caseFile(id).parts().get(part);
		if (version == null) {
			throw new NotFoundException("cases.part.none");
		}
		return ResponseEntity.ok().eTag(Integer.toString(version.version())).body(version.document());
	}

	@PutMapping("/{id}/{part:[a-z-]+}")
	@Operation(summary = "Record a part of the case file", description = "part: screening, age-assessment, guardianship, risk-assessment, best-interests-assessment, family-assessment, best-interests-determination, care-plan, placement-consent, follow-ups, missing. If-Match: the version the change was made on.")
	ResponseEntity<Object> savePart(@PathVariable UUID id, @PathVariable("part") String path,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The part's document; its type follows the path",
					content = @Content(schema = @Schema(oneOf = { Screening.class, AgeAssessment.class, Guardianship.class,
							RiskAssessment.class, BestInterestsAssessment.class, FamilyAssessment.class,
							BestInterestsDetermination.class, CarePlan.class, PlacementConsent.class,
							FollowUpSchedule.class, MissingReport.class }))) @RequestBody JsonNode body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CasePart part = part(path);
		if (body == null || !body.isObject()) {
			throw new InvalidInputException(
					List.of(new InvalidInputException.FieldProblem(part.path(), "cases.validation.unreadable")));
		}
		Object document;
		try {
			// A flag left out is false ("independenceConfirmed" not said is not confirmed).
			document = json.readerFor(part.documentType())
				.without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.readValue(body);
		}
		catch (JacksonException ex) {
			String field = JsonFieldPath.of(ex);
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem(
					field.isEmpty() ? part.path() : field, "cases.validation.unreadable")));
		}
		PartVersion saved = editing.savePart(id, part, document, version(ifMatch));
		return ResponseEntity.ok().eTag(Integer.toString(saved.version())).body(saved.document());
	}

	@PostMapping("/{id}/best-interests-determination/approval")
	ResponseEntity<Object> approve(@PathVariable UUID id) {
		PartVersion saved = editing.approveDetermination(id);
		return ResponseEntity.ok().eTag(Integer.toString(saved.version())).body(saved.document());
	}

	record AcceptanceRequest(LocalDate acceptedOn, String reference) {
	}

	@PostMapping("/{id}/care-plan/acceptance")
	ResponseEntity<Object> acceptance(@PathVariable UUID id, @RequestBody AcceptanceRequest request) {
		PartVersion saved = editing.recordCarePlanAcceptance(id,
				new CarePlan.Acceptance(request.acceptedOn(), request.reference(), null));
		return ResponseEntity.ok().eTag(Integer.toString(saved.version())).body(saved.document());
	}

	// --- possible existing records of the same child ---

	@GetMapping("/{id}/possible-matches")
	@Operation(summary = "Other cases on this node that may be about the same child, with the explanation")
	List<PossibleMatch> possibleMatches(@PathVariable UUID id) {
		return matching.possibleMatches(id);
	}

	record MatchRequest(UUID otherCaseId, MatchDecision decision, String reason) {
	}

	@PostMapping("/{id}/matches")
	@ApiResponse(responseCode = "204", description = "The decision recorded: CONFIRMED links the cases, DISMISSED is remembered")
	ResponseEntity<Void> decide(@PathVariable UUID id, @RequestBody MatchRequest request) {
		matching.decide(id, request.otherCaseId(), request.decision(), request.reason());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/matches/{linkId}")
	@ApiResponse(responseCode = "204", description = "The decision undone (kept on record as undone)")
	ResponseEntity<Void> undoMatch(@PathVariable UUID id, @PathVariable UUID linkId) {
		matching.undo(id, linkId);
		return ResponseEntity.noContent().build();
	}

	// --- team and disclosures ---

	record TeamRequest(String username, TeamPart part) {
	}

	@PostMapping("/{id}/team")
	@ApiResponse(responseCode = "204", description = "The member added")
	ResponseEntity<Void> addMember(@PathVariable UUID id, @RequestBody TeamRequest request) {
		cases.addTeamMember(id, request.username(), request.part());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/team/{memberId}")
	@ApiResponse(responseCode = "204", description = "The membership ended")
	ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
		cases.removeTeamMember(id, memberId);
		return ResponseEntity.noContent().build();
	}

	record DisclosureRequest(UUID organisationId, String reason) {
	}

	@PostMapping("/{id}/disclosures")
	@ApiResponse(responseCode = "204", description = "Disclosed")
	ResponseEntity<Void> disclose(@PathVariable UUID id, @RequestBody DisclosureRequest request) {
		cases.disclose(id, request.organisationId(), request.reason());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}/disclosures/{disclosureId}")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID disclosureId) {
		cases.revokeDisclosure(id, disclosureId);
		return ResponseEntity.noContent().build();
	}

	// --- referrals, notes, documents ---

	@PostMapping("/{id}/referrals")
	@ApiResponse(responseCode = "201", description = "The referral sent")
	@ResponseStatus(HttpStatus.CREATED)
	Referral refer(@PathVariable UUID id, @RequestBody ReferralCommand command) {
		return editing.refer(id, command);
	}

	record ReferralUpdate(ReferralStatus status, String note) {
	}

	@PatchMapping("/{id}/referrals/{referralId}")
	Referral updateReferral(@PathVariable UUID id, @PathVariable UUID referralId, @RequestBody ReferralUpdate update) {
		return editing.updateReferral(id, referralId, update.status(), update.note());
	}

	record NoteRequest(String body) {
	}

	@PostMapping("/{id}/notes")
	@ApiResponse(responseCode = "201", description = "The note added")
	@ResponseStatus(HttpStatus.CREATED)
	CaseNote addNote(@PathVariable UUID id, @RequestBody NoteRequest request) {
		return editing.addNote(id, request.body());
	}

	@PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ApiResponse(responseCode = "201", description = "The document attached")
	@ResponseStatus(HttpStatus.CREATED)
	CaseDocument attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String description) throws IOException {
		return editing.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), description);
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
		return Downloads.attachment(editing.download(id, documentId));
	}

	// --- refusals ---

	/**
	 * A refused transition: 409 with every unmet safeguard as its stable code, and each with its sentence
	 * in the caller's language.
	 */
	@ExceptionHandler(TransitionRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(TransitionRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> body = problems.body(HttpStatus.CONFLICT, "safeguards-unmet", ex.messageKey(),
				ex.arguments());
		body.put("unmetSafeguards", ex.unmet().stream().map(Safeguard::code).toList());
		body.put("safeguards", ex.unmet()
			.stream()
			.map(safeguard -> Map.of("code", safeguard.code(), "message",
					messages.getMessage(safeguard.messageKey(), null, locale)))
			.toList());
		return problems.entity(HttpStatus.CONFLICT, body);
	}

	@ExceptionHandler(OverrideRefusedException.class)
	ResponseEntity<Map<String, Object>> overrideRefused(OverrideRefusedException ex) {
		Map<String, Object> body = problems.body(HttpStatus.FORBIDDEN, "override-refused", ex.messageKey(),
				ex.arguments());
		body.put("safeguards", ex.safeguards().stream().map(Safeguard::code).toList());
		return problems.entity(HttpStatus.FORBIDDEN, body);
	}

	private static CasePart part(String path) {
		CasePart part = CasePart.ofPath(path);
		if (part == null) {
			throw new NotFoundException("cases.part.unknown");
		}
		return part;
	}

	private static Integer version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
			return null;
		}
		String value = ifMatch.strip().replace("W/", "").replace("\"", "");
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(List.of(new InvalidInputException.FieldProblem("If-Match",
					"cases.validation.version")));
		}
	}

}
