package org.protect.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.protect.shared.crypto.SealingKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps TOTP secrets sealed in the database (AES-256-GCM, key outside the database, bound to the user's id),
 * so that a copy of the database alone does not give anyone the users' second factor. A secret stored
 * before sealing existed is read as it is and sealed the next time it is written.
 */
@Component
class TotpSecretSealer {

	static final String PREFIX = "sealed:v1:";

	private final SealingKey key;

	TotpSecretSealer(@Value("${protect.security.totp-key:}") String configured,
			@Value("${protect.data-dir:data}") String dataDir) {
		this.key = SealingKey.configuredOrFile(configured, "protect.security.totp-key",
				Path.of(dataDir, "keys", "totp.key"), "every user must enrol MFA again");
	}

	String seal(UUID userId, String secret) {
		if (secret == null) {
			return null;
		}
		return PREFIX + Base64.getEncoder()
			.encodeToString(key.seal(SealingKey.boundTo(userId), secret.getBytes(StandardCharsets.US_ASCII)));
	}

	String open(UUID userId, String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		byte[] sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		return new String(key.open(SealingKey.boundTo(userId), sealed), StandardCharsets.US_ASCII);
	}

}
