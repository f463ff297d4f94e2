package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.protect.identity.internal.Similarity;

class ComparisonTests {

	private final IdentityMatcher matcher = IdentityMatcher.withDefaults();

	@Test
	void computesJaroWinklerAsCommonsTextDoes() {
		JaroWinklerSimilarity reference = new JaroWinklerSimilarity();
		String[][] pairs = { { "martha", "marhta" }, { "dwayne", "duane" }, { "dixon", "dicksonx" },
				{ "kovalenko", "kowalenko" }, { "a", "b" }, { "abc", "abc" },
				{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac" } };
		for (String[] pair : pairs) {
			assertThat(Similarity.jaroWinkler(pair[0], pair[1])).as(pair[0] + "/" + pair[1])
					.isCloseTo(reference.apply(pair[0], pair[1]), within(1e-9));
		}
	}

	@Test
	void scoresBigramDiceOfPaddedNames() {
		assertThat(Similarity.qgramDice(Similarity.bigrams("anna"), Similarity.bigrams("anna"))).isEqualTo(1.0);
		assertThat(Similarity.qgramDice(Similarity.bigrams("anna"), Similarity.bigrams("hanna"))).isBetween(0.6, 0.9);
		assertThat(Similarity.qgramDice(Similarity.bigrams("anna"), Similarity.bigrams(""))).isZero();
	}

	@Test
	void toleratesOneTypingErrorInDigits() {
		assertThat(Similarity.withinOneEdit("19151111", "19151111")).isTrue();
		assertThat(Similarity.withinOneEdit("19151111", "19159111")).isTrue();
		assertThat(Similarity.withinOneEdit("19151111", "19511111")).isTrue();
		assertThat(Similarity.withinOneEdit("19151111", "1915111")).isTrue();
		assertThat(Similarity.withinOneEdit("19151111", "19161211")).isFalse();
	}

	@Test
	void keepsConsonantClassesWhereRomanisationsDisagreeOnVowels() {
		assertThat(Similarity.soundKey("khaled")).isEqualTo(Similarity.soundKey("haled"));
		assertThat(Similarity.soundKey("mohammed")).isEqualTo(Similarity.soundKey("muhamad"));
		assertThat(Similarity.soundKey("petrenko")).isNotEqualTo(Similarity.soundKey("kovalenko"));
	}

	@Test
	void readsBirthDatesWithTheirUncertainty() {
		assertThat(BirthDate.parse("20110304").isExact()).isTrue();
		assertThat(BirthDate.parse("2011-03-04")).isEqualTo(BirthDate.parse("20110304"));
		assertThat(BirthDate.parse("2011").widthDays()).isEqualTo(365);
		assertThat(BirthDate.parse("201103").widthDays()).isEqualTo(31);
		assertThat(BirthDate.parse("2010..2012").widthDays()).isEqualTo(3 * 365 + 1);
		assertThat(BirthDate.parse("~15@20260601").hasRange()).isTrue();
		assertThat(BirthDate.parse("19556113").hasRange()).isFalse();
		assertThat(BirthDate.parse(" ")).isNull();
	}

	@Test
	void agreesOnExactDatesAndWeighsThemMost() {
		assertThat(birthLevel("20110304", "20110304")).isEqualTo("exact");
	}

	@Test
	void recognisesDayAndMonthSwapped() {
		assertThat(birthLevel("20110304", "20110403")).isEqualTo("swapped");
	}

	@Test
	void recognisesAMistypedDigit() {
		assertThat(birthLevel("20110304", "20110804")).isEqualTo("typo");
		assertThat(birthLevel("19556113", "19550113")).isEqualTo("typo");
	}

	@Test
	void acceptsAYearOrAnEstimatedAgeThatFitsAnExactDate() {
		assertThat(birthLevel("20110304", "2011")).isEqualTo("compatible");
		assertThat(birthLevel("20110304", "~15@20260601")).isEqualTo("compatible");
		assertThat(birthLevel("20110304", "2010..2012")).isEqualTo("compatible");
	}

	@Test
	void weighsAnExactDateAboveAYearAndAYearAboveAnAgeEstimate() {
		double exact = birthWeight("20110304", "20110304");
		double year = birthWeight("20110304", "2011");
		double age = birthWeight("20110304", "~15@20260601");
		assertThat(exact).isGreaterThan(year);
		assertThat(year).isGreaterThan(age);
		assertThat(age).isPositive();
	}

	@Test
	void rejectsDatesThatCannotBeTheSameDay() {
		assertThat(birthLevel("20110304", "2014")).isEqualTo("disagree");
		assertThat(birthLevel("20110304", "~5@20260601")).isEqualTo("disagree");
		assertThat(birthWeight("20110304", "19800101")).isNegative();
	}

	@Test
	void usesSexAndNationalityAsSupportingEvidence() {
		PersonRecord a = new PersonRecord("a", "Amir", "Said", BirthDate.parse("2012"), "m", "SY", null);
		PersonRecord same = new PersonRecord("b", "Amir", "Said", BirthDate.parse("2012"), "m", "SY", null);
		PersonRecord other = new PersonRecord("c", "Amir", "Said", BirthDate.parse("2012"), "f", "IQ", null);

		assertThat(matcher.compare(a, same).score()).isGreaterThan(matcher.compare(a, other).score());
	}

	@Test
	void comparesAddressesWhenPresentAndTakesAddressLinesInEitherOrder() {
		PersonRecord a = new PersonRecord("a", "Lena", "Berg", null, null, null,
				new Address("12", "Cherry Place", "Pinecroft", "Berwick", "3377", "vic"));
		PersonRecord b = new PersonRecord("b", "Lena", "Berg", null, null, null,
				new Address("12", "Pinecroft", "Cherry Place", "Berwick", "3377", "vic"));

		MatchExplanation explanation = matcher.compare(a, b).explanation();

		assertThat(explanation.disagreeing()).isEmpty();
		assertThat(explanation.agreeing()).extracting(FieldOutcome::field).contains("street", "locality", "town",
				"postcode");
	}

	private String birthLevel(String a, String b) {
		return birthOutcome(a, b).level();
	}

	private double birthWeight(String a, String b) {
		return birthOutcome(a, b).weight();
	}

	private FieldOutcome birthOutcome(String a, String b) {
		MatchResult result = matcher.compare(PersonRecord.of("a", "x", "y", a), PersonRecord.of("b", "x", "y", b));
		return result.explanation().fields().stream().filter(f -> f.field().equals("birth_date")).findFirst()
				.orElseThrow();
	}

}
