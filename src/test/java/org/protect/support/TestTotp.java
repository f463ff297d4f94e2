package org.protect.support;

import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app for tests: computes RFC 6238 codes on its own, independently of the code under
 * test, from the Base32 secret a user is shown.
 */
public final class TestTotp {

	private TestTotp() {
	}

	public static String code(String base32Secret, Instant time) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(time.getEpochSecond() / 30).array());
			int offset = hash[19] & 0xf;
			int value = ((hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
					| (hash[offset + 3] & 0xff)) % 1_000_000;
			return String.format("%06d", value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String now(String base32Secret) {
		return code(base32Secret, Instant.now());
	}

	/** The code of the next 30-second step, for a second sign-in that must not replay the last code. */
	public static String next(String base32Secret) {
		return code(base32Secret, Instant.now().plusSeconds(30));
	}

}
