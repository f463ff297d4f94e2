package org.protect.cooperation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.protect.cooperation.Cooperation;
import org.protect.cooperation.CooperationRefusedException;
import org.protect.shared.web.PayloadTooLargeException;
import org.protect.shared.web.ProblemResponses;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where partner nodes deliver messages: a sealed message (JWE compact, {@code application/jose}) in, a
 * signed receipt (JWS compact) out. No user signs in here: the message's signature, checked against the
 * sender's pinned key, is the authentication.
 */
@RestController
@Hidden
class FederationRestController {

	static final String APPLICATION_JOSE = "application/jose";

	private final Cooperation cooperation;

	private final ProblemResponses problems;

	private final long maxBytes;

	FederationRestController(Cooperation cooperation, ProblemResponses problems,
			@Value("${protect.api.max-body-bytes:1048576}") long maxBytes) {
		this.cooperation = cooperation;
		this.problems = problems;
		this.maxBytes = maxBytes;
	}

	@PostMapping(path = "/federation/v1/messages", consumes = APPLICATION_JOSE)
	ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		catch (PayloadTooLargeException ex) {
			return tooLarge();
		}
		if (body.length > maxBytes) {
			return tooLarge();
		}
		String receipt = cooperation.receive(new String(body, StandardCharsets.US_ASCII));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(APPLICATION_JOSE)).body(receipt);
	}

	private ResponseEntity<Map<String, Object>> tooLarge() {
		cooperation.refuseOversized(maxBytes + 1);
		return problems.entity(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, maxBytes);
	}

	@ExceptionHandler(CooperationRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(CooperationRefusedException ex) {
		return CooperationProblems.of(problems, ex);
	}

}
