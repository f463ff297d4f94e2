package org.protect.shared.i18n;

import java.util.Optional;

/**
 * Implemented by an authenticated principal that carries the language chosen in the user's profile.
 */
public interface LanguagePreference {

	Optional<String> preferredLanguage();

}
