package org.protect.accounts.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.protect.accounts.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which roles must sign in with a TOTP code. Set by {@code protect.security.mfa-required-roles}. When it
 * is not set, every role that sees children's data requires MFA, except in demo mode, where nothing does
 * (so that the demo can be tried without a phone).
 */
@Component
class MfaPolicy {

	/** Roles that see children's data or control who does. */
	static final Set<Role> DEFAULT_REQUIRED = Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.CASEWORKER,
			Role.SUPERVISOR, Role.GUARDIAN, Role.BORDER_OFFICER, Role.CENTRAL_AUTHORITY, Role.JUDGE,
			Role.SERVICE_PROVIDER));

	private final Set<Role> required;

	MfaPolicy(SecurityProperties properties, @Value("${protect.demo.enabled:false}") boolean demo) {
		if (properties.mfaRequiredRoles() == null) {
			required = demo ? Set.of() : DEFAULT_REQUIRED;
		}
		else {
			EnumSet<Role> roles = EnumSet.noneOf(Role.class);
			for (String name : properties.mfaRequiredRoles()) {
				if (name.isBlank()) {
					continue;
				}
				try {
					roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException("protect.security.mfa-required-roles: unknown role '" + name
							+ "'; known roles are " + EnumSet.allOf(Role.class), ex);
				}
			}
			required = Collections.unmodifiableSet(roles);
		}
	}

	boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(required::contains);
	}

	Set<Role> requiredRoles() {
		return required;
	}

}
