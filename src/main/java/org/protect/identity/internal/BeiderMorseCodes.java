package org.protect.identity.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.bm.Languages;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Beider–Morse phonetic codes with the generic ("any language") rules. Letting the encoder guess
 * each name's language costs about 0.2 ms per name (regular expressions for every language),
 * twenty times the encoding itself; the names reaching this point are already transliterated to
 * Latin, where the generic rules do the useful part (vowel and consonant classes).
 */
final class BeiderMorseCodes {

	private static final Languages.LanguageSet ANY = Languages.LanguageSet.from(Set.of(Languages.ANY));

	private static final int CACHE_LIMIT = 100_000;

	private volatile PhoneticEngine engine;

	private final Map<String, Set<String>> codes = new ConcurrentHashMap<>();

	boolean agree(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> x = codes(a);
		for (String code : codes(b)) {
			if (x.contains(code)) {
				return true;
			}
		}
		return false;
	}

	private Set<String> codes(String name) {
		Set<String> known = codes.get(name);
		if (known == null) {
			known = new HashSet<>(Arrays.asList(engine().encode(name, ANY).split("\\|")));
			if (codes.size() < CACHE_LIMIT) {
				codes.put(name, known);
			}
		}
		return known;
	}

	// The engine reads its rule files when made: only pay for that when a name needs it.
	private PhoneticEngine engine() {
		PhoneticEngine made = engine;
		if (made == null) {
			made = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true, 8);
			engine = made;
		}
		return made;
	}

}
