package org.protect.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the user interface is complete in: English as the base, and the languages of the
 * project's original partner authorities (Sweden, Latvia, Lithuania).
 */
public final class SupportedLanguages {

	public static final Locale DEFAULT = Locale.ENGLISH;

	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"),
			Locale.forLanguageTag("lv"), Locale.forLanguageTag("lt"));

	private SupportedLanguages() {
	}

	public static List<String> codes() {
		return ALL.stream().map(Locale::getLanguage).toList();
	}

	/** The supported locale for a language tag such as {@code lv} or {@code sv-SE}, if there is one. */
	public static Optional<Locale> find(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		return ALL.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
	}

	public static boolean isSupported(Locale locale) {
		return locale != null && find(locale.toLanguageTag()).isPresent();
	}

}
