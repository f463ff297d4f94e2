package org.protect.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The strong-password rule, after NIST SP 800-63B: length matters more than composition. A password
 * must have 12 to 128 characters, at least 6 different ones, must not contain the user name, and must
 * not be one of the commonly used passwords attackers try first.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_DISTINCT = 6;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = loadCommonPasswords();
	}

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	List<String> check(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("validation.password.tooShort");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("validation.password.tooLong");
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT) {
			problems.add("validation.password.tooSimple");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("validation.password.containsUsername");
		}
		if (common.contains(lower) || common.stream().anyMatch(word -> word.length() >= 8 && lower.startsWith(word)
				&& lower.substring(word.length()).chars().allMatch(Character::isDigit))) {
			problems.add("validation.password.common");
		}
		return problems;
	}

	private static Set<String> loadCommonPasswords() {
		var resource = new ClassPathResource("accounts/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toCollection(HashSet::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the list of common passwords is missing", ex);
		}
	}

}
