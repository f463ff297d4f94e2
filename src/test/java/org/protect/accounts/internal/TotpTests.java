package org.protect.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTests {

	/** The SHA-1 seed of RFC 6238's test vectors, "12345678901234567890", in Base32. */
	private static final String RFC_SECRET = new Base32()
		.encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void producesTheCodesOfRfc6238() {
		// RFC 6238 appendix B gives 8 digits; a 6-digit code is their last six.
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
		assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void acceptsOneStepOfDriftEitherWayAndNoMore() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		long step = Totp.stepAt(now);
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 2), now)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now)).isEmpty();
	}

	@Test
	void toleratesSpacesButNotOtherCharacters() {
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		String code = Totp.codeAt(RFC_SECRET, Totp.stepAt(now));
		assertThat(Totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
		assertThat(Totp.verify(RFC_SECRET, "12a456", now)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, "", now)).isEmpty();
		assertThat(Totp.verify(RFC_SECRET, null, now)).isEmpty();
	}

	@Test
	void newSecretsAreRandomAndLongEnough() {
		String first = Totp.newSecret();
		assertThat(new Base32().decode(first)).hasSize(20);
		assertThat(Totp.newSecret()).isNotEqualTo(first);
	}

	@Test
	void theEnrolmentUriNamesTheIssuerAndUser() {
		assertThat(Totp.uri("Protect LV", "caseworker.lv", "ABC"))
			.isEqualTo("otpauth://totp/Protect%20LV:caseworker.lv?secret=ABC&issuer=Protect%20LV&algorithm=SHA1&digits=6&period=30");
	}

}
