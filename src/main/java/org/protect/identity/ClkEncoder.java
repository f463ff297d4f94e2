package org.protect.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.protect.identity.internal.NameNormaliser;
import org.protect.identity.internal.NameToken;
import org.protect.identity.internal.NameVariantDictionary;

/**
 * Encodes a person record as a CLK (Schnell, Bachteler and Reiher's cryptographic long-term
 * key): the q-grams of each normalised field, tagged with the field's name, are hashed with
 * HMAC-SHA256 under the shared secret; the first two 64-bit words of the digest seed double
 * hashing that sets {@code k} bits per q-gram. Each field's {@code k} is its weight: fields
 * that identify better set more bits.
 *
 * <p>Names are encoded by their canonical keys (after transliteration and the variant
 * dictionary), so "Сергій" and "Serhii" give the same bits on both sides of a border.
 */
public final class ClkEncoder {

	/** Length of the filter in bits. */
	public static final int BITS = 1024;

	/** Length of the filter in longs. */
	public static final int WORDS = BITS / 64;

	private static final int K_NAME = 15;

	private static final int K_NAME_SOUND = 8;

	private static final int K_BIRTH_DIGIT = 8;

	private static final int K_STREET_NUMBER = 8;

	private static final int K_ADDRESS = 4;

	private static final int K_TOWN = 5;

	private static final int K_POSTCODE_DIGIT = 6;

	private static final int K_SHORT = 4;

	private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

	private final ThreadLocal<Mac> macs;

	private final NameNormaliser normaliser;

	private final Map<String, int[]> positions = new ConcurrentHashMap<>();

	public ClkEncoder(byte[] sharedSecret) {
		if (sharedSecret == null || sharedSecret.length < 16) {
			throw new IllegalArgumentException("the shared secret must have at least 16 bytes");
		}
		byte[] key = sharedSecret.clone();
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(key, "HmacSHA256"));
				return mac;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("HmacSHA256 is not available", e);
			}
		});
		this.normaliser = new NameNormaliser(NameVariantDictionary.bundled());
	}

	public Clk encode(PersonRecord record) {
		long[] bits = new long[WORDS];
		name(bits, "g", record.givenName());
		name(bits, "s", record.surname());
		BirthDate birth = record.birthDate();
		if (birth != null && birth.year() > 0) {
			positional(bits, "b", birth.text(), K_BIRTH_DIGIT);
		}
		Address address = record.address();
		token(bits, "n", address.streetNumber(), K_STREET_NUMBER);
		positional(bits, "n", address.streetNumber(), K_STREET_NUMBER / 2);
		// Both address lines under one tag: they are often written in the other order.
		qgrams(bits, "a", compact(address.street()), K_ADDRESS);
		qgrams(bits, "a", compact(address.locality()), K_ADDRESS);
		qgrams(bits, "t", compact(address.town()), K_TOWN);
		positional(bits, "p", address.postcode(), K_POSTCODE_DIGIT);
		token(bits, "r", address.region(), K_SHORT);
		token(bits, "x", record.sex(), K_SHORT);
		token(bits, "c", record.nationality(), K_SHORT);
		return Clk.of(record.id(), bits);
	}

	public List<Clk> encodeAll(List<PersonRecord> records) {
		return new ArrayList<>(records.parallelStream().map(this::encode).toList());
	}

	private void name(long[] bits, String field, String raw) {
		List<NameToken> tokens = normaliser.tokens(raw);
		if (tokens.isEmpty()) {
			return;
		}
		StringBuilder joined = new StringBuilder();
		for (NameToken token : tokens) {
			joined.append(token.canonical());
		}
		String name = joined.toString();
		qgrams(bits, field, name, K_NAME);
		add(bits, field + "#" + DOUBLE_METAPHONE.doubleMetaphone(name), K_NAME_SOUND);
		StringBuilder sound = new StringBuilder();
		tokens.forEach(token -> sound.append(token.sound()));
		if (sound.length() >= 3) {
			add(bits, field + "~" + sound, K_NAME_SOUND);
		}
	}

	// Spaces in free text are as often lost or added as letters.
	private static String compact(String value) {
		return value == null ? null : value.replace(" ", "");
	}

	private void qgrams(long[] bits, String field, String value, int k) {
		if (value == null || value.isBlank()) {
			return;
		}
		String padded = "_" + value.strip().toLowerCase(Locale.ROOT) + "_";
		for (int i = 0; i + 2 <= padded.length(); i++) {
			add(bits, field + padded.substring(i, i + 2), k);
		}
	}

	// Digits tagged with their position: a mistyped digit of a date or postcode then costs one
	// token's bits, not the whole field's.
	private void positional(long[] bits, String field, String value, int k) {
		if (value == null) {
			return;
		}
		String digits = value.strip();
		for (int i = 0; i < digits.length(); i++) {
			add(bits, field + i + digits.charAt(i), k);
		}
	}

	private void token(long[] bits, String field, String value, int k) {
		if (value != null && !value.isBlank()) {
			add(bits, field + value.strip().toLowerCase(Locale.ROOT), k);
		}
	}

	private void add(long[] bits, String tagged, int k) {
		for (int position : positions.computeIfAbsent(tagged + "\u0000" + k, key -> hash(tagged, k))) {
			bits[position >>> 6] |= 1L << (position & 63);
		}
	}

	private int[] hash(String tagged, int k) {
		byte[] digest = macs.get().doFinal(tagged.getBytes(StandardCharsets.UTF_8));
		long h1 = toLong(digest, 0);
		long h2 = toLong(digest, 8) | 1L;
		int[] out = new int[k];
		for (int i = 0; i < k; i++) {
			out[i] = (int) Long.remainderUnsigned(h1 + i * h2, BITS);
		}
		return out;
	}

	private static long toLong(byte[] bytes, int from) {
		long value = 0;
		for (int i = from; i < from + 8; i++) {
			value = (value << 8) | (bytes[i] & 0xff);
		}
		return value;
	}

}
