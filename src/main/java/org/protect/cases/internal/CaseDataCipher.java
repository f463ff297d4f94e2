package org.protect.cases.internal;

import java.nio.file.Path;
import java.util.UUID;

import org.protect.shared.crypto.SealingKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts notes and documents at rest. The key lives outside the database, so a copy of the database alone
 * does not reveal them; the case id is bound to each ciphertext, so one moved to another case does not open.
 */
@Component
class CaseDataCipher {

	private final SealingKey key;

	CaseDataCipher(CasesProperties properties, @Value("${protect.data-dir:data}") String dataDir) {
		this.key = SealingKey.configuredOrFile(properties.dataKey(), "protect.cases.data-key",
				Path.of(dataDir, "keys", "case-data.key"), "case notes and documents cannot be read");
	}

	byte[] encrypt(UUID caseId, byte[] plain) {
		return key.seal(SealingKey.boundTo(caseId), plain);
	}

	byte[] decrypt(UUID caseId, byte[] stored) {
		return key.open(SealingKey.boundTo(caseId), stored);
	}

}
