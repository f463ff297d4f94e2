package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.protect.identity.internal.NameNormaliser;
import org.protect.identity.internal.NameToken;
import org.protect.identity.internal.NameVariantDictionary;

class NameNormalisationTests {

	private final NameNormaliser normaliser = new NameNormaliser(NameVariantDictionary.bundled());

	private final IdentityMatcher matcher = IdentityMatcher.withDefaults();

	@Test
	void recognisesOneChildWrittenInUkrainianUkrainianLatinAndRussianLatin() {
		PersonRecord latvia = PersonRecord.of("lv-1", "Сергій", "Коваленко", "20110304");
		PersonRecord lithuania = PersonRecord.of("lt-7", "Serhii", "Kovalenko", "20110304");
		PersonRecord sweden = PersonRecord.of("se-3", "Sergey", "Kovalenko", "~15@20260601");

		assertThat(matcher.compare(latvia, lithuania).matchClass()).isEqualTo(MatchClass.LIKELY);
		assertThat(matcher.compare(lithuania, sweden).matchClass()).isEqualTo(MatchClass.LIKELY);
		assertThat(matcher.compare(latvia, sweden).matchClass()).isEqualTo(MatchClass.LIKELY);
	}

	@Test
	void givesUkrainianRussianAndRomanisedFormsOfANameOneCanonicalKey() {
		assertThat(canonical("Сергій")).isEqualTo(canonical("Сергей")).isEqualTo(canonical("Serhii"))
				.isEqualTo(canonical("Sergey")).isEqualTo(canonical("Sergei"));
	}

	@Test
	void transliteratesUkrainianByItsOwnStandard() {
		assertThat(tokens("Сергій Коваленко")).extracting(NameToken::folded).containsExactly("serhiy", "kovalenko");
	}

	@Test
	void transliteratesRussianArabicHebrewAndGreekToAscii() {
		assertThat(tokens("Сергей")).extracting(NameToken::folded).containsExactly("sergey");
		assertThat(tokens("محمد").get(0).folded()).matches("[a-z]+");
		assertThat(tokens("משה").get(0).folded()).matches("[a-z]+");
		assertThat(tokens("Γιώργος")).extracting(NameToken::folded).containsExactly("giorgos");
	}

	@Test
	void foldsCaseDiacriticsCompatibilityFormsAndPunctuation() {
		assertThat(tokens("  MÜLLER-Lüdenscheidt ")).extracting(NameToken::folded)
				.containsExactly("muller", "ludenscheidt");
		assertThat(tokens("O’Brien")).extracting(NameToken::folded).containsExactly("obrien");
		assertThat(tokens("ＡＮＮＡ")).extracting(NameToken::folded).containsExactly("anna");
	}

	@Test
	void marksTokensTransliteratedFromAnotherScript() {
		assertThat(tokens("Коваленко").get(0).transliterated()).isTrue();
		assertThat(tokens("Kovalenko").get(0).transliterated()).isFalse();
	}

	@Test
	void treatsAMissingNameAsNoTokens() {
		assertThat(tokens(null)).isEmpty();
		assertThat(tokens("  ")).isEmpty();
	}

	@Test
	void matchesNamesWrittenInTheOtherOrder() {
		PersonRecord a = PersonRecord.of("a", "Amira", "Haddad", "20120519");
		PersonRecord b = PersonRecord.of("b", "Haddad", "Amira", "20120519");

		MatchResult result = matcher.compare(a, b);

		assertThat(result.matchClass()).isEqualTo(MatchClass.LIKELY);
		assertThat(result.explanation().namesSwapped()).isTrue();
	}

	@Test
	void shipsANameVariantDictionary() {
		assertThat(NameVariantDictionary.bundled().size()).isGreaterThan(10_000);
	}

	private List<NameToken> tokens(String name) {
		return normaliser.tokens(name);
	}

	private String canonical(String name) {
		return tokens(name).get(0).canonical();
	}

}
