package org.protect.accounts.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.audit.AuditOutcome;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks passwords and TOTP codes, counts failures and locks accounts. Shared by the sign-in page and
 * the API so that both channels obey the same lock-out.
 */
@Component
class Credentials {

	/** Compared against when the user name is unknown, so that the answer takes as long as for a real user. */
	private final String dummyHash;

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final SecurityProperties properties;

	private final AuditLog audit;

	Credentials(UserRepository users, PasswordEncoder encoder, SecurityProperties properties, AuditLog audit) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
		this.audit = audit;
		this.dummyHash = encoder.encode("not a real password, used for constant-time refusals");
	}

	/** The user when the password is right and the account active and unlocked; failures are counted and audited. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<UserRecord> checkPassword(String username, String password) {
		Optional<UserRecord> found = username == null ? Optional.empty() : users.findByUsername(username.trim());
		if (found.isEmpty()) {
			encoder.matches(password == null ? "" : password, dummyHash);
			audit.record(AuditEvent.of("LOGIN", AuditOutcome.FAILURE).withDetails("unknown user").by(safe(username)));
			return Optional.empty();
		}
		UserRecord user = found.get();
		boolean matches = password != null && encoder.matches(password, user.passwordHash());
		Instant now = Instant.now();
		if (!user.active() || !user.organisationActive()) {
			audit.record(refusal(user, "account deactivated"));
			return Optional.empty();
		}
		if (user.lockedAt(now)) {
			audit.record(refusal(user, "account locked"));
			return Optional.empty();
		}
		if (!matches) {
			fail(user, now, "wrong password");
			return Optional.empty();
		}
		return Optional.of(user);
	}

	/** Checks a TOTP code of a user; a wrong or replayed code counts as a failure. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean checkCode(UserRecord user, String code) {
		Instant now = Instant.now();
		UserRecord fresh = users.findById(user.id()).orElse(null);
		if (fresh == null || !fresh.active() || fresh.lockedAt(now) || !fresh.totpEnabled()) {
			audit.record(refusal(user, "second factor refused"));
			return false;
		}
		OptionalLong step = Totp.verify(fresh.totpSecret(), code, now);
		if (step.isEmpty() || !users.acceptTotpStep(fresh.id(), step.getAsLong())) {
			fail(fresh, now, step.isEmpty() ? "wrong code" : "code replayed");
			return false;
		}
		return true;
	}

	/** Marks a completed sign-in: failures reset, last sign-in time kept, audited. */
	@Transactional
	public void succeeded(UserRecord user, String channel) {
		users.recordSuccess(user.id(), Instant.now());
		audit.record(AuditEvent.success("LOGIN", "app_user", user.id()).withDetails(channel).by(user.username()));
	}

	private void fail(UserRecord user, Instant now, String why) {
		boolean locked = users.recordFailure(user.id(), properties.lockout().maxFailures(),
				now.plus(properties.lockout().duration()));
		audit.record(refusal(user, why));
		if (locked) {
			audit.record(AuditEvent.of("ACCOUNT_LOCKED", AuditOutcome.SUCCESS)
				.withRecord("app_user", user.id())
				.withDetails("after " + properties.lockout().maxFailures() + " failures")
				.by("system"));
		}
	}

	private static AuditEvent refusal(UserRecord user, String why) {
		return AuditEvent.of("LOGIN", AuditOutcome.FAILURE)
			.withRecord("app_user", user.id())
			.withDetails(why)
			.by(user.username());
	}

	private static String safe(String username) {
		if (username == null || username.isBlank()) {
			return "(none)";
		}
		String trimmed = username.trim();
		return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
	}

}
