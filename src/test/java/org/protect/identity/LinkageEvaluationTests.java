package org.protect.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.protect.identity.internal.GroundTruth;
import org.protect.identity.internal.ScoringModel;

/**
 * Precision and recall on benchmark files with ground truth, at the thresholds fixed in
 * {@code identity/matching.properties}. soc_sec_id is never read. Where a target of issue 6 is
 * reached the test holds the target; where it is not, it holds the level measured when the test
 * was written, so that a regression still fails (see docs/identity.md for both figures).
 */
class LinkageEvaluationTests {

	private final IdentityMatcher matcher = IdentityMatcher.withDefaults();

	@Test
	void deduplicatesFebrl1() {
		List<PersonRecord> records = LinkageData.read("febrl/dataset1.csv");

		Quality quality = Quality.of(matcher.deduplicate(records).atLeast(matcher.likelyThreshold()), records, null);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.999);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.998);
	}

	@Test
	void deduplicatesFebrl3() {
		List<PersonRecord> records = LinkageData.read("febrl/dataset3.csv");

		Quality quality = Quality.of(matcher.deduplicate(records).atLeast(matcher.likelyThreshold()), records, null);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.999);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.997);
	}

	@Test
	void linksFebrl4WithPlaintextAboveTarget() {
		List<PersonRecord> left = LinkageData.read("febrl/dataset4a.csv");
		List<PersonRecord> right = LinkageData.read("febrl/dataset4b.csv");

		Quality quality = Quality.of(matcher.link(left, right).atLeast(matcher.likelyThreshold()), left, right);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.999);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.998);
	}

	@Test
	void linksFebrl4OnEncodingsOnlyAboveTarget() {
		List<PersonRecord> left = LinkageData.read("febrl/dataset4a.csv");
		List<PersonRecord> right = LinkageData.read("febrl/dataset4b.csv");
		ClkEncoder encoder = new ClkEncoder("evaluation secret of two partner nodes".getBytes(StandardCharsets.UTF_8));
		double threshold = ScoringModel.bundled().pprlOneToOneThreshold();

		List<ClkMatch> matches = PrivacyPreservingMatcher.oneToOne(
				new PrivacyPreservingMatcher(threshold).link(encoder.encodeAll(left), encoder.encodeAll(right)));
		Quality quality = Quality.ofEncoded(matches, left, right);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.995);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void linksCrossScriptRecordsWithAddressesAboveTarget() {
		List<PersonRecord> left = LinkageData.read("cross-script/with-addresses-left.csv");
		List<PersonRecord> right = LinkageData.read("cross-script/with-addresses-right.csv");

		Quality quality = Quality.of(matcher.link(left, right).atLeast(matcher.likelyThreshold()), left, right);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void linksCrossScriptRecordsWithNamesAndBirthDatesOnly() {
		List<PersonRecord> left = LinkageData.read("cross-script/names-dates-left.csv");
		List<PersonRecord> right = LinkageData.read("cross-script/names-dates-right.csv");

		Quality quality = Quality.of(matcher.link(left, right).atLeast(matcher.likelyThreshold()), left, right);

		// Without one-to-one assignment the target (recall 0.90) is not reached: 0.991 / 0.833.
		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.82);
	}

	@Test
	void linksCrossScriptRecordsWithNamesAndBirthDatesOnlyOneToOneAboveTarget() {
		List<PersonRecord> left = LinkageData.read("cross-script/names-dates-left.csv");
		List<PersonRecord> right = LinkageData.read("cross-script/names-dates-right.csv");
		IdentityMatcher oneToOne = matcher.withLikelyThreshold(ScoringModel.bundled().oneToOneThreshold());

		LinkageResult result = oneToOne.link(left, right).oneToOne();
		Quality quality = Quality.of(result.atLeast(oneToOne.likelyThreshold()), left, right);

		assertThat(quality.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(quality.recall()).isGreaterThanOrEqualTo(0.90);
	}

	record Quality(double precision, double recall) {

		static Quality of(List<MatchResult> matches, List<PersonRecord> left, List<PersonRecord> right) {
			long truePositives = matches.stream().filter(m -> GroundTruth.samePerson(m.leftId(), m.rightId())).count();
			return of(truePositives, matches.size(), GroundTruth.truePairs(left, right));
		}

		static Quality ofEncoded(List<ClkMatch> matches, List<PersonRecord> left, List<PersonRecord> right) {
			long truePositives = matches.stream().filter(m -> GroundTruth.samePerson(m.leftId(), m.rightId())).count();
			return of(truePositives, matches.size(), GroundTruth.truePairs(left, right));
		}

		private static Quality of(long truePositives, long found, long truePairs) {
			return new Quality(found == 0 ? 1.0 : (double) truePositives / found, (double) truePositives / truePairs);
		}

	}

}
