package org.protect.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.protect.accounts.CurrentUser;
import org.protect.accounts.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The three states of a signed-in browser: waiting for the TOTP code, obliged to enrol in MFA first, or
 * fully signed in with the user's roles. Only the last carries {@link #USER} and the roles, so a half
 * signed-in user reaches nothing but the next step.
 */
public final class Authorities {

	/** Granted to a user who completed every required step. */
	public static final String USER = "USER";

	public static final String MFA_PENDING = "MFA_PENDING";

	public static final String MFA_ENROLMENT_REQUIRED = "MFA_ENROLMENT_REQUIRED";

	private Authorities() {
	}

	public static Authentication full(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(USER));
		for (Role role : user.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	public static Authentication pendingCode(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(MFA_PENDING)));
	}

	public static Authentication enrolmentRequired(CurrentUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(MFA_ENROLMENT_REQUIRED)));
	}

	public static boolean has(Authentication authentication, String authority) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

}
