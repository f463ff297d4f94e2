package org.protect.accounts.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.protect.shared.crypto.Sha256;
import org.protect.accounts.CurrentUser;
import org.protect.accounts.SignIn;
import org.protect.accounts.SignInRefusedException;
import org.protect.accounts.SignInRefusedException.Reason;
import org.protect.audit.AuditEvent;
import org.protect.audit.AuditLog;
import org.protect.shared.NodeProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SignInService implements SignIn {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Credentials credentials;

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final MfaPolicy mfa;

	private final SecurityProperties properties;

	private final NodeProperties node;

	private final AuditLog audit;

	SignInService(Credentials credentials, UserRepository users, ApiTokenRepository tokens, MfaPolicy mfa,
			SecurityProperties properties, NodeProperties node, AuditLog audit) {
		this.credentials = credentials;
		this.users = users;
		this.tokens = tokens;
		this.mfa = mfa;
		this.properties = properties;
		this.node = node;
		this.audit = audit;
	}

	@Override
	public Optional<CurrentUser> verifyCode(CurrentUser pending, String code) {
		Optional<UserRecord> user = users.findById(pending.id());
		if (user.isEmpty() || !credentials.checkCode(user.get(), code)) {
			return Optional.empty();
		}
		credentials.succeeded(user.get(), "web");
		return Optional.of(user.get().toCurrentUser());
	}

	@Override
	public MfaEnrolment startEnrolment(CurrentUser user, String qrCodeLabel) {
		return enrolmentFor(user, Totp.newSecret(), qrCodeLabel);
	}

	@Override
	public MfaEnrolment enrolmentFor(CurrentUser user, String secret, String qrCodeLabel) {
		String uri = Totp.uri(node.name(), user.username(), secret);
		return new MfaEnrolment(secret, uri, QrCodeSvg.render(uri, qrCodeLabel));
	}

	@Override
	@Transactional
	public Optional<CurrentUser> confirmEnrolment(CurrentUser user, String secret, String code) {
		OptionalLong step = Totp.verify(secret, code, Instant.now());
		if (step.isEmpty()) {
			return Optional.empty();
		}
		users.enableTotp(user.id(), secret, step.getAsLong(), Instant.now(), user.username());
		audit.record(AuditEvent.success("MFA_ENROLLED", "app_user", user.id()));
		return users.findById(user.id()).map(UserRecord::toCurrentUser);
	}

	@Override
	public boolean hasMfa(CurrentUser user) {
		return users.findById(user.id()).map(UserRecord::totpEnabled).orElse(false);
	}

	@Override
	@Transactional(noRollbackFor = SignInRefusedException.class)
	public ApiToken issueToken(String username, String password, String code) {
		UserRecord user = credentials.checkPassword(username, password)
			.orElseThrow(() -> new SignInRefusedException(Reason.INVALID_CREDENTIALS));
		if (user.totpEnabled()) {
			if (code == null || code.isBlank()) {
				throw new SignInRefusedException(Reason.MFA_CODE_REQUIRED);
			}
			if (!credentials.checkCode(user, code)) {
				throw new SignInRefusedException(Reason.INVALID_CREDENTIALS);
			}
		}
		else if (mfa.requiredFor(user.roles())) {
			throw new SignInRefusedException(Reason.MFA_ENROLMENT_REQUIRED);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = Instant.now();
		Instant expiresAt = now.plus(properties.apiTokenLifetime());
		UUID id = UUID.randomUUID();
		tokens.insert(id, user.id(), hash(token), now, expiresAt);
		credentials.succeeded(user, "api");
		audit.record(AuditEvent.success("TOKEN_ISSUED", "api_token", id).by(user.username()));
		return new ApiToken(token, expiresAt);
	}

	@Override
	@Transactional
	public boolean revokeToken(String token) {
		Optional<UUID> revoked = tokens.revoke(hash(token), Instant.now());
		revoked.ifPresent(id -> audit.record(AuditEvent.success("TOKEN_REVOKED", "api_token", id)));
		return revoked.isPresent();
	}

	static String hash(String token) {
		return Sha256.hex(token);
	}

}
