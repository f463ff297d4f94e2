package org.protect.identity.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Turns a name as written, in any script, into lower-case ASCII tokens, each with a canonical
 * key that is shared by the spellings of one name across languages and romanisation systems.
 *
 * <p>Transliteration follows the standard of the name's language where the script tells it:
 * BGN/PCGN for Russian, Ukrainian, Belarusian, Serbian, Bulgarian and Macedonian Cyrillic and
 * for Greek, ICU's Arabic and Hebrew transforms, and ICU's {@code Any-Latin} for the rest.
 * Transforms load lazily (ICU takes tens of milliseconds per transform), so ASCII data costs
 * nothing.
 */
public final class NameNormaliser {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐,.;/_()]+");

	private static final Map<String, Transliterator> TRANSFORMS = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 200_000;

	private final NameVariantDictionary dictionary;

	private final Map<String, List<NameToken>> cache = new ConcurrentHashMap<>();

	private final Map<String, PreparedName> prepared = new ConcurrentHashMap<>();

	public NameNormaliser(NameVariantDictionary dictionary) {
		this.dictionary = dictionary;
	}

	/**
	 * A name ready for comparison. Registers repeat names a lot, and the phonetic codes are the
	 * dearest part of preparing a record, so each distinct spelling is prepared once.
	 */
	public PreparedName prepare(String raw) {
		if (raw == null || raw.isBlank()) {
			return PreparedName.EMPTY;
		}
		PreparedName name = prepared.get(raw);
		if (name == null) {
			name = PreparedName.of(tokens(raw));
			if (prepared.size() < CACHE_LIMIT) {
				prepared.put(raw, name);
			}
		}
		return name;
	}

	/** The tokens of a name; empty for a missing name. */
	public List<NameToken> tokens(String raw) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		List<NameToken> tokens = cache.get(raw);
		if (tokens == null) {
			tokens = tokenise(raw);
			// A long-running node sees an open-ended stream of names: remember a bounded number.
			if (cache.size() < CACHE_LIMIT) {
				cache.put(raw, tokens);
			}
		}
		return tokens;
	}

	private List<NameToken> tokenise(String raw) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		List<NameToken> tokens = new ArrayList<>(2);
		for (String part : SEPARATORS.split(text)) {
			String word = stripApostrophes(part);
			if (word.isEmpty()) {
				continue;
			}
			String folded = isAscii(word) ? lettersOnly(word) : fold(word);
			if (folded.isEmpty()) {
				continue;
			}
			String canonical = dictionary.canonical(word);
			if (canonical == null) {
				canonical = dictionary.canonical(folded);
			}
			if (canonical == null) {
				canonical = crossLingualKey(word, folded);
			}
			if (canonical.isEmpty()) {
				canonical = folded;
			}
			boolean transliterated = !isAscii(word) && dominantScript(word) != UScript.LATIN;
			tokens.add(new NameToken(folded, canonical, transliterated, Similarity.soundKey(soundable(word, folded))));
		}
		return List.copyOf(tokens);
	}

	// The Arabic article is written attached ("المازري") but often left out in Latin ("Mezri").
	private static String soundable(String word, String folded) {
		if (!isAscii(word) && dominantScript(word) == UScript.ARABIC && word.startsWith("ال") && folded.length() > 4) {
			return folded.substring(2);
		}
		return folded;
	}

	/** Transliteration of one word to lower-case ASCII letters by the standard of its script. */
	public static String fold(String word) {
		String latin = apply(transformFor(word), word);
		return lettersOnly(apply("Latin-ASCII", latin).toLowerCase(Locale.ROOT));
	}

	/**
	 * Transliteration of one word to lower-case ASCII letters, by the standard of the language the name
	 * belongs to when it is known: a Ukrainian "Мирослава" is "myroslava" (BGN/PCGN for Ukrainian), though
	 * no letter in it is Ukrainian only. Without a hint, or for another script, as {@link #fold(String)}.
	 *
	 * @param languageHint an ISO 639-1 code (uk, ru, be, bg, sr, mk), or {@code null}
	 */
	public static String fold(String word, String languageHint) {
		String transform = languageHint == null || dominantScript(word) != UScript.CYRILLIC ? null
				: switch (languageHint.toLowerCase(Locale.ROOT)) {
					case "uk" -> "Ukrainian-Latin/BGN";
					case "ru" -> "Russian-Latin/BGN";
					case "be" -> "Belarusian-Latin/BGN";
					case "bg" -> "Bulgarian-Latin/BGN";
					case "sr" -> "Serbian-Latin/BGN";
					case "mk" -> "Macedonian-Latin/BGN";
					default -> null;
				};
		if (transform == null) {
			return fold(word);
		}
		return lettersOnly(apply("Latin-ASCII", apply(transform, word)).toLowerCase(Locale.ROOT));
	}

	/**
	 * The key that Russian, Ukrainian and Belarusian forms of one Cyrillic name share: their
	 * letters are folded to Russian ones and the adjective ending written -ий/-ей/-ій is unified
	 * (Сергій, Сергей, Сергий all give "sergiy"). Other scripts keep their transliteration.
	 */
	public static String crossLingualKey(String word, String folded) {
		if (isAscii(word) || dominantScript(word) != UScript.CYRILLIC) {
			return folded;
		}
		String russian = word.replace('і', 'и').replace('ї', 'и').replace('є', 'е').replace('ґ', 'г')
				.replace('ў', 'в').replace('ё', 'е');
		if (russian.endsWith("ей") || russian.endsWith("ий")) {
			russian = russian.substring(0, russian.length() - 2) + "ий";
		}
		String latin = apply("Russian-Latin/BGN", russian);
		return lettersOnly(apply("Latin-ASCII", latin).toLowerCase(Locale.ROOT));
	}

	private static String transformFor(String word) {
		int script = dominantScript(word);
		if (script == UScript.CYRILLIC) {
			return cyrillicTransform(word);
		}
		return switch (script) {
			case UScript.ARABIC -> "Arabic-Latin/BGN";
			case UScript.HEBREW -> "Hebrew-Latin/BGN";
			case UScript.GREEK -> "Greek-Latin/UNGEGN";
			case UScript.ARMENIAN -> "Armenian-Latin/BGN";
			case UScript.GEORGIAN -> "Georgian-Latin/BGN";
			case UScript.LATIN -> "Latin-ASCII";
			default -> "Any-Latin";
		};
	}

	// Letters found only in one language's alphabet tell which BGN/PCGN table applies.
	private static String cyrillicTransform(String word) {
		if (word.matches(".*[іїєґ].*")) {
			return "Ukrainian-Latin/BGN";
		}
		if (word.indexOf('ў') >= 0) {
			return "Belarusian-Latin/BGN";
		}
		if (word.matches(".*[ђћџ].*")) {
			return "Serbian-Latin/BGN";
		}
		if (word.matches(".*[ѓќѕ].*")) {
			return "Macedonian-Latin/BGN";
		}
		return "Russian-Latin/BGN";
	}

	private static int dominantScript(String word) {
		for (int i = 0; i < word.length(); ) {
			int cp = word.codePointAt(i);
			int script = UScript.getScript(cp);
			if (script != UScript.COMMON && script != UScript.INHERITED) {
				return script;
			}
			i += Character.charCount(cp);
		}
		return UScript.COMMON;
	}

	// ICU does not promise that one transliterator may serve several threads at once.
	private static String apply(String id, String text) {
		Transliterator transliterator = transform(id);
		synchronized (transliterator) {
			return transliterator.transliterate(text);
		}
	}

	private static Transliterator transform(String id) {
		return TRANSFORMS.computeIfAbsent(id, key -> {
			try {
				return Transliterator.getInstance(key);
			}
			catch (IllegalArgumentException unavailable) {
				return Transliterator.getInstance("Any-Latin");
			}
		});
	}

	private static String stripApostrophes(String word) {
		return word.replace("'", "").replace("’", "").replace("ʼ", "").replace("`", "");
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) > 127) {
				return false;
			}
		}
		return true;
	}

	private static String lettersOnly(String word) {
		StringBuilder out = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'a' && c <= 'z') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
