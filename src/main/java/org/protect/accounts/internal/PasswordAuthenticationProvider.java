package org.protect.accounts.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The password step of the sign-in page. A right password leads to the TOTP step when the user has
 * enrolled, to enrolment when their role requires MFA and they have not, and otherwise signs them in.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final Credentials credentials;

	private final MfaPolicy mfa;

	PasswordAuthenticationProvider(Credentials credentials, MfaPolicy mfa) {
		this.credentials = credentials;
		this.mfa = mfa;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object password = authentication.getCredentials();
		UserRecord user = credentials.checkPassword(username, password == null ? null : password.toString())
			.orElseThrow(() -> new BadCredentialsException("refused"));
		if (user.totpEnabled()) {
			return Authorities.pendingCode(user.toCurrentUser());
		}
		if (mfa.requiredFor(user.roles())) {
			return Authorities.enrolmentRequired(user.toCurrentUser());
		}
		credentials.succeeded(user, "web");
		return Authorities.full(user.toCurrentUser());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
