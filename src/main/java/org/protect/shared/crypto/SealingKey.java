package org.protect.shared.crypto;

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

/**
 * An AES-256-GCM key kept outside the database, that seals data at rest: taken from configuration, or
 * else generated once into a key file in the node's data directory (readable by the owner only). Each
 * sealed value binds associated data (the id of the record it belongs to), so a ciphertext moved to
 * another record does not open. Format: a version byte, a 12-byte nonce, the ciphertext with its tag.
 */
public final class SealingKey {

	private static final Logger log = LoggerFactory.getLogger(SealingKey.class);

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final String property;

	private final SecureRandom random = new SecureRandom();

	private SealingKey(byte[] key, String property) {
		this.key = new SecretKeySpec(key, "AES");
		this.property = property;
	}

	/**
	 * The key from configuration, or from (and, the first time, into) the key file.
	 *
	 * @param configured the base64 key from configuration; blank for the key file
	 * @param property the configuration property's name, for messages
	 * @param file the key file
	 * @param losing what is lost without the key, for the warning logged when the file is created
	 */
	public static SealingKey configuredOrFile(String configured, String property, Path file, String losing) {
		if (configured != null && !configured.isBlank()) {
			return new SealingKey(checked(Base64.getDecoder().decode(configured.strip()), property), property);
		}
		try {
			if (Files.exists(file)) {
				return new SealingKey(checked(Base64.getDecoder().decode(Files.readString(file).strip()), file.toString()),
						property);
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
			log.warn("Generated a key in {}. Back it up with the database: without it {}. Or set {}, which every "
					+ "instance of the node must share.", file.toAbsolutePath(), losing, property);
			return new SealingKey(generated, property);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the key file " + file, ex);
		}
	}

	/** The associated data that binds a sealed value to the record with this id. */
	public static byte[] boundTo(UUID recordId) {
		return ByteBuffer.allocate(16)
			.putLong(recordId.getMostSignificantBits())
			.putLong(recordId.getLeastSignificantBits())
			.array();
	}

	public byte[] seal(byte[] associatedData, byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot seal data", ex);
		}
	}

	public byte[] open(byte[] associatedData, byte[] stored) {
		if (stored.length < 1 + NONCE_BYTES || stored[0] != VERSION) {
			throw new IllegalStateException("unknown format of sealed data");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot open sealed data (is " + property
					+ " the key it was sealed with, and does it belong to this record?)", ex);
		}
	}

	private static byte[] checked(byte[] key, String where) {
		if (key.length != 32) {
			throw new IllegalArgumentException(where + " must be 32 bytes (AES-256), base64-encoded");
		}
		return key;
	}

}
