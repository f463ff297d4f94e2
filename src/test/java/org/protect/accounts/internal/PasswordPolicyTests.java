package org.protect.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphrase() {
		assertThat(policy.check("caseworker.se", "river lantern maple 42")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(policy.check("someone", "Sh0rt!pass")).containsExactly("validation.password.tooShort");
		assertThat(policy.check("someone", null)).containsExactly("validation.password.tooShort");
	}

	@Test
	void refusesPasswordsWithTooFewDifferentCharacters() {
		assertThat(policy.check("someone", "abababababab")).contains("validation.password.tooSimple");
	}

	@Test
	void refusesPasswordsContainingTheUserName() {
		assertThat(policy.check("vilma", "my-name-is-VILMA-2026")).contains("validation.password.containsUsername");
	}

	@Test
	void refusesCommonPasswordsAndThemWithDigitsAppended() {
		assertThat(policy.check("someone", "Password1234")).contains("validation.password.common");
		assertThat(policy.check("someone", "administrator2026")).contains("validation.password.common");
	}

	@Test
	void refusesOverlongPasswords() {
		assertThat(policy.check("someone", "correct horse ".repeat(10))).contains("validation.password.tooLong");
	}

}
