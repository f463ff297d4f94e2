package org.protect.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts notes and documents at rest with AES-256-GCM. The key lives outside the database (configuration
 * or a key file in the node's data directory), so a copy of the database alone does not reveal them. The
 * case id is bound as associated data: a ciphertext moved to another case does not decrypt.
 */
@Component
class CaseDataCipher {

	private static final Logger log = LoggerFactory.getLogger(CaseDataCipher.class);

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	CaseDataCipher(CasesProperties properties, @Value("${protect.data-dir:data}") String dataDir) {
		this.key = new SecretKeySpec(keyBytes(properties.dataKey(), Path.of(dataDir, "keys", "case-data.key")), "AES");
	}

	byte[] encrypt(UUID caseId, byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(caseId));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot encrypt case data", ex);
		}
	}

	byte[] decrypt(UUID caseId, byte[] stored) {
		try {
			if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
				throw new IllegalStateException("unknown format of encrypted case data");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(associatedData(caseId));
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot decrypt case data (wrong key, or data moved between cases)", ex);
		}
	}

	private static byte[] associatedData(UUID caseId) {
		return ByteBuffer.allocate(16)
			.putLong(caseId.getMostSignificantBits())
			.putLong(caseId.getLeastSignificantBits())
			.array();
	}

	private static byte[] keyBytes(String configured, Path file) {
		if (configured != null && !configured.isBlank()) {
			return checked(Base64.getDecoder().decode(configured.strip()), "protect.cases.data-key");
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
			log.warn("Generated the key that encrypts case notes and documents: {}. Back it up with the database: "
					+ "without it they cannot be read.", file.toAbsolutePath());
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the case data key " + file, ex);
		}
	}

	private static byte[] checked(byte[] key, String where) {
		if (key.length != 32) {
			throw new IllegalArgumentException(where + " must be 32 bytes (AES-256), base64-encoded");
		}
		return key;
	}

}
