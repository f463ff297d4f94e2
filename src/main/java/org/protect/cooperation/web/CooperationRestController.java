package org.protect.cooperation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.cooperation.NodeIdentity;
import org.protect.cooperation.OutgoingMessage;
import org.protect.cooperation.PartnerSummary;
import org.protect.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators' cooperation API: partners, key rotation, connection tests and delivery alerts.
 */
@RestController
@RequestMapping("/api/v1/cooperation")
@Tag(name = "Cooperation", description = "Partner nodes, this node's keys, message delivery")
class CooperationRestController {

	private final Cooperation cooperation;

	private final ProblemResponses problems;

	CooperationRestController(Cooperation cooperation, ProblemResponses problems) {
		this.cooperation = cooperation;
		this.problems = problems;
	}

	@GetMapping("/partners")
	List<PartnerSummary> partners() {
		return cooperation.partners();
	}

	@PostMapping("/partners")
	@ApiResponse(responseCode = "201", description = "The partner, paired and its keys pinned")
	ResponseEntity<PartnerSummary> addPartner(@RequestBody PartnerRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(cooperation.addPartner(request.baseUrl(), request.fingerprint()));
	}

	@GetMapping("/partners/{nodeId}")
	PartnerSummary partner(@PathVariable UUID nodeId) {
		return cooperation.partner(nodeId);
	}

	@PostMapping("/partners/{nodeId}/suspension")
	PartnerSummary suspend(@PathVariable UUID nodeId) {
		return cooperation.suspendPartner(nodeId);
	}

	@DeleteMapping("/partners/{nodeId}/suspension")
	PartnerSummary reactivate(@PathVariable UUID nodeId) {
		return cooperation.reactivatePartner(nodeId);
	}

	/** Re-fetches the partner's keys; {@code fingerprint} confirms a new signing key received out of band. */
	@PostMapping("/partners/{nodeId}/key-refresh")
	PartnerSummary refresh(@PathVariable UUID nodeId, @RequestBody(required = false) RefreshRequest request) {
		return cooperation.refreshPartner(nodeId, request == null ? null : request.fingerprint());
	}

	@PostMapping("/partners/{nodeId}/pings")
	@ApiResponse(responseCode = "202", description = "A PING queued for the partner")
	ResponseEntity<OutgoingMessage> ping(@PathVariable UUID nodeId) {
		return ResponseEntity.accepted().body(cooperation.outgoing(cooperation.ping(nodeId)));
	}

	@GetMapping("/messages/failed")
	List<OutgoingMessage> failed() {
		return cooperation.failedMessages();
	}

	@PostMapping("/keys/rotation")
	NodeIdentity rotate() {
		return cooperation.rotateKeys();
	}

	@ExceptionHandler(CooperationRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(CooperationRefusedException ex) {
		return CooperationProblems.of(problems, ex);
	}

	record PartnerRequest(String baseUrl, String fingerprint) {
	}

	record RefreshRequest(String fingerprint) {
	}

}
