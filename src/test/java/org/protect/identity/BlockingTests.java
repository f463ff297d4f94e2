package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.protect.identity.internal.Blocking;
import org.protect.identity.internal.GroundTruth;
import org.protect.identity.internal.NameNormaliser;
import org.protect.identity.internal.NameVariantDictionary;
import org.protect.identity.internal.PairSet;
import org.protect.identity.internal.PreparedPerson;

class BlockingTests {

	private final NameNormaliser normaliser = new NameNormaliser(NameVariantDictionary.bundled());

	@Test
	void keepsAPairWhoseSurnameAndBirthDateAreBothMistyped() {
		List<PreparedPerson> left = prepare(PersonRecord.of("a", "michaela", "neumann", "20111111"));
		List<PreparedPerson> right = prepare(PersonRecord.of("b", "michaela", "nuemann", "20111171"));

		assertThat(Blocking.link(left, right).contains(PairSet.pair(0, 0))).isTrue();
	}

	@Test
	void keepsAPairAcrossScriptsWithOnlyAnEstimatedAge() {
		List<PreparedPerson> left = prepare(PersonRecord.of("a", "Сергій", "Коваленко", "20110304"));
		List<PreparedPerson> right = prepare(PersonRecord.of("b", "Sergey", "Kovalenko", "~15@20260601"));

		assertThat(Blocking.link(left, right).size()).isEqualTo(1);
	}

	@Test
	void pairsEachRecordOnceWithTheLowerIndexFirstWhenDeduplicating() {
		List<PreparedPerson> records = prepare(PersonRecord.of("a", "anna", "berg", "20100101"),
				PersonRecord.of("b", "anna", "berg", "20100101"), PersonRecord.of("c", "anna", "berg", "20100101"));

		long[] pairs = Blocking.deduplicate(records).toSortedArray();

		assertThat(pairs).containsExactly(PairSet.pair(0, 1), PairSet.pair(0, 2), PairSet.pair(1, 2));
	}

	@Test
	void keepsNearlyAllTruePairsOfFebrl4WhileComparingUnderOnePercentOfAllPairs() {
		List<PersonRecord> left = LinkageData.read("febrl/dataset4a.csv");
		List<PersonRecord> right = LinkageData.read("febrl/dataset4b.csv");

		LinkageResult result = IdentityMatcher.withDefaults().link(left, right);
		long kept = result.candidatePairsWhere(GroundTruth::samePerson);

		assertThat((double) kept / GroundTruth.truePairs(left, right)).isGreaterThanOrEqualTo(0.999);
		assertThat(result.candidatePairs()).isLessThan(left.size() * (long) right.size() / 100);
	}

	@Test
	void storesPairsWithoutLosingOrDuplicatingAny() {
		PairSet set = new PairSet();
		for (int i = 0; i < 100_000; i++) {
			set.add(PairSet.pair(i % 1000, i / 1000));
			set.add(PairSet.pair(i % 1000, i / 1000));
		}
		assertThat(set.size()).isEqualTo(100_000);
		assertThat(PairSet.left(PairSet.pair(7, 9))).isEqualTo(7);
		assertThat(PairSet.right(PairSet.pair(7, 9))).isEqualTo(9);
	}

	private List<PreparedPerson> prepare(PersonRecord... records) {
		return List.of(records).stream().map(r -> PreparedPerson.of(r, normaliser)).toList();
	}

}
