package org.protect.cooperation.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.protect.shared.crypto.SealingKey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the node's private keys at rest under a key-encryption key kept outside the database, so that a
 * copy of the database alone cannot sign or decrypt as this node. The key id is bound to each ciphertext:
 * one moved to another key's row does not open.
 */
@Component
class KeyEncryptionKey {

	private final SealingKey key;

	KeyEncryptionKey(CooperationProperties properties, @Value("${protect.data-dir:data}") String dataDir) {
		this.key = SealingKey.configuredOrFile(properties.keyEncryptionKey(), "protect.cooperation.key-encryption-key",
				Path.of(dataDir, "keys", "cooperation.key"), "the node cannot sign or read cross-border messages");
	}

	byte[] encrypt(String kid, byte[] plain) {
		return key.seal(kid.getBytes(StandardCharsets.UTF_8), plain);
	}

	byte[] decrypt(String kid, byte[] stored) {
		return key.open(kid.getBytes(StandardCharsets.UTF_8), stored);
	}

}
