package org.protect.accounts.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token. A token that is unknown,
 * expired or revoked, or whose user was deactivated, is refused at once with 401. Not a bean, so that
 * it runs only in the API's security chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	/** Writing the last use on every request would make every API read a write; once a minute is enough. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final MfaPolicy mfa;

	private final ApiSecurityHandlers handlers;

	BearerTokenFilter(ApiTokenRepository tokens, UserRepository users, MfaPolicy mfa, ApiSecurityHandlers handlers) {
		this.tokens = tokens;
		this.users = users;
		this.mfa = mfa;
		this.handlers = handlers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = authenticate(header.substring(7).trim());
		if (authentication.isEmpty()) {
			handlers.commence(request, response, new BadCredentialsException(ApiSecurityHandlers.INVALID_TOKEN));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<Authentication> authenticate(String token) {
		if (token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return tokens.findValid(SignInService.hash(token), now).flatMap(valid -> {
			if (valid.lastUsedAt() == null || valid.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
				tokens.markUsed(valid.id(), now);
			}
			return users.findById(valid.userId());
		}).filter(user -> user.active() && user.organisationActive() && !user.lockedAt(now)).map(user -> {
			if (!user.totpEnabled() && mfa.requiredFor(user.roles())) {
				return Authorities.enrolmentRequired(user.toCurrentUser());
			}
			return Authorities.full(user.toCurrentUser());
		});
	}

}
