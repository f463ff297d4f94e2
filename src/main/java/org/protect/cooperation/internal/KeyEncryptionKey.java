package org.protect.cooperation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the node's private keys at rest with AES-256-GCM under a key-encryption key kept outside the
 * database (configuration, or a key file in the data directory), so that a copy of the database alone
 * cannot sign or decrypt as this node. The key id is bound as associated data: a ciphertext moved to
 * another key's row does not decrypt.
 */
@Component
class KeyEncryptionKey {

	private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	KeyEncryptionKey(CooperationProperties properties, @Value("${protect.data-dir:data}") String dataDir) {
		this.key = new SecretKeySpec(
				keyBytes(properties.keyEncryptionKey(), Path.of(dataDir, "keys", "cooperation.key")), "AES");
	}

	byte[] encrypt(String kid, byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt a node key", ex);
		}
	}

	byte[] decrypt(String kid, byte[] stored) {
		try {
			if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
				throw new IllegalStateException("unknown format of an encrypted node key");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"cannot decrypt node key " + kid + " (is protect.cooperation.key-encryption-key the one it was made with?)",
					ex);
		}
	}

	private static byte[] keyBytes(String configured, Path file) {
		if (configured != null && !configured.isBlank()) {
			return checked(Base64.getDecoder().decode(configured.strip()), "protect.cooperation.key-encryption-key");
		}
		try {
			if (Files.exists(file)) {
				return checked(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString());
			}
			Files.createDirectories(file.getParent());
			byte[] generated = new byte[32];
			new SecureRandom().nextBytes(generated);
			Files.writeString(file, Base64.getEncoder().encodeToString(generated));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the operator protects the data directory.
			}
			log.warn("Generated the key that encrypts this node's cooperation keys: {}. Back it up with the database "
					+ "(without it the node cannot sign or read cross-border messages), or set "
					+ "protect.cooperation.key-encryption-key, which every instance of the node must share.",
					file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the cooperation key-encryption key " + file, ex);
		}
	}

	private static byte[] checked(byte[] key, String where) {
		if (key.length != 32) {
			throw new IllegalArgumentException(where + " must be 32 bytes (AES-256), base64-encoded");
		}
		return key;
	}

}
