package org.protect.accounts.web;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.protect.accounts.SignIn;
import org.protect.accounts.SignInRefusedException;
import org.protect.shared.InvalidInputException;
import org.protect.shared.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API sign-in: exchanges a user name, password and (where the user has MFA) a TOTP code for a bearer
 * token, and revokes it.
 */
@RestController
@RequestMapping("/api/v1/session")
@Tag(name = "Session", description = "Bearer tokens for the API")
class SessionRestController {

	private final SignIn signIn;

	private final ProblemResponses problems;

	SessionRestController(SignIn signIn, ProblemResponses problems) {
		this.signIn = signIn;
		this.problems = problems;
	}

	@PostMapping
	@SecurityRequirements
	@ApiResponse(responseCode = "201", description = "A token, and when it expires")
	ResponseEntity<TokenResponse> create(@RequestBody SessionRequest request) {
		var collector = new InvalidInputException.Collector();
		if (request.username() == null || request.username().isBlank()) {
			collector.add("username", "validation.required");
		}
		if (request.password() == null || request.password().isEmpty()) {
			collector.add("password", "validation.required");
		}
		collector.throwIfAny();
		SignIn.ApiToken token = signIn.issueToken(request.username(), request.password(), request.code());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(token.token(), token.expiresAt()));
	}

	@DeleteMapping
	@ApiResponse(responseCode = "204", description = "The token is revoked")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		signIn.revokeToken(header.substring(7).trim());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(SignInRefusedException.class)
	ResponseEntity<Map<String, Object>> refused(SignInRefusedException ex) {
		return switch (ex.reason()) {
			case INVALID_CREDENTIALS -> problems.entity(HttpStatus.UNAUTHORIZED, "invalid-credentials", null);
			case MFA_CODE_REQUIRED -> problems.entity(HttpStatus.UNAUTHORIZED, "mfa-code-required", null);
			case MFA_ENROLMENT_REQUIRED -> problems.entity(HttpStatus.FORBIDDEN, "mfa-enrolment-required", null);
		};
	}

	record SessionRequest(String username, String password, String code) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
