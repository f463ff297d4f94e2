package org.protect.identity.tools;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.protect.identity.internal.NameNormaliser;

/**
 * Romanisations of Cyrillic names by the systems found in travel documents, next to the BGN/PCGN
 * forms the engine produces itself: Russian passports (ICAO 9303, since 2013) and Ukrainian
 * passports (the national system of 2010). The Ukrainian form of a Russian name is derived by
 * the regular correspondences (-ей to -ій, ы to и, э to е), so that Сергей also yields
 * "serhii".
 */
final class Romanisations {

	private static final Map<Character, String> ICAO = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
			Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
			Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('є', "ie"),
			Map.entry('ґ', "g"));

	private static final Map<Character, String> UKRAINIAN_2010 = Map.ofEntries(Map.entry('а', "a"),
			Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"), Map.entry('д', "d"),
			Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"),
			Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
			Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
			Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
			Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
			Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"));

	private Romanisations() {
	}

	/** All romanisations of a lower-case Cyrillic word, as lower-case ASCII. */
	static Set<String> ofCyrillic(String word) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(NameNormaliser.fold(word));
		forms.add(apply(ICAO, word));
		String ukrainian = ukrainianCounterpart(word);
		forms.add(NameNormaliser.fold(ukrainian));
		forms.add(apply(UKRAINIAN_2010, ukrainian));
		forms.remove("");
		return forms;
	}

	static String ukrainianCounterpart(String russian) {
		String word = russian.replace('ы', 'и').replace('э', 'е').replace('ё', 'е');
		if (word.endsWith("ей") || word.endsWith("ий")) {
			word = word.substring(0, word.length() - 2) + "ій";
		}
		return word;
	}

	private static String apply(Map<Character, String> table, String word) {
		StringBuilder out = new StringBuilder();
		for (char c : word.toCharArray()) {
			String latin = table.get(c);
			if (latin == null) {
				return "";
			}
			out.append(latin);
		}
		return out.toString();
	}

}
