package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class ScoringTests {

	private final IdentityMatcher matcher = IdentityMatcher.withDefaults();

	private final PersonRecord child = new PersonRecord("a", "Amina", "Yusuf", BirthDate.parse("20120509"), "f",
			"SO", new Address("4", "Harbour Street", null, "Malmo", "21120", null));

	@Test
	void classifiesTheSameFactsAsLikely() {
		MatchResult result = matcher.compare(child, copy("b", "Amina", "Yusuf", "20120509"));

		assertThat(result.matchClass()).isEqualTo(MatchClass.LIKELY);
		assertThat(result.score()).isGreaterThanOrEqualTo(matcher.likelyThreshold());
	}

	@Test
	void classifiesADifferentChildAsUnlikely() {
		MatchResult result = matcher.compare(child, new PersonRecord("c", "Jonas", "Lind", BirthDate.parse("20080101"),
				"m", "SE", new Address("90", "Forest Road", null, "Lund", "22100", null)));

		assertThat(result.matchClass()).isEqualTo(MatchClass.UNLIKELY);
	}

	@Test
	void explainsWhichFieldsAgreedAndWhichDidNot() {
		MatchResult result = matcher.compare(child, copy("b", "Amina", "Yusef", "20120905"));

		assertThat(result.explanation().agreeing()).extracting(FieldOutcome::field).contains("given_name",
				"surname", "sex", "nationality", "street", "town", "postcode");
		assertThat(result.explanation().fields()).filteredOn(f -> f.field().equals("birth_date"))
				.extracting(FieldOutcome::level).containsExactly("swapped");
		assertThat(result.explanation().toString()).contains("given_name=exact", "surname=");
	}

	@Test
	void addsTheWeightsOfTheExplainedFieldsUpToTheScore() {
		MatchResult result = matcher.compare(child, copy("b", "Amina", "Jusuf", "2012"));

		double sum = result.explanation().fields().stream().mapToDouble(FieldOutcome::weight).sum();
		assertThat(result.score()).isCloseTo(sum, within(1e-9));
	}

	@Test
	void treatsMissingFieldsAsNeitherForNorAgainst() {
		PersonRecord sparse = PersonRecord.of("b", "Amina", null, null);

		MatchResult result = matcher.compare(child, sparse);

		assertThat(result.explanation().fields()).filteredOn(f -> f.field().equals("surname"))
				.extracting(FieldOutcome::level, FieldOutcome::weight)
				.containsExactly(tuple("missing", 0.0));
		assertThat(result.explanation().fields()).extracting(FieldOutcome::field).doesNotContain("birth_date",
				"street");
		assertThat(result.explanation().disagreeing()).isEmpty();
	}

	@Test
	void readsThresholdsFromConfiguration() {
		assertThat(matcher.likelyThreshold()).isGreaterThan(matcher.possibleThreshold());
		assertThat(matcher.withLikelyThreshold(30).likelyThreshold()).isEqualTo(30);
	}

	@Test
	void givesAPossibleClassBetweenTheThresholds() {
		IdentityMatcher strict = matcher.withLikelyThreshold(1000);

		MatchResult result = strict.compare(child, copy("b", "Amina", "Yusuf", "20120509"));

		assertThat(result.matchClass()).isEqualTo(MatchClass.POSSIBLE);
	}

	private PersonRecord copy(String id, String given, String surname, String birthDate) {
		return new PersonRecord(id, given, surname, BirthDate.parse(birthDate), child.sex(), child.nationality(),
				child.address());
	}

}
