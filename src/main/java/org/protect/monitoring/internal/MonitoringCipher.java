package org.protect.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.protect.shared.crypto.SealingKey;

/**
 * Encrypts the free texts of an assessment at rest (justifications, sources, the child's views): they describe
 * a child's family and life. Each is bound to its assessment's id, so a ciphertext moved to another assessment
 * does not open.
 */
final class MonitoringCipher {

	private final SealingKey key;

	MonitoringCipher(SealingKey key) {
		this.key = key;
	}

	byte[] seal(UUID assessmentId, String text) {
		return text == null ? null : key.seal(SealingKey.boundTo(assessmentId), text.getBytes(StandardCharsets.UTF_8));
	}

	String open(UUID assessmentId, byte[] stored) {
		return stored == null ? null
				: new String(key.open(SealingKey.boundTo(assessmentId), stored), StandardCharsets.UTF_8);
	}

}
