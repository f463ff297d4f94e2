package org.protect.cases.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.protect.cases.FactKind;
import org.protect.cases.IdentityFact;
import org.protect.cases.IdentityFactInput;
import org.protect.identity.NameKeys;

/**
 * How a child's name headlines a case (home page, lists, the case header, the court report): the way the
 * team would say it, with the name as written beside it when that is in another script.
 * <ul>
 * <li>A name written in Latin letters is shown as written, diacritics and all.</li>
 * <li>A name in another script headlines with the Latin form the file already holds: the one the team
 * entered on that name (it differs from the machine's transliteration), else the latest name or alias
 * written in Latin letters, else the transliteration by the standard of the script. A transliteration
 * alone is the last resort because for scripts that leave out vowels (Arabic) it reads as a consonant
 * skeleton ("Wsf Ldrs") that nobody would call the child.</li>
 * </ul>
 */
final class NameHeadline {

	private NameHeadline() {
	}

	/** The headline of the child's current name, {@code "?"} when no name is on file. */
	static String of(List<IdentityFact> identity) {
		return CaseFactsAssembler.current(identity, FactKind.NAME).map(name -> of(name, identity)).orElse("?");
	}

	static String of(IdentityFactInput name, List<IdentityFact> identity) {
		String written = join(name.givenName(), name.familyName());
		if (written.isEmpty() || NameKeys.isLatin(written)) {
			return written.isEmpty() ? join(name.givenNameLatin(), name.familyNameLatin()) : written;
		}
		String latin = enteredLatin(name).or(() -> latinOnFile(identity))
			.orElseGet(() -> join(name.givenNameLatin(), name.familyNameLatin()));
		return latin.isEmpty() || latin.equals(written) ? written : latin + " (" + written + ")";
	}

	/**
	 * The Latin form entered with the name itself: stored Latin parts that are not what the standard
	 * transliteration would make of the name (which is stored when nobody entered one).
	 */
	private static Optional<String> enteredLatin(IdentityFactInput name) {
		boolean entered = entered(name.givenName(), name.givenNameLatin())
				|| entered(name.familyName(), name.familyNameLatin());
		String latin = join(name.givenNameLatin(), name.familyNameLatin());
		return entered && NameKeys.isLatin(latin) ? Optional.of(latin) : Optional.empty();
	}

	private static boolean entered(String written, String latin) {
		if (latin == null || latin.isBlank()) {
			return false;
		}
		if (written == null || written.isBlank()) {
			return true;
		}
		String strip = latin.strip();
		// Any standard the service may have used: with or without the language's own one.
		return !strip.equals(NameKeys.latin(written.strip())) && !transliterationsOf(written.strip()).contains(strip);
	}

	private static List<String> transliterationsOf(String written) {
		return List.of("uk", "ru", "be", "bg", "sr", "mk", "ar", "fa", "ps")
			.stream()
			.map(language -> NameKeys.latin(written, language))
			.toList();
	}

	/** The latest name or alias not void that is written in Latin letters. */
	private static Optional<String> latinOnFile(List<IdentityFact> identity) {
		return identity.stream()
			.filter(fact -> !fact.voided() && (fact.kind() == FactKind.NAME || fact.kind() == FactKind.ALIAS))
			.filter(fact -> {
				String written = join(fact.value().givenName(), fact.value().familyName());
				return !written.isEmpty() && NameKeys.isLatin(written);
			})
			.max(Comparator.comparing(IdentityFact::recordedAt).thenComparing(identity::indexOf))
			.map(fact -> join(fact.value().givenName(), fact.value().familyName()));
	}

	private static String join(String given, String family) {
		return ((given == null ? "" : given.strip()) + " " + (family == null ? "" : family.strip())).strip();
	}

}
