package org.protect.accounts.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of the node ({@code protect.security.*}).
 *
 * @param absoluteSessionTimeout how long a browser session lasts at most, however active
 * @param apiTokenLifetime how long an API token is valid
 * @param lockout when repeated failures lock an account
 * @param mfaRequiredRoles roles that must use TOTP; null when not configured (see {@link MfaPolicy})
 */
@ConfigurationProperties("protect.security")
record SecurityProperties(@DefaultValue("8h") Duration absoluteSessionTimeout,
		@DefaultValue("8h") Duration apiTokenLifetime, @DefaultValue Lockout lockout, List<String> mfaRequiredRoles) {

	/**
	 * @param maxFailures failed passwords or codes in a row that lock the account
	 * @param duration how long the account then stays locked
	 */
	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
	}

}
