package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

	@Test
	void weighsAgreementOnARareNameAboveAgreementOnACommonOne() {
		List<PersonRecord> register = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			register.add(PersonRecord.of("r" + i, "Amina", "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
					"2010"));
		}
		register.add(PersonRecord.of("rare-1", "Zeynep", "Korkmaz", "20110304"));
		register.add(PersonRecord.of("rare-2", "Zeynep", "Korkmaz", "20110304"));
		register.add(PersonRecord.of("common-1", "Amina", "Yilmaz", "20090101"));
		register.add(PersonRecord.of("common-2", "Amina", "Yilmaz", "20090101"));

		List<MatchResult> matches = matcher.deduplicate(register).matches();

		assertThat(scoreOf(matches, "rare-1", "rare-2")).isGreaterThan(scoreOf(matches, "common-1", "common-2"));
	}

	@Test
	void listsPossibleExistingRecordsOfARegisterBestFirst() {
		List<PersonRecord> register = List.of(PersonRecord.of("lv-1", "Сергій", "Коваленко", "20110304"),
				PersonRecord.of("lv-2", "Serhii", "Kovalenko", "2011"), PersonRecord.of("lv-3", "Jonas", "Lind", "20080101"));

		List<MatchResult> matches = matcher.possibleMatches(PersonRecord.of("se-3", "Sergey", "Kovalenko", "20110304"),
				register);

		assertThat(matches).extracting(MatchResult::rightId).containsExactly("lv-1", "lv-2");
		assertThat(matches).extracting(MatchResult::matchClass).containsOnly(MatchClass.LIKELY);
	}

	private static double scoreOf(List<MatchResult> matches, String a, String b) {
		return matches.stream().filter(m -> Set.of(m.leftId(), m.rightId()).equals(Set.of(a, b)))
				.mapToDouble(MatchResult::score).findFirst().orElse(Double.NaN);
	}

	private PersonRecord copy(String id, String given, String surname, String birthDate) {
		return new PersonRecord(id, given, surname, BirthDate.parse(birthDate), child.sex(), child.nationality(),
				child.address());
	}

}
