package org.protect.monitoring.internal;

import java.util.Locale;
import java.util.Set;

/** Country codes as assessments and reference standards take them. */
final class Countries {

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	/** The code in upper case, or {@code null} when it is no ISO 3166-1 alpha-2 code (XK for Kosovo accepted). */
	static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return ISO.contains(upper) || "XK".equals(upper) ? upper : null;
	}

}
