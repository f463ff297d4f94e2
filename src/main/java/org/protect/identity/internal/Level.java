package org.protect.identity.internal;

import java.util.Locale;

/**
 * Agreement levels of a field comparison. Not every field uses every level.
 */
public enum Level {

	EXACT, HIGH, MEDIUM, TRANSLITERATED, PHONETIC, LOW, TYPO, SWAPPED, PARTIAL, COMPATIBLE, DISAGREE, MISSING,

	/** Levels of a name transliterated from another script compared with one written in Latin. */
	SCRIPT_HIGH, SCRIPT_MEDIUM, SCRIPT_PHONETIC, SCRIPT_LOW, SCRIPT_DISAGREE;

	final String label = name().toLowerCase(Locale.ROOT);

	public String label() {
		return label;
	}

}
