package org.protect.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UScript;

import org.protect.identity.internal.NameNormaliser;
import org.protect.identity.internal.NameToken;
import org.protect.identity.internal.NameVariantDictionary;

/**
 * Search keys for names in any script: a name is reduced to the lower-case ASCII forms of its parts (the
 * transliteration by the standard of its script) and the canonical key its variant spellings share, so
 * that "Сергій Коваленко", "Serhii Kovalenko" and "Sergey Kovalenko" find one another. Plain Java,
 * thread-safe.
 */
public final class NameKeys {

	private static final NameKeys BUNDLED = new NameKeys(new NameNormaliser(NameVariantDictionary.bundled()));

	private final NameNormaliser normaliser;

	private NameKeys(NameNormaliser normaliser) {
		this.normaliser = normaliser;
	}

	/** With the bundled name-variant dictionary. */
	public static NameKeys bundled() {
		return BUNDLED;
	}

	/** The keys of each part of a name, in order; each part gives its folded form and its canonical key. */
	public List<Set<String>> keysByPart(String name) {
		return normaliser.tokens(name).stream().map(NameKeys::keys).toList();
	}

	/** Every key of a name, for an index. */
	public Set<String> keys(String name) {
		Set<String> keys = new LinkedHashSet<>();
		keysByPart(name).forEach(keys::addAll);
		return keys;
	}

	/**
	 * The name in Latin letters by the standard transliteration of its script, each part capitalised; the
	 * name itself when it is already in Latin letters.
	 */
	public static String latin(String name) {
		return latin(name, null);
	}

	/**
	 * As {@link #latin(String)}, by the standard of the name's language when it is known (for Cyrillic,
	 * where Ukrainian, Russian, Belarusian, Bulgarian, Serbian and Macedonian romanise differently).
	 *
	 * @param languageHint an ISO 639-1 code, or {@code null}
	 */
	public static String latin(String name, String languageHint) {
		if (name == null || name.isBlank() || isLatin(name)) {
			return name;
		}
		StringBuilder latin = new StringBuilder();
		for (String part : name.strip().split("\\s+")) {
			String folded = NameNormaliser.fold(part, languageHint);
			if (folded.isEmpty()) {
				continue;
			}
			if (!latin.isEmpty()) {
				latin.append(' ');
			}
			latin.append(Character.toUpperCase(folded.charAt(0))).append(folded.substring(1));
		}
		return latin.isEmpty() ? name : latin.toString();
	}

	/** Whether every letter of the text is in Latin script. */
	public static boolean isLatin(String text) {
		return text.codePoints()
			.filter(Character::isLetter)
			.allMatch(codePoint -> UScript.getScript(codePoint) == UScript.LATIN);
	}

	private static Set<String> keys(NameToken token) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(token.folded());
		keys.add(token.canonical());
		return keys;
	}

}
