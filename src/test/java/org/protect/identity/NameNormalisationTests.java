package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

	@Test
	void handlesNamesAndDatesOfAnyScriptOrShapeWithoutFailing() {
		Random random = new Random(11);
		String[] alphabets = { "abcxyz", "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў", "ابتثجحخدذرسشصضطظعغفقكلمنهوي",
				"אבגדהוזחטיכלמנסעפצקרשת", "αβγδεζηθικλμνξοπρστυφχψω", "中文字", "ü'’-. ,()ʼ`", "ьъ" };
		String[] dates = { "2011", "20110304", "~5@20240101", "2010..2012", "19556113", "x", "", "2011-13-45", "~@" };
		List<PersonRecord> records = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String alphabet = alphabets[random.nextInt(alphabets.length)];
			records.add(PersonRecord.of("r" + i, word(random, alphabet), word(random, alphabet),
					dates[random.nextInt(dates.length)]));
		}

		LinkageResult result = matcher.deduplicate(records);
		ClkEncoder encoder = new ClkEncoder(new byte[32]);

		assertThat(result.candidatePairs()).isPositive();
		assertThat(records).allSatisfy(r -> assertThat(encoder.encode(r).bits()).hasSize(ClkEncoder.WORDS));
		assertThat(records).allSatisfy(r -> assertThat(tokens(r.givenName()))
				.allSatisfy(t -> assertThat(t.canonical()).isNotEmpty().matches("[a-z]+")));
	}

	private static String word(Random random, String alphabet) {
		StringBuilder word = new StringBuilder();
		for (int n = random.nextInt(8); n > 0; n--) {
			word.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return word.toString();
	}

	private List<NameToken> tokens(String name) {
		return normaliser.tokens(name);
	}

	private String canonical(String name) {
		return tokens(name).get(0).canonical();
	}

}
